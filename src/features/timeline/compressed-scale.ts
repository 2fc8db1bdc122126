/**
 * The detail window's time scale, with its empty stretches compressed: a stretch of the window that
 * no shown event touches, long enough to matter, is drawn as a narrow break instead of a wide blank,
 * so the pixels go where events are. The scale stays one piecewise-linear d3 UTC scale (a
 * "polylinear" domain), so x <-> time works everywhere, inside a break too. Pure: no DOM, no React.
 */
import { scaleUtc } from 'd3-scale'
import { isoToTime, tickLabel } from '../../lib/dates'
import type { DateWindow } from '../../store/timeline-window-slice'
import type { TimeScale } from './timeline-scale'

const DAY_MS = 86_400_000

export interface ScaleSegment {
  /** UTC ms, [start, end) */
  start: number
  end: number
  x0: number
  x1: number
  /** a compressed stretch without events, drawn as a break */
  empty: boolean
}

export interface CompressedScale {
  scale: TimeScale
  segments: ScaleSegment[]
}

export interface CompressionOptions {
  /** width of a break, px */
  breakPx?: number
  /** the shortest stretch compressed: this many days, or this share of the window if longer */
  minDays?: number
  minShare?: number
  /** time kept beside each event, so marks near a break keep some room, in days */
  marginDays?: number
}

/**
 * Stretches of [from, to) that no span touches, `margin` away from every span and at least `min`
 * long (all in ms). Spans may overlap and come in any order.
 */
export function emptyStretches(
  spans: ReadonlyArray<readonly [number, number]>,
  from: number,
  to: number,
  min: number,
  margin: number,
): Array<[number, number]> {
  const sorted = spans.filter(([a, b]) => b > from && a < to).sort((p, q) => p[0] - q[0])
  const stretches: Array<[number, number]> = []
  let cursor = from
  let first = true
  const keep = (a: number, b: number) => {
    if (b - a >= min) stretches.push([a, b])
  }
  for (const [a, b] of sorted) {
    if (a > cursor) keep(first ? cursor : cursor + margin, a - margin)
    cursor = Math.max(cursor, b)
    first = false
  }
  if (cursor < to) keep(first ? cursor : cursor + margin, to)
  return stretches
}

/**
 * A scale from the window [first day, last day] to [x0, x1] that compresses the window's empty
 * stretches (no span of `spans` in them) to `breakPx` each. A window with no event at all, or one
 * where compressing would not give the events more room, gets a plain linear scale.
 */
export function makeCompressedScale(
  window: DateWindow,
  spans: ReadonlyArray<readonly [number, number]>,
  x0: number,
  x1: number,
  { breakPx = 28, minDays = 180, minShare = 0.1, marginDays = 30 }: CompressionOptions = {},
): CompressedScale {
  const from = isoToTime(window[0])
  const to = isoToTime(window[1]) + DAY_MS
  const total = to - from
  const width = x1 - x0
  let gaps = emptyStretches(
    spans,
    from,
    to,
    Math.max(minDays * DAY_MS, minShare * total),
    marginDays * DAY_MS,
  )
  // Drop the stretches that linear drawing would give less room than a break, until none is left.
  for (;;) {
    const empty = gaps.reduce((sum, [a, b]) => sum + (b - a), 0)
    const rate = (width - gaps.length * breakPx) / (total - empty)
    if (empty >= total || rate <= 0) gaps = []
    const kept = gaps.filter(([a, b]) => (b - a) * rate > breakPx * 1.5)
    if (kept.length === gaps.length) break
    gaps = kept
  }
  const empty = gaps.reduce((sum, [a, b]) => sum + (b - a), 0)
  const rate = (width - gaps.length * breakPx) / (total - empty)
  const segments: ScaleSegment[] = []
  let t = from
  let x = x0
  const push = (end: number, isEmpty: boolean) => {
    if (end <= t) return
    const next = isEmpty ? x + breakPx : x + (end - t) * rate
    segments.push({ start: t, end, x0: x, x1: next, empty: isEmpty })
    t = end
    x = next
  }
  for (const [a, b] of gaps) {
    push(a, false)
    push(b, true)
  }
  push(to, false)
  // The last pixel is exactly x1 whatever the rounding.
  segments[segments.length - 1]!.x1 = x1
  const scale = scaleUtc()
    .domain([from, ...segments.map((s) => s.end)].map((ms) => new Date(ms)))
    .range([x0, ...segments.map((s) => s.x1)])
  return { scale, segments }
}

