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

/** A zoomed window [a, b] of the full domain, at least `minDays` long and inside the domain. */
export function clampWindow(
  full: readonly [IsoDate, IsoDate],
  window: readonly [number, number],
  minDays = 20,
): [IsoDate, IsoDate] {
  const lo = isoToTime(full[0])
  const hi = isoToTime(full[1])
  let [a, b] = window[0] <= window[1] ? window : [window[1], window[0]]
  if (b - a < minDays * DAY_MS) {
    const mid = (a + b) / 2
    a = mid - (minDays * DAY_MS) / 2
    b = mid + (minDays * DAY_MS) / 2
  }
  if (a < lo) [a, b] = [lo, Math.min(hi, b + (lo - a))]
  if (b > hi) [a, b] = [Math.max(lo, a - (b - hi)), hi]
  return [timeToIso(Math.floor(a / DAY_MS) * DAY_MS), timeToIso(Math.floor(b / DAY_MS) * DAY_MS)]
}

/** Zooms a window by a factor around a date (factor < 1 zooms in). */
export function zoomWindow(
  full: readonly [IsoDate, IsoDate],
  window: readonly [IsoDate, IsoDate],
  factor: number,
  around: IsoDate,
): [IsoDate, IsoDate] {
  const c = isoToTime(around)
  const a = isoToTime(window[0])
  const b = isoToTime(window[1])
  return clampWindow(full, [c - (c - a) * factor, c + (b - c) * factor])
}

/** A span with a little room on both sides (15%, at least three days): a cluster opened to zoom in. */
export function padSpan([a, b]: readonly [number, number]): [number, number] {
  const pad = Math.max((b - a) * 0.15, 3 * DAY_MS)
  return [a - pad, b + pad]
}
