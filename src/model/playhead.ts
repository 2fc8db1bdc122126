/**
 * The playhead's maths: keyboard steps, clamping and play steps. Pure: no DOM, no React.
 */
import { addDays, addMonths, formatIsoDate } from '../lib/dates'
import type { IsoDate } from './types'

export function clampDate(date: IsoDate, domain: readonly [IsoDate, IsoDate]): IsoDate {
  return date < domain[0] ? domain[0] : date > domain[1] ? domain[1] : date
}

/**
 * The date a key moves the playhead to, or null for a key the slider does not handle.
 * Arrows move a day (with Shift a month), PageUp/PageDown a year, Home/End to the ends.
 */
export function dateAfterKey(
  date: IsoDate,
  key: string,
  shiftKey: boolean,
  domain: readonly [IsoDate, IsoDate],
): IsoDate | null {
  const step = (days: number, months: number) =>
    clampDate(months ? addMonths(date, months) : addDays(date, days), domain)
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return shiftKey ? step(0, 1) : step(1, 0)
    case 'ArrowLeft':
    case 'ArrowDown':
      return shiftKey ? step(0, -1) : step(-1, 0)
    case 'PageUp':
      return step(0, 12)
    case 'PageDown':
      return step(0, -12)
    case 'Home':
      return domain[0]
    case 'End':
      return domain[1]
    default:
      return null
  }
}

/** The next date when playing (a month on), or null once the end is reached. */
export function nextPlayDate(date: IsoDate, domain: readonly [IsoDate, IsoDate]): IsoDate | null {
  if (date >= domain[1]) return null
  return clampDate(addMonths(date, 1), domain)
}

/** Where Play starts: from the start when the playhead is already at the end. */
export function playStart(date: IsoDate, domain: readonly [IsoDate, IsoDate]): IsoDate {
  return date >= domain[1] ? domain[0] : clampDate(date, domain)
}

/** "7 March 2022", the slider's aria-valuetext. */
export const dateInWords = formatIsoDate
