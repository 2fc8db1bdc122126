/**
 * Time <-> x for the timeline, and the span each event covers. A month- or year-precision date is
 * a span over its whole period, never a false exact day. Pure: no DOM, no React.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale'
import type { LegionEvent, SourceDate } from '../../data/schema'
import { isoToTime, periodEnd, periodStart, timeToIso } from '../../lib/dates'
import type { IsoDate } from '../../model/types'

const DAY_MS = 86_400_000

/** [start, end) in UTC ms of the period a source date stands for. */
export function dateSpan(date: SourceDate): [number, number] {
  return [isoToTime(periodStart(date)), isoToTime(periodEnd(date)) + DAY_MS]
}

/** The whole time range the events cover, from the first day of the earliest to the end of the latest. */
export function eventsDomain(events: readonly LegionEvent[]): [IsoDate, IsoDate] {
  let lo = Infinity
  let hi = -Infinity
  for (const e of events) {
    if (!e.date) continue
    const [start, end] = dateSpan(e.date)
    lo = Math.min(lo, start)
    hi = Math.max(hi, end - DAY_MS)
  }
  if (!Number.isFinite(lo)) return ['2014-01-01', '2026-12-31']
  return [timeToIso(lo), timeToIso(hi)]
}

export type TimeScale = ScaleTime<number, number>

/** A UTC time scale from a date range to pixels. */
export function makeTimeScale(domain: readonly [IsoDate, IsoDate], x0: number, x1: number): TimeScale {
  return scaleUtc()
    .domain([new Date(isoToTime(domain[0])), new Date(isoToTime(domain[1]) + DAY_MS)])
    .range([x0, x1])
}

/** The calendar date under an x position, clamped to the scale's domain (piecewise or not). */
export function dateAtX(scale: TimeScale, x: number): IsoDate {
  const domain = scale.domain()
  const d0 = domain[0]!.getTime()
  const d1 = domain[domain.length - 1]!.getTime()
  const time = Math.min(d1 - DAY_MS, Math.max(d0, scale.invert(x).getTime()))
  return timeToIso(Math.floor(time / DAY_MS) * DAY_MS)
}

/** x of the middle of a day. */
export function xOfDate(scale: TimeScale, date: IsoDate): number {
  return scale(new Date(isoToTime(date) + DAY_MS / 2))
}
