/**
 * The chart's layout asks two geometric questions many times: how far right a branch must move to
 * clear the branches placed (`packingShift`), and how low the chain reaches over a span
 * (`undersideOf`). Both answer by bounds instead of looking at every box; on many drawn box sets,
 * with shared edges and touching spans, they give exactly what looking at every box gives.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { undersideOf } from '../src/features/orgchart/chart-underside'
import { packingShift } from '../src/features/orgchart/tree-packing'

interface Box {
  x0: number
  x1: number
  y0: number
  y1: number
}

function everyPairShift(placed: Box[], next: Box[], gap: number): number {
  let dx = -Infinity
  for (const b of next)
    for (const a of placed) if (a.y0 <= b.y1 && b.y0 <= a.y1) dx = Math.max(dx, a.x1 + gap - b.x0)
  return dx
}

function everyBoxLowest(boxes: number[], x0: number, x1: number, top: number): number {
  let low = top
  for (let i = 0; i < boxes.length; i += 3)
    if (boxes[i]! <= x1 && boxes[i + 1]! >= x0 && boxes[i + 2]! > low) low = boxes[i + 2]!
  return low
}

// Coordinates on a coarse grid with fractions, so that edges are often shared exactly.
const coordinate = fc.integer({ min: -40, max: 400 }).map((v) => v * 2.5)
const box = fc
  .tuple(coordinate, fc.integer({ min: 0, max: 120 }), coordinate, fc.integer({ min: 0, max: 80 }))
  .map(([x0, w, y0, h]) => ({ x0, x1: x0 + w, y0, y1: y0 + h }))

describe('the packing shift', () => {
  it('is the largest shift any pair of boxes sharing a height asks for, on small and large sets', () => {
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 300 }),
        fc.array(box, { maxLength: 120 }),
        fc.integer({ min: 0, max: 30 }),
        (placed, next, gap) => {
          expect(packingShift(placed, next, gap)).toBe(everyPairShift(placed, next, gap))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('is -Infinity where no box shares a height with a placed one', () => {
    const placed = Array.from({ length: 100 }, (_, i) => ({ x0: i, x1: i + 5, y0: 0, y1: 10 }))
    const next = Array.from({ length: 100 }, (_, i) => ({ x0: i, x1: i + 5, y0: 11, y1: 20 }))
    expect(packingShift(placed, next, 4)).toBe(-Infinity)
  })
})

describe('the chain’s underside', () => {
  it('is the lowest bottom of the boxes meeting a closed span, or the top', () => {
    const span = fc.tuple(coordinate, fc.integer({ min: 0, max: 200 }))
    fc.assert(
      fc.property(
        fc.array(fc.tuple(box, fc.integer({ min: 0, max: 600 })), { maxLength: 200 }),
        fc.array(span, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 100 }),
        (drawn, spans, top) => {
          const boxes = drawn.flatMap(([b, bottom]) => [b.x0, b.x1, bottom])
          const underside = undersideOf(boxes)
          for (const [x0, w] of spans)
            expect(underside.lowestBetween(x0, x0 + w, top)).toBe(everyBoxLowest(boxes, x0, x0 + w, top))
        },
      ),
      { numRuns: 300 },
    )
  })
})
