/**
 * The overview's histogram: how many dated events fall in each month of the full range, a
 * year-dated event spread over its twelve months, a month- or day-dated one in its month. Pure.
 */
import type { LegionEvent } from '../../data/schema'
import type { DateWindow } from '../../store/timeline-window-slice'

export interface MonthBin {
  /** "2022-03" */
  month: string
  /** UTC ms of the month's first day and of the next month's */
  start: number
  end: number
  count: number
  /** the part of the count that is highlighted (linked to the selection) */
  highlighted: number
}

export function monthBins(
  events: readonly LegionEvent[],
  full: DateWindow,
  highlighted: ReadonlySet<string>,
): MonthBin[] {
  const bins: MonthBin[] = []
  const index = new Map<string, MonthBin>()
  const [y0, m0] = full[0].split('-').map(Number) as [number, number]
  const [y1, m1] = full[1].split('-').map(Number) as [number, number]
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const month = `${y}-${String(m).padStart(2, '0')}`
    const bin = { month, start: Date.UTC(y, m - 1, 1), end: Date.UTC(y, m, 1), count: 0, highlighted: 0 }
    bins.push(bin)
    index.set(month, bin)
  }
  for (const e of events) {
    if (!e.date) continue
    const lit = highlighted.has(e.id)
    const months =
      e.date.precision === 'year'
        ? Array.from({ length: 12 }, (_, i) => `${e.date!.date}-${String(i + 1).padStart(2, '0')}`)
        : [e.date.date.slice(0, 7)]
    for (const month of months) {
      const bin = index.get(month)
      if (!bin) continue
      bin.count += 1 / months.length
      if (lit) bin.highlighted += 1 / months.length
    }
  }
  return bins
}
