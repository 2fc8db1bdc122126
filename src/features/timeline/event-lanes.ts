/**
 * Places event marks in lanes by kind and merges marks that would overlap into clusters with a
 * count, so close events never smear into an unreadable pile. Pure: no DOM, no React.
 */
import type { EventKind, LegionEvent } from '../../data/schema'
import { dateSpan, type TimeScale } from './timeline-scale'

export interface PlacedMark {
  /** stable key: the event id, or the ids of a cluster's first and last event */
  key: string
  kind: EventKind
  lane: number
  /** 0: day- and month-precision marks; 1: year-precision spans, drawn as a thin bar under them */
  row: 0 | 1
  x0: number
  x1: number
  events: LegionEvent[]
  /** true when the mark stands for several events */
  cluster: boolean
}

/** Narrowest drawn width of a mark, and the gap below which neighbours merge, in pixels. */
export const MIN_MARK_WIDTH = 6
export const MIN_GAP = 3

/**
 * Marks for the dated events, one lane per kind in `kinds` order. Events outside the scale's range
 * are left out; neighbours closer than MIN_GAP merge into a cluster.
 */
export function placeEventMarks(
  events: readonly LegionEvent[],
  kinds: readonly EventKind[],
  scale: TimeScale,
): PlacedMark[] {
  const [r0, r1] = scale.range() as [number, number]
  const marks: PlacedMark[] = []
  kinds.forEach((kind, lane) => {
    for (const row of [0, 1] as const) placeRow(kind, lane, row)
  })
  return marks

  function placeRow(kind: EventKind, lane: number, row: 0 | 1) {
    const items = events
      .filter((e) => e.kind === kind && e.date && (e.date.precision === 'year') === (row === 1))
      .map((e) => {
        const [start, end] = dateSpan(e.date!)
        let x0 = scale(new Date(start))
        let x1 = scale(new Date(end))
        if (x1 - x0 < MIN_MARK_WIDTH) {
          const mid = (x0 + x1) / 2
          x0 = mid - MIN_MARK_WIDTH / 2
          x1 = mid + MIN_MARK_WIDTH / 2
        }
        return { e, x0, x1 }
      })
      .filter(({ x0, x1 }) => x1 >= r0 && x0 <= r1)
      .sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1)
    let current: PlacedMark | null = null
    for (const { e, x0, x1 } of items) {
      if (current && x0 <= current.x1 + MIN_GAP) {
        current.x1 = Math.max(current.x1, x1)
        current.events.push(e)
        current.cluster = true
        current.key = `${current.events[0]!.id}..${e.id}`
      } else {
        current = { key: e.id, kind, lane, row, x0, x1, events: [e], cluster: false }
        marks.push(current)
      }
    }
  }
}

/** The time range a cluster covers, to zoom into when it is opened. */
export function clusterSpan(mark: PlacedMark): [number, number] {
  let lo = Infinity
  let hi = -Infinity
  for (const e of mark.events) {
    const [a, b] = dateSpan(e.date!)
    lo = Math.min(lo, a)
    hi = Math.max(hi, b)
  }
  return [lo, hi]
}
