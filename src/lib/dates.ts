/**
 * Dates as the source states them (day, month or year precision) and the "as of" calendar date.
 * All maths is on ISO strings and UTC milliseconds, so it is the same in every time zone.
 */
import type { SourceDate } from '../data/schema'

/** An ISO calendar date, YYYY-MM-DD. */
export type IsoDate = string

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

const DAY_MS = 86_400_000

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
}

/**
 * Why a date string that has the right shape is still not on the calendar (month 13, 30 February),
 * or null when it is a real year, month or day. Any four-digit year is accepted.
 */
export function calendarProblem(date: string): string | null {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?]
  if (month === undefined) return null
  if (month < 1 || month > 12) return `there is no month ${date.split('-')[1]} (months run 01 to 12)`
  if (day === undefined) return null
  const last = daysInMonth(year, month)
  if (day < 1 || day > last) return `${MONTHS[month - 1]} ${year} has days 01 to ${last}`
  return null
}

/** UTC midnight of an ISO date. */
export function isoToTime(iso: IsoDate): number {
  const [y, m, d] = iso.split('-').map(Number)
  return Date.UTC(y!, (m ?? 1) - 1, d ?? 1)
}

export function timeToIso(time: number): IsoDate {
  return new Date(time).toISOString().slice(0, 10)
}

/**
 * While the prerendered page is hydrated, "today" is the day it was rendered on, so the first
 * render matches its HTML; then the real day (src/app/main.tsx). Null otherwise.
 */
let renderedOn: IsoDate | null = null

export function renderTodayAs(day: IsoDate | null): void {
  renderedOn = day
}

/** Today's date, in UTC. */
export function todayIso(now?: Date): IsoDate {
  if (!now && renderedOn) return renderedOn
  return (now ?? new Date()).toISOString().slice(0, 10)
}

/** First day of the period a source date stands for: "2022-10" -> "2022-10-01". */
export function periodStart(d: SourceDate): IsoDate {
  if (d.precision === 'day') return d.date
  if (d.precision === 'month') return `${d.date}-01`
  return `${d.date}-01-01`
}

/** Last day of the period a source date stands for: "2022-10" -> "2022-10-31". */
export function periodEnd(d: SourceDate): IsoDate {
  if (d.precision === 'day') return d.date
  const [y, m] = d.date.split('-').map(Number)
  if (d.precision === 'month') return timeToIso(Date.UTC(y!, m!, 1) - DAY_MS)
  return `${y}-12-31`
}

/** Whether the period has begun by the given date (a month counts from its first day). */
export function hasBegunBy(d: SourceDate, asOf: IsoDate): boolean {
  return periodStart(d) <= asOf
}

/** "7 March 2022" */
export function formatIsoDate(iso: IsoDate): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${d} ${MONTHS[m! - 1]} ${y}`
}

/** Words that read well straight before a date: "as of", "by early", "after his release in". */
const PREFIX_END = /(^|\s)(in|of|by|early|late|since|starting|summer|planned|scheduled)$/i

/**
 * "7 March 2022", "early March 2022", "2023" — as precise as the source. A qualifier that is a
 * phrase keeps its own words without repeating the date: "2014–2015", "late September or early
 * October 2022", "during the War in Donbas, 2014".
 */
export function formatSourceDate(d: SourceDate): string {
  const [y, m, day] = d.date.split('-').map(Number)
  const text =
    d.precision === 'day'
      ? `${day} ${MONTHS[m! - 1]} ${y}`
      : d.precision === 'month'
        ? `${MONTHS[m! - 1]} ${y}`
        : String(y)
  const q = d.qualifier
  if (!q) return text
  if (/\d{4}/.test(q)) return q
  if (MONTHS.some((month) => q.includes(month))) return `${q} ${y}`
  if (PREFIX_END.test(q) || !q.includes(' ')) return `${q} ${text}`
  return `${q}, ${text}`
}

/** Parses "YYYY-MM-DD" into an ISO date if it names a real calendar day, else null. */
export function parseIsoDate(text: string): IsoDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim())
  if (!m) return null
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  const iso = timeToIso(time)
  return iso === m.slice(1).join('-') ? iso : null
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return timeToIso(isoToTime(iso) + days * DAY_MS)
}

/** Same day of another month, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number)
  const first = new Date(Date.UTC(y!, m! - 1 + months, 1))
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(d!, lastDay))
  return timeToIso(first.getTime())
}

/**
 * The as-of date an event moves the views to: its day, or the last day of its month or year, so
 * that what the event is about has happened (an event dated "2022" is not shown at 1 January).
 */
export function asOfForEvent(date: SourceDate | null): IsoDate | undefined {
  return date ? periodEnd(date) : undefined
}

const SHORT_MONTHS = MONTHS.map((month) => month.slice(0, 3))

/**
 * An axis tick's label, in the timeline and under the time bar: "2023" on 1 January, "Mar" (or
 * "Mar 2022") on the first of a month, else "7 Mar" (or "7 Mar 2022").
 */
export function tickLabel(time: Date, withYear: boolean): string {
  const year = time.getUTCFullYear()
  const month = SHORT_MONTHS[time.getUTCMonth()]!
  const day = time.getUTCDate()
  if (day === 1 && time.getUTCMonth() === 0) return String(year)
  const text = day === 1 ? month : `${day} ${month}`
  return withYear ? `${text} ${year}` : text
}
