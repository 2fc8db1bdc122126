/**
 * The detail window's maths: where it opens, and how dragging, resizing, zooming and the keys move
 * it, always inside the full range and at least MIN_WINDOW_DAYS long. A window is [first day, last
 * day], both included. Pure: no DOM, no React.
 */
import type { LegionEvent } from '../../data/schema'
import { isoToTime, timeToIso } from '../../lib/dates'
import { LEGION_CREATED } from '../../model/legion'
import type { IsoDate } from '../../model/types'
import type { DateWindow } from '../../store/timeline-window-slice'
import { eventsDomain } from './timeline-scale'

const DAY_MS = 86_400_000
export const MIN_WINDOW_DAYS = 20

/** [first day, last day] as UTC ms of the days' starts. */
function times(window: DateWindow): [number, number] {
  return [isoToTime(window[0]), isoToTime(window[1])]
}

/** The window's length in days, counting both ends. */
export function windowDays(window: DateWindow): number {
  const [a, b] = times(window)
  return Math.round((b - a) / DAY_MS) + 1
}

/**
 * A window [a, b] (UTC ms) made valid: at least `minDays` long and inside the full range, shifted
 * rather than cut when it runs past an end, so a dragged window keeps its length.
 */
export function clampWindow(
  full: DateWindow,
  window: readonly [number, number],
  minDays = MIN_WINDOW_DAYS,
): [IsoDate, IsoDate] {
  const [lo, hi] = times(full)
  let [a, b] = window[0] <= window[1] ? window : [window[1], window[0]]
  const min = Math.min((minDays - 1) * DAY_MS, hi - lo)
  if (b - a < min) {
    const mid = (a + b) / 2
    a = mid - min / 2
    b = mid + min / 2
  }
  if (a < lo) [a, b] = [lo, Math.min(hi, b + (lo - a))]
  if (b > hi) [a, b] = [Math.max(lo, a - (b - hi)), hi]
  return [timeToIso(Math.round(a / DAY_MS) * DAY_MS), timeToIso(Math.round(b / DAY_MS) * DAY_MS)]
}

/**
 * The window the timeline opens on: the Legion's period, from the first of the month it was
 * created in (just before 27 February 2022) to the end of the last dated event.
 */
export function defaultWindow(events: readonly LegionEvent[], full: DateWindow): [IsoDate, IsoDate] {
  const start = `${LEGION_CREATED.slice(0, 7)}-01`
  const [, last] = eventsDomain(events)
  return clampWindow(full, [isoToTime(start), isoToTime(last > start ? last : full[1])])
}

/** The window moved by `ms` (a drag of the window, an arrow key), keeping its length. */
export function moveWindow(full: DateWindow, window: DateWindow, ms: number): [IsoDate, IsoDate] {
  const [a, b] = times(window)
  return clampWindow(full, [a + ms, b + ms])
}

/** One edge of the window moved to a time (a drag of the edge), never past the other edge. */
export function resizeWindow(
  full: DateWindow,
  window: DateWindow,
  edge: 'start' | 'end',
  to: number,
): [IsoDate, IsoDate] {
  const [lo, hi] = times(full)
  const [a, b] = times(window)
  const min = (MIN_WINDOW_DAYS - 1) * DAY_MS
  if (edge === 'start') return clampWindow(full, [Math.max(lo, Math.min(to, b - min)), b])
  return clampWindow(full, [a, Math.min(hi, Math.max(to, a + min))])
}

/** Zooms a window by a factor around a date (factor < 1 zooms in). */
export function zoomWindow(
  full: DateWindow,
  window: DateWindow,
  factor: number,
  around: IsoDate,
): [IsoDate, IsoDate] {
  const c = isoToTime(around)
  const [a, b] = times(window)
  return clampWindow(full, [c - (c - a) * factor, c + (b - c) * factor])
}

/** The date in the middle of a window. */
export function windowMiddle(window: DateWindow): IsoDate {
  const [a, b] = times(window)
  return timeToIso(Math.round((a + b) / 2 / DAY_MS) * DAY_MS)
}

/**
 * The window after a key on the focused window, or null for a key it does not handle: the arrows
 * move it a tenth of its length, PageUp/PageDown a whole length, Home/End to the ends of the
 * range; + and − zoom in and out around its middle; Shift + arrows move only its end.
 */
export function windowAfterKey(
  full: DateWindow,
  window: DateWindow,
  key: string,
  shiftKey: boolean,
): [IsoDate, IsoDate] | null {
  const [a, b] = times(window)
  const length = b - a
  const step = Math.max(DAY_MS, Math.round(length / 10 / DAY_MS) * DAY_MS)
  const [lo, hi] = times(full)
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return shiftKey ? resizeWindow(full, window, 'end', b + step) : moveWindow(full, window, step)
    case 'ArrowLeft':
    case 'ArrowDown':
      return shiftKey ? resizeWindow(full, window, 'end', b - step) : moveWindow(full, window, -step)
    case 'PageUp':
      return moveWindow(full, window, length + DAY_MS)
    case 'PageDown':
      return moveWindow(full, window, -(length + DAY_MS))
    case 'Home':
      return clampWindow(full, [lo, lo + length])
    case 'End':
      return clampWindow(full, [hi - length, hi])
    case '+':
    case '=':
      return zoomWindow(full, window, 0.5, windowMiddle(window))
    case '-':
    case '_':
      return zoomWindow(full, window, 2, windowMiddle(window))
    default:
      return null
  }
}

/** A span with a little room on both sides (15%, at least three days): a cluster opened to zoom in. */
export function padSpan([a, b]: readonly [number, number]): [number, number] {
  const pad = Math.max((b - a) * 0.15, 3 * DAY_MS)
  return [a - pad, b + pad]
}
