import { ViewTransform } from '../src/features/orgchart/view-transform'
import { describe, expect, it } from 'vitest'
import {
  centredTransform,
  constrainChart,
  fitScale,
  keepInView,
  matchPoint,
  revealShift,
  wheelZoomDelta,
  type Extent,
} from '../src/features/orgchart/viewport-geometry'

const view: Extent = [
  [0, 0],
  [1000, 600],
]
const chart: Extent = [
  [0, 0],
  [2000, 1500],
]

describe('the org chart window', () => {
  it('centres a chart narrower than the window across and holds one shorter than it at the top', () => {
    const t = constrainChart(new ViewTransform(0.25, -300, 80), view, chart)
    expect([t.k, t.x, t.y]).toEqual([0.25, 250, 0])
  })

  it('pans a larger chart only until its edges meet the window', () => {
    expect(constrainChart(new ViewTransform(1, 40, 30), view, chart)).toMatchObject({ x: 0, y: 0 })
    expect(constrainChart(new ViewTransform(1, -5000, -5000), view, chart)).toMatchObject({
      x: -1000,
      y: -900,
    })
    const inside = new ViewTransform(1, -400, -300)
    expect(constrainChart(inside, view, chart)).toBe(inside)
  })

  it('zooms by e^(0.002 per pixel) of wheel, counting a line as 25 px and a page as 500 px', () => {
    const factor = (deltaY: number, deltaMode = 0) => 2 ** wheelZoomDelta({ deltaY, deltaMode })
    expect(factor(-100)).toBeCloseTo(Math.exp(0.2))
    expect(factor(100)).toBeCloseTo(Math.exp(-0.2))
    expect(factor(-4, 1)).toBeCloseTo(Math.exp(0.2))
    expect(factor(1, 2)).toBeCloseTo(Math.exp(-1))
  })

  it('pans a card into the window with a margin, and not at all when it is inside', () => {
    const win = { left: 100, top: 100, right: 900, bottom: 700 }
    expect(revealShift({ left: 200, top: 200, right: 400, bottom: 260 }, win)).toEqual([0, 0])
    expect(revealShift({ left: 850, top: 720, right: 1050, bottom: 780 }, win)).toEqual([-162, -92])
    expect(revealShift({ left: 40, top: 20, right: 240, bottom: 80 }, win)).toEqual([72, 92])
    // Larger than the window: its top-left part shows.
    expect(revealShift({ left: 150, top: 150, right: 1500, bottom: 260 }, win, 10)).toEqual([-40, 0])
  })
})

describe('bringing a card into the window', () => {
  const win = { width: 500, height: 400 }
  const inside = (
    t: ViewTransform,
    b: { x: number; y: number; width: number; height: number },
    margin = 16,
  ) =>
    t.applyX(b.x) >= margin - 1e-9 &&
    t.applyY(b.y) >= margin - 1e-9 &&
    t.applyX(b.x + b.width) <= win.width - margin + 1e-9 &&
    t.applyY(b.y + b.height) <= win.height - margin + 1e-9

  it('pans, without zooming, until the card is inside with a margin', () => {
    const t = new ViewTransform(0.8, -100, -50)
    for (const box of [
      { x: 900, y: 700, width: 120, height: 40 },
      { x: 10, y: 10, width: 120, height: 40 },
      { x: 600, y: 20, width: 200, height: 60 },
    ]) {
      const moved = keepInView(t, box, win)
      expect(moved.k).toBe(0.8)
      expect(inside(moved, box)).toBe(true)
    }
  })

  it('leaves the view as it is when the card is already inside', () => {
    const t = new ViewTransform(1, -100, -100)
    expect(keepInView(t, { x: 200, y: 200, width: 100, height: 40 }, win)).toBe(t)
  })

  it('zooms out only as far as a card too big for the window needs', () => {
    const moved = keepInView(new ViewTransform(2, 0, 0), { x: 100, y: 100, width: 400, height: 50 }, win)
    expect(moved.k).toBeCloseTo((500 - 32) / 400)
    expect(inside(moved, { x: 100, y: 100, width: 400, height: 50 })).toBe(true)
  })
})

describe('choosing and carrying over a view', () => {
  it('fits a chart whole without scaling above 1 or below the least scale', () => {
    expect(fitScale({ width: 2000, height: 1000 }, { width: 1000, height: 1000 })).toBe(0.5)
    expect(fitScale({ width: 300, height: 300 }, { width: 1000, height: 1000 })).toBe(1)
    expect(fitScale({ width: 10000, height: 100 }, { width: 1000, height: 1000 }, 0.2)).toBe(0.2)
  })

  it('centres a point of the chart, or its top, and keeps the chart inside the window', () => {
    const content = { width: 1000, height: 800 }
    const view = { width: 400, height: 300 }
    const t = centredTransform(1, content, view, [500, 400], 'centre')
    expect([t.applyX(500), t.applyY(400)]).toEqual([200, 150])
    const top = centredTransform(1, content, view, [500, 400], 'top')
    expect(top.y).toBe(0)
    // Near an edge it stops where the chart meets the window's edge.
    expect(centredTransform(1, content, view, [0, 0], 'centre')).toMatchObject({ x: 0, y: 0 })
  })

  it('finds a point again at the same place relative to the nearest card in another layout', () => {
    const from = new Map([
      ['a', { x: 0, y: 0, width: 100, height: 20 }],
      ['b', { x: 300, y: 0, width: 100, height: 20 }],
    ])
    const to = new Map([
      ['a', { x: 50, y: 50, width: 200, height: 40 }],
      ['b', { x: 600, y: 100, width: 200, height: 40 }],
    ])
    expect(matchPoint([350, 10], from, to)).toEqual([700, 120])
    expect(matchPoint([-10, 0], from, to)).toEqual([40, 50])
  })
})
