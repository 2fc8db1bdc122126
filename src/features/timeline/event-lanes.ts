/**
 * Places event marks in lanes and merges marks whose targets would overlap into clusters with a
 * count, so close events never smear into an unreadable pile and every mark can be pointed at:
 * each has a target at least HIT_SIZE px wide, even where its drawn shape is narrower. Nothing is
 * placed outside the plot: long spans are cut at its edges. Pure: no DOM, no React.
 */
import type { EventKind, LegionEvent } from '../../data/schema'
import { compareText } from '../../model/text'
import { dateSpan, type TimeScale } from './timeline-scale'

export type MarkRow = 0 | 1 | 2

const ROW_OF_PRECISION = { day: 0, month: 1, year: 2 } as const

export interface PlacedMark {
  /** stable key: the event id, or the ids of a cluster's first and last event */
  key: string
  lane: number
  /** 0: day-dated marks; 1: month-dated spans and 2: year-dated spans, thin bars under them */
  row: MarkRow
  /** the drawn shape, px */
  x0: number
  x1: number
  /** the target, px: at least HIT_SIZE wide, inside the plot */
  hitX0: number
  hitX1: number
  events: LegionEvent[]
  /** true when the mark stands for several events */
  cluster: boolean
}

/** The smallest target, px (WCAG 2.5.8), and the narrowest drawn shape. */
export const HIT_SIZE = 24
export const MIN_MARK_WIDTH = 8

/**
 * Marks for the dated events whose period meets the scale's domain, one lane per entry of `lanes`
 * (the kinds it holds), cut to the plot [p0, p1]. Each row of a lane is cut into cells HIT_SIZE px
 * wide, fixed in time (they move with the events when the window is dragged): the events whose
 * middle falls in one cell make one mark, a cluster when there are several. So targets never
 * overlap (but for a few px at the plot's ends) and a cluster never spans more than a cell.
 */
export function placeEventMarks(
  events: readonly LegionEvent[],
  lanes: ReadonlyArray<readonly EventKind[]>,
  scale: TimeScale,
  plot: readonly [number, number],
): PlacedMark[] {
  const [p0, p1] = plot
  const domain = scale.domain()
  const d0 = domain[0]!.getTime()
  const d1 = domain[domain.length - 1]!.getTime()
  // Cells counted from the x of a fixed time, so a pan moves cells and events together.
  const origin = scale(new Date(0))
  const marks: PlacedMark[] = []
  lanes.forEach((kinds, lane) => {
    for (const row of [0, 1, 2] as const) placeRow(kinds, lane, row)
  })
  return marks

  function placeRow(kinds: readonly EventKind[], lane: number, row: MarkRow) {
    const cells = new Map<number, PlacedMark>()
    // Cells holding a span wider than a target: their target is the span itself.
    const wide = new Set<number>()
    for (const e of events) {
      if (!kinds.includes(e.kind) || !e.date || ROW_OF_PRECISION[e.date.precision] !== row) continue
      const [start, end] = dateSpan(e.date)
      if (end <= d0 || start >= d1) continue
      const a = scale(new Date(start))
      const b = scale(new Date(end))
      const cell = Math.floor(((a + b) / 2 - origin) / HIT_SIZE)
      let [x0, x1] = [Math.max(p0, a), Math.min(p1, b)]
      if (x1 - x0 < MIN_MARK_WIDTH) [x0, x1] = around((x0 + x1) / 2, MIN_MARK_WIDTH)
      if (x1 - x0 > HIT_SIZE) wide.add(cell)
      const mark = cells.get(cell)
      if (mark) {
        mark.x0 = Math.min(mark.x0, x0)
        mark.x1 = Math.max(mark.x1, x1)
        mark.events.push(e)
        mark.cluster = true
      } else {
        cells.set(cell, { key: '', lane, row, x0, x1, hitX0: 0, hitX1: 0, events: [e], cluster: false })
      }
    }
    for (const [cell, mark] of [...cells].sort((p, q) => p[0] - q[0])) {
      mark.events.sort((p, q) => dateSpan(p.date!)[0] - dateSpan(q.date!)[0] || compareText(p.id, q.id))
      mark.key = mark.cluster
        ? `${mark.events[0]!.id}..${mark.events[mark.events.length - 1]!.id}`
        : mark.events[0]!.id
      const cellX = origin + cell * HIT_SIZE
      ;[mark.hitX0, mark.hitX1] = wide.has(cell) ? [mark.x0, mark.x1] : around(cellX + HIT_SIZE / 2, HIT_SIZE)
      marks.push(mark)
    }
  }

  /** [mid - size/2, mid + size/2], shifted to lie inside the plot. */
  function around(mid: number, size: number): [number, number] {
    const a = Math.min(p1 - size, Math.max(p0, mid - size / 2))
    return [a, a + size]
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

/** Whether every event of a cluster covers the same period, so no zoom can tell them apart. */
export function sharesOnePeriod(mark: PlacedMark): boolean {
  const [a, b] = dateSpan(mark.events[0]!.date!)
  return mark.events.every((e) => {
    const [c, d] = dateSpan(e.date!)
    return c === a && d === b
  })
}
