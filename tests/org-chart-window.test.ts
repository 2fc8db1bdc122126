// The part of the org chart rendered: what the window shows and half a window round it, kept while
// the window moves inside it, made again when it nears the edge or the level of detail changes.
import { describe, expect, it } from 'vitest'
import { meetsRegion, regionToDraw, shownPart } from '../src/features/orgchart/chart-window'

const view = { width: 400, height: 200 }

describe('the rendered part of the chart', () => {
  it('is what the window shows, in the drawing’s units, and half a window all round', () => {
    const t = { k: 2, x: -100, y: -50 }
    expect(shownPart(t, view)).toEqual({ x0: 50, y0: 25, x1: 250, y1: 125 })
    expect(regionToDraw(null, 'names', t, view)).toEqual({
      detail: 'names',
      x0: -50,
      y0: -25,
      x1: 350,
      y1: 175,
    })
  })

  it('stays the same object while the window moves inside it, and is made anew past its edge', () => {
    const first = regionToDraw(null, 'names', { k: 1, x: 0, y: 0 }, view)!
    expect(regionToDraw(first, 'names', { k: 1, x: -150, y: -60 }, view)).toBe(first)
    const moved = regionToDraw(first, 'names', { k: 1, x: -260, y: 0 }, view)!
    expect(moved).not.toBe(first)
    expect(moved.x0).toBe(60)
    // Zoomed out, the window shows more than the part: made anew.
    expect(regionToDraw(first, 'names', { k: 0.5, x: 0, y: 0 }, view)).not.toBe(first)
    // The other drawing has other coordinates.
    expect(regionToDraw(first, 'full', { k: 1, x: 0, y: 0 }, view)!.detail).toBe('full')
  })

  it('is everything (null) until the window has a size', () => {
    expect(regionToDraw(null, 'names', { k: 1, x: 0, y: 0 }, { width: 0, height: 0 })).toBeNull()
  })

  it('holds a card that reaches into it, edges included', () => {
    const region = { detail: 'names' as const, x0: 0, y0: 0, x1: 100, y1: 100 }
    expect(meetsRegion(region, { x: 100, y: 50, width: 10, height: 10 })).toBe(true)
    expect(meetsRegion(region, { x: -10, y: -10, width: 10, height: 10 })).toBe(true)
    expect(meetsRegion(region, { x: 101, y: 50, width: 10, height: 10 })).toBe(false)
    expect(meetsRegion(region, { x: 0, y: 120, width: 10, height: 10 })).toBe(false)
  })
})
