import { useAppStore } from '../../store/app-store'
import { selectAsOf } from '../../store/selectors'
import { xOfDate, type TimeScale } from './timeline-scale'

/**
 * The as-of date in the lanes: a line, and a pale shade over what comes after it. The only part of
 * the lanes that renders when the date moves. The date itself is set in the time bar (or by a
 * press on the axis).
 *
 * It lies over the lanes' drawing as its own layer, a box clipped to the plot and moved by a
 * transform: a step of the date then moves a layer and repaints nothing. Drawn in the SVG, the
 * shade's change repainted all of the plot after the date, every step.
 */
export function PlayheadLine({
  scale,
  top,
  bottom,
  left,
  right,
}: {
  scale: TimeScale
  top: number
  bottom: number
  /** the plot's edges, where the shade is clipped */
  left: number
  right: number
}) {
  const asOf = useAppStore(selectAsOf)
  const range = scale.range()
  const x = xOfDate(scale, asOf)
  if (x < range[0]! - 1 || x > range[range.length - 1]! + 1) return null
  return (
    <div
      className="playhead"
      aria-hidden="true"
      style={{ left, top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) }}
    >
      <div className="playhead__future" style={{ transform: `translateX(${x - left}px)` }} />
    </div>
  )
}

/** The as-of date in the overview strip: a thin line over the whole range. */
export function OverviewPlayhead({ scale, height }: { scale: TimeScale; height: number }) {
  const asOf = useAppStore(selectAsOf)
  const x = xOfDate(scale, asOf)
  return <line x1={x} x2={x} y1={0} y2={height} className="overview__playhead" aria-hidden="true" />
}