export interface AxisTick {
  time: Date
  x: number
  label: string
}

/** Tick steps, finest first: days, then months (a year is 12, aligned on multiples from January). */
const TICK_STEPS: ReadonlyArray<{ days: number } | { months: number }> = [
  { days: 1 },
  { days: 2 },
  { days: 7 },
  { days: 14 },
  { months: 1 },
  { months: 2 },
  { months: 3 },
  { months: 6 },
  { months: 12 },
  { months: 24 },
  { months: 60 },
]

/** Tick times in [start, end) at a step: days of the month 1, 8, 15… or months aligned from January. */
function ticksAt(start: number, end: number, step: (typeof TICK_STEPS)[number]): number[] {
  const out: number[] = []
  const first = new Date(start)
  if ('days' in step) {
    for (let t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1); t < end;) {
      const d = new Date(t)
      const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
      for (let day = 1; ; day += step.days) {
        const time = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), day)
        // The last step of a month stays clear of the next month's first tick.
        if (time >= next || (step.days > 1 && next - time < (step.days * DAY_MS) / 2)) break
        if (time >= start && time < end) out.push(time)
      }
      t = next
    }
    return out
  }
  const index = first.getUTCFullYear() * 12 + first.getUTCMonth()
  for (let m = Math.ceil(index / step.months) * step.months; ; m += step.months) {
    const time = Date.UTC(Math.floor(m / 12), m % 12, 1)
    if (time >= end) break
    if (time >= start) out.push(time)
  }
  return out
}

/**
 * Ticks for each drawn (not compressed) segment, at the finest step that leaves `spacing` px
 * between them, labelled "2023", "Mar" or "7 Mar"; in a segment with no new year, the first tick
 * names its year ("Mar 2022").
 */
export function segmentTicks(segments: readonly ScaleSegment[], spacing: number): AxisTick[] {
  const ticks: AxisTick[] = []
  for (const s of segments) {
    if (s.empty) continue
    const perDay = ((s.x1 - s.x0) / (s.end - s.start)) * DAY_MS
    const step =
      TICK_STEPS.find((st) => ('days' in st ? st.days : st.months * 30.4) * perDay >= spacing) ??
      TICK_STEPS[TICK_STEPS.length - 1]!
    const times = ticksAt(s.start, s.end, step)
    const yearless = !times.some((t) => new Date(t).getUTCMonth() === 0 && new Date(t).getUTCDate() === 1)
    times.forEach((t, i) => {
      const time = new Date(t)
      ticks.push({
        time,
        x: s.x0 + ((t - s.start) / DAY_MS) * perDay,
        label: tickLabel(time, yearless && i === 0),
      })
    })
  }
  return ticks
}

/**
 * The ticks with the labels that fit: walking left to right, a label that would run into the one
 * before it (or past either end of [x0, x1]) is left blank, its tick kept. Widths are estimated
 * from the characters (`charPx` each) since nothing is measured.
 */
export function fitLabels(
  ticks: readonly AxisTick[],
  x0: number,
  x1: number,
  charPx = 6.4,
  gap = 8,
): AxisTick[] {
  let right = -Infinity
  return ticks.map((tick) => {
    const half = (tick.label.length * charPx) / 2
    if (tick.x - half < Math.max(right + gap, x0 - 24) || tick.x + half > x1 + 24)
      return { ...tick, label: '' }
    right = tick.x + half
    return tick
  })
}
