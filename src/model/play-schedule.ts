/**
 * Play: where the as-of date goes after the user presses Play, and when. The playhead travels from
 * stop to stop — the dates where a dated event lands (`asOfForEvent`) and the dates where a
 * country's stance or a unit's state changes — and rests briefly on each. A long stretch with
 * nothing in it is crossed quickly: travel time grows with the square root of its days, capped, so
 * seven empty years take under a second and the days of March 2022 each get their moment.
 * Pure: no DOM, no React. Times are milliseconds after Play was pressed.
 */
import type { LegionEvent } from '../data/schema'
import { addDays, asOfForEvent, isoToTime, periodStart } from '../lib/dates'
import type { Atlas } from './atlas'
import { LEGION_CREATED } from './legion'
import { layerValues } from './map-layer'
import { unitChangeDates } from './unit-status'
import type { IsoDate } from './types'

export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const
export type PlaySpeed = (typeof PLAY_SPEEDS)[number]

/** Timings at 1×; a speed divides them. */
export const PLAY_TIMING = {
  /** how long the playhead rests on each stop */
  restMs: 500,
  /** the shortest and longest travel between two stops */
  minTravelMs: 120,
  maxTravelMs: 800,
  /** travel time per square root of a day: 30 days take 190 ms, a year 670 ms */
  travelMsPerSqrtDay: 35,
} as const

const DAY_MS = 86_400_000

export interface PlayStop {
  date: IsoDate
  /** the dated events that land on this date */
  eventIds: readonly string[]
  /** whether a country's stance or a unit's state changes on this date */
  change: boolean
}

export interface PlaySchedule {
  start: IsoDate
  end: IsoDate
  /** the stops from the start (included) to the end, in order */
  stops: readonly PlayStop[]
  /** when the playhead arrives at each stop; it rests there for `restMs` */
  arrivals: readonly number[]
  restMs: number
  /** when the playhead reaches the end and Play stops */
  durationMs: number
}

const daysBetween = (a: IsoDate, b: IsoDate) => Math.round((isoToTime(b) - isoToTime(a)) / DAY_MS)

/** How long the playhead takes to cross a number of days at 1×. */
export function travelMs(days: number): number {
  if (days <= 0) return 0
  const { minTravelMs, maxTravelMs, travelMsPerSqrtDay } = PLAY_TIMING
  return Math.min(maxTravelMs, Math.max(minTravelMs, travelMsPerSqrtDay * Math.sqrt(days)))
}

/**
 * The dates on which something the map or the org chart draws changes: a country's legality or
 * stance appears (the Legion's creation, or the first day of the statement's period), or a unit
 * is formed, merged or disbanded. Each candidate is kept only if the model's own rules
 * (`layerValues`, `unitStateAt`) give a different picture on it than on the day before.
 */
export function changeDates(atlas: Atlas): IsoDate[] {
  const candidates = new Set<IsoDate>([LEGION_CREATED])
  for (const c of atlas.countries) if (c.statedOn) candidates.add(periodStart(c.statedOn))
  const picture = (date: IsoDate) =>
    [
      ...[...layerValues(atlas.countries, 'legality', date).values()].map((v) => v.fill),
      ...[...layerValues(atlas.countries, 'stance', date).values()].map((v) => v.fill),
    ].join('|')
  const countryDates = [...candidates].filter((date) => picture(date) !== picture(addDays(date, -1)))
  return [...new Set([...countryDates, ...unitChangeDates(atlas)])].sort()
}

/** The dates dated events land on (`asOfForEvent`), in order, each once. */
export function eventDates(events: readonly LegionEvent[]): IsoDate[] {
  const dates = new Set<IsoDate>()
  for (const e of events) {
    const date = asOfForEvent(e.date)
    if (date) dates.add(date)
  }
  return [...dates].sort()
}

/** Every stop, in date order: the dates events land on and the dates something changes. */
export function playStops(events: readonly LegionEvent[], changes: readonly IsoDate[] = []): PlayStop[] {
  const byDate = new Map<IsoDate, { eventIds: string[]; change: boolean }>()
  const at = (date: IsoDate) => {
    let stop = byDate.get(date)
    if (!stop) byDate.set(date, (stop = { eventIds: [], change: false }))
    return stop
  }
  for (const e of events) {
    const date = asOfForEvent(e.date)
    if (date) at(date).eventIds.push(e.id)
  }
  for (const date of changes) at(date).change = true
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, stop]) => ({ date, ...stop }))
}

