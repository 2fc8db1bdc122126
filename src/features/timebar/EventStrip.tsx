import { scaleSqrt } from 'd3-scale'
import { memo, useMemo } from 'react'
import { tickLabel } from '../../lib/dates'
import type { IsoDate } from '../../model/types'
import { binDates, type TimeScale } from './time-scale'

/** Geometry of the track, shared with the slider's thumb (px from the top of the track). */
export const STRIP = { barsTop: 2, baseline: 22, lineHeight: 4, labelsY: 47, height: 50 } as const

/**
 * Where events fall in time: a histogram of the dated events along the track (kepler.gl's time
 * widget style), darker up to the as-of date, with the years under it. d3-scale places and sizes
 * the bars, React draws them. Decoration for sighted users: the slider and the previous/next
 * event buttons carry the same information, so the drawing is hidden from assistive technology.
 */
export const EventStrip = memo(function EventStrip({
  scale,
  width,
  dates,
  playheadX,
}: {
  scale: TimeScale
  width: number
  dates: readonly IsoDate[]
  playheadX: number
}) {
  const bins = useMemo(() => binDates(scale, dates).filter((b) => b.count > 0), [scale, dates])
  const height = useMemo(() => {
    const max = Math.max(1, ...bins.map((b) => b.count))
    return scaleSqrt()
      .domain([0, max])
      .range([0, STRIP.baseline - STRIP.barsTop])
  }, [bins])
  const ticks = useMemo(() => scale.ticks(Math.max(2, Math.floor(width / 64))), [scale, width])
  const [r0, r1] = scale.range() as [number, number]
  const x = Math.min(r1, Math.max(r0, playheadX))
  return (
    <svg className="event-strip" width={width} height={STRIP.height} aria-hidden="true">
      {bins.map((b) => (
        <StripBar key={b.x0} x0={b.x0} x1={b.x1} h={Math.max(2, height(b.count))} past={b.x0 < x} />
      ))}
      <rect
        className="event-strip__line"
        x={r0}
        y={STRIP.baseline}
        width={r1 - r0}
        height={STRIP.lineHeight}
        rx={2}
      />
      <rect
        className="event-strip__line event-strip__line--past"
        x={r0}
        y={STRIP.baseline}
        width={Math.max(0, x - r0)}
        height={STRIP.lineHeight}
        rx={2}
      />
      <StripTicks scale={scale} ticks={ticks} />
    </svg>
  )
})

/** One bar: drawn again only when the as-of date passes it (a date step changes one or two). */
const StripBar = memo(function StripBar({
  x0,
  x1,
  h,
  past,
}: {
  x0: number
  x1: number
  h: number
  past: boolean
}) {
  return (
    <rect
      className={past ? 'event-strip__bar event-strip__bar--past' : 'event-strip__bar'}
      x={x0 + 0.5}
      y={STRIP.baseline - h}
      width={Math.max(1, x1 - x0 - 1)}
      height={h}
    />
  )
})

/** The years under the track, which a date step leaves as they are. */
const StripTicks = memo(function StripTicks({ scale, ticks }: { scale: TimeScale; ticks: Date[] }) {
  return (
    <>
      {ticks.map((t) => (
        <g key={t.getTime()} transform={`translate(${scale(t)} 0)`}>
          <line
            className="event-strip__tick"
            y1={STRIP.baseline + STRIP.lineHeight}
            y2={STRIP.baseline + 8}
          />
          <text className="event-strip__label" y={STRIP.labelsY}>
            {tickLabel(t, false)}
          </text>
        </g>
      ))}
    </>
  )
})
