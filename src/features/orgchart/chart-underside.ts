/**
 * The underside of the chain of command, pure: how low its cards and links reach over a span of
 * x. The scene tries the framed block of other units at every card's edge under the chain, for
 * every column count of the block; asking each time of every box made that search quadratic in the
 * cards. Built once per chain, each question is two binary searches and a range maximum.
 */
import type { ChartLayout } from './org-layout'

export interface Underside {
  /** the lowest bottom of a box meeting the closed span [x0, x1] (x0 ≤ x1), or `top` if none is lower */
  lowestBetween(x0: number, x1: number, top: number): number
}

/** The first index of a sorted array whose value is ≥ v. */
function firstAtLeast(sorted: readonly number[], v: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid]! < v) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Closed spans on a line as runs of slots: the edges given cut the line into slots, slot 2i the
 * edge i itself and slot 2i + 1 the open stretch to the next edge. Two closed spans meet exactly
 * when their runs share a slot, so "which boxes meet this span" is a range question over slots.
 */
class SpanSlots {
  private readonly edges: number[]
  /** how many slots there are */
  readonly size: number

  constructor(edges: Iterable<number>) {
    this.edges = [...new Set(edges)].sort((a, b) => a - b)
    this.size = Math.max(0, 2 * this.edges.length - 1)
  }

  /** The slots [first, last] the closed span [a, b] meets, or null where it meets none. */
  run(a: number, b: number): [number, number] | null {
    const { edges, size } = this
    if (!size || b < a) return null
    const i = firstAtLeast(edges, a)
    const j = firstAtLeast(edges, b)
    const first = Math.max(0, i < edges.length && edges[i] === a ? 2 * i : 2 * i - 1)
    const last = Math.min(size - 1, j < edges.length && edges[j] === b ? 2 * j : 2 * j - 1)
    return first <= last ? [first, last] : null
  }
}

/** The chain's cards, frames and link segments as boxes [x0, x1, bottom]. */
export function footprint(chain: ChartLayout): number[] {
  const boxes: number[] = []
  for (const n of [...chain.nodes, ...chain.frames]) boxes.push(n.x, n.x + n.width, n.y + n.height)
  for (const { points } of chain.links)
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1]!
      const [bx, by] = points[i]!
      boxes.push(Math.min(ax, bx), Math.max(ax, bx), Math.max(ay, by))
    }
  return boxes
}

/** Each slot holds the lowest bottom covering it; a span's answer is a sparse table's range maximum. */
export function undersideOf(boxes: readonly number[]): Underside {
  const edges: number[] = []
  for (let i = 0; i < boxes.length; i += 3) edges.push(boxes[i]!, boxes[i + 1]!)
  const slots = new SpanSlots(edges)
  const low = new Float64Array(slots.size).fill(-Infinity)
  for (let i = 0; i < boxes.length; i += 3) {
    const [first, last] = slots.run(boxes[i]!, boxes[i + 1]!)!
    const bottom = boxes[i + 2]!
    for (let s = first; s <= last; s++) if (bottom > low[s]!) low[s] = bottom
  }
  const table: Float64Array[] = [low]
  for (let span = 1; 2 * span <= slots.size; span *= 2) {
    const prev = table[table.length - 1]!
    const next = new Float64Array(slots.size - 2 * span + 1)
    for (let s = 0; s < next.length; s++) next[s] = Math.max(prev[s]!, prev[s + span]!)
    table.push(next)
  }
  return {
    lowestBetween(x0, x1, top) {
      const run = slots.run(x0, x1)
      if (!run) return top
      const [first, last] = run
      const level = 31 - Math.clz32(last - first + 1)
      const row = table[level]!
      return Math.max(top, row[first]!, row[last - (1 << level) + 1]!)
    },
  }
}
