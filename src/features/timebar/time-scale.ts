/**
 * The time bar's time scale: the full range of the atlas (the first event to the later of the last
 * event and today) mapped onto the track, and back from a pointer's x to a calendar day. The same
 * rules as the timeline's scale, kept here because features do not import each other.
 * Pure: no DOM, no React.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale'
import type { LegionEvent } from '../../data/schema'
import { isoToTime, periodEnd, periodStart, timeToIso, todayIso } from '../../lib/dates'
import type { IsoDate } from '../../model/types'

const DAY_MS = 86_400_000

export type TimeScale = ScaleTime<number, number>

/**
 * From the first day of the earliest event's period to the later of the last day of the latest
 * event's period and today. Without a dated event: 2014 to today, the years the source covers.
 */
export function timeBarDomain(
  events: readonly LegionEvent[],
  today: IsoDate = todayIso(),
): [IsoDate, IsoDate] {
  let first: IsoDate | null = null
  let last: IsoDate | null = null
  for (const e of events) {
    if (!e.date) continue
    const start = periodStart(e.date)
    const end = periodEnd(e.date)
    if (first === null || start < first) first = start
    if (last === null || end > last) last = end
  }
  const from = first ?? '2014-01-01'
  const to = last !== null && last > today ? last : today
  return [from, to < from ? from : to]
}

/** A UTC time scale from the domain's first day to the end of its last day, onto [x0, x1]. */
export function makeTimeScale(domain: readonly [IsoDate, IsoDate], x0: number, x1: number): TimeScale {
  return scaleUtc()
    .domain([new Date(isoToTime(domain[0])), new Date(isoToTime(domain[1]) + DAY_MS)])
    .range([x0, x1])
}

/** The calendar date under an x position, clamped to the scale's domain. */
export function dateAtX(scale: TimeScale, x: number): IsoDate {
  const [d0, d1] = scale.domain() as [Date, Date]
  const time = Math.min(d1.getTime() - DAY_MS, Math.max(d0.getTime(), scale.invert(x).getTime()))
  return timeToIso(Math.floor(time / DAY_MS) * DAY_MS)
}

/** x of the middle of a day. */
export function xOfDate(scale: TimeScale, date: IsoDate): number {
  return scale(new Date(isoToTime(date) + DAY_MS / 2))
}

/** Days from the start of the domain: the slider's numeric value. */
export function dayIndex(date: IsoDate, start: IsoDate): number {
  return Math.round((isoToTime(date) - isoToTime(start)) / DAY_MS)
}

export interface StripBin {
  x0: number
  x1: number
  count: number
}

/** Counts of dates in bins about `binPx` wide across the scale's range: the strip's histogram. */
export function binDates(scale: TimeScale, dates: readonly IsoDate[], binPx = 4): StripBin[] {
  const [r0, r1] = scale.range() as [number, number]
  const n = Math.max(1, Math.floor((r1 - r0) / binPx))
  const width = (r1 - r0) / n
  const counts = new Array<number>(n).fill(0)
  for (const date of dates) {
    const i = Math.floor((xOfDate(scale, date) - r0) / width)
    if (i >= 0 && i < n) counts[i]! += 1
  }
  return counts.map((count, i) => ({ x0: r0 + i * width, x1: r0 + (i + 1) * width, count }))
}
