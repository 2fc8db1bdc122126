import { ZoomTransform } from 'd3-zoom'
import { describe, expect, it } from 'vitest'
import {
  constrainChart,
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
    const t = constrainChart(new ZoomTransform(0.25, -300, 80), view, chart)
    expect([t.k, t.x, t.y]).toEqual([0.25, 250, 0])
  })

  it('pans a larger chart only until its edges meet the window', () => {
    expect(constrainChart(new ZoomTransform(1, 40, 30), view, chart)).toMatchObject({ x: 0, y: 0 })
    expect(constrainChart(new ZoomTransform(1, -5000, -5000), view, chart)).toMatchObject({
      x: -1000,
      y: -900,
    })
    const inside = new ZoomTransform(1, -400, -300)
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