/**
 * Where Play starts. From the date the user chose, unless it is the end (Play then starts over);
 * with no date chosen, from the Legion's creation, or the first stop when that is later.
 */
export function playStartDate(
  chosen: IsoDate | null,
  domain: readonly [IsoDate, IsoDate],
  stops: readonly PlayStop[],
): IsoDate {
  const clamp = (d: IsoDate) => (d < domain[0] ? domain[0] : d > domain[1] ? domain[1] : d)
  if (chosen !== null && clamp(chosen) < domain[1]) return clamp(chosen)
  const first = stops.find((s) => s.date >= domain[0])?.date
  return clamp(first && first > LEGION_CREATED ? first : LEGION_CREATED)
}

/** The playback from `start` to `end` over the stops between them, at a speed (1 = PLAY_TIMING). */
export function buildPlaySchedule({
  stops,
  start,
  end,
  speed = 1,
}: {
  stops: readonly PlayStop[]
  start: IsoDate
  end: IsoDate
  speed?: number
}): PlaySchedule {
  const ahead = stops.filter((s) => s.date >= start && s.date <= end)
  const restMs = PLAY_TIMING.restMs / speed
  const arrivals: number[] = []
  let t = 0
  let at = start
  for (const stop of ahead) {
    t += travelMs(daysBetween(at, stop.date)) / speed
    arrivals.push(t)
    t += restMs
    at = stop.date
  }
  t += travelMs(daysBetween(at, end)) / speed
  return { start, end, stops: ahead, arrivals, restMs, durationMs: t }
}

/** Index of the last stop the playhead has arrived at by `elapsedMs`, or -1 before the first. */
function lastArrived(schedule: PlaySchedule, elapsedMs: number): number {
  const { arrivals } = schedule
  let lo = 0
  let hi = arrivals.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (arrivals[mid]! <= elapsedMs) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}

/** The date the playhead shows `elapsedMs` after Play: resting on a stop or travelling a day at a time. */
export function playheadAt(schedule: PlaySchedule, elapsedMs: number): IsoDate {
  const { stops, arrivals, restMs, start, end, durationMs } = schedule
  if (elapsedMs >= durationMs) return end
  if (elapsedMs <= 0) return start
  const i = lastArrived(schedule, elapsedMs)
  if (i >= 0 && elapsedMs < arrivals[i]! + restMs) return stops[i]!.date
  const from = i >= 0 ? stops[i]!.date : start
  const to = i + 1 < stops.length ? stops[i + 1]!.date : end
  const t0 = i >= 0 ? arrivals[i]! + restMs : 0
  const t1 = i + 1 < stops.length ? arrivals[i + 1]! : durationMs
  const days = daysBetween(from, to)
  return addDays(from, Math.min(days - 1, Math.floor((days * (elapsedMs - t0)) / (t1 - t0))))
}

/**
 * The date the playhead shows with reduced motion: it jumps from stop to stop, at the same times,
 * and shows no day in between.
 */
export function steppedPlayheadAt(schedule: PlaySchedule, elapsedMs: number): IsoDate {
  if (elapsedMs >= schedule.durationMs) return schedule.end
  const i = lastArrived(schedule, elapsedMs)
  return i >= 0 ? schedule.stops[i]!.date : schedule.start
}

/** When the playhead first shows `date` or a later one (Infinity for a date after the end). */
export function timeToReach(schedule: PlaySchedule, date: IsoDate): number {
  const { stops, arrivals, restMs, start, end, durationMs } = schedule
  if (date <= start) return 0
  if (date > end) return Infinity
  const found = stops.findIndex((s) => s.date >= date)
  const k = found >= 0 ? found : stops.length
  const to = k < stops.length ? stops[k]!.date : end
  const t1 = k < stops.length ? arrivals[k]! : durationMs
  if (to === date) return t1
  // Travelling towards `to`: `date` appears part way, as `playheadAt` counts the days.
  const from = k > 0 ? stops[k - 1]!.date : start
  const t0 = k > 0 ? arrivals[k - 1]! + restMs : 0
  return t0 + (daysBetween(from, date) / daysBetween(from, to)) * (t1 - t0)
}

/** The nearest event date after `date`, or null. */
export function nextDate(dates: readonly IsoDate[], date: IsoDate): IsoDate | null {
  return dates.find((d) => d > date) ?? null
}

/** The nearest event date before `date`, or null. */
export function previousDate(dates: readonly IsoDate[], date: IsoDate): IsoDate | null {
  return dates.findLast((d) => d < date) ?? null
}
