import { useAppStore } from '../../store/app-store'
import { selectAsOf } from '../../store/selectors'
import { xOfDate, type TimeScale } from './timeline-scale'

/**
 * The as-of date in the lanes: a line, and a pale shade over what comes after it. The only part of
 * the lanes that renders when the date moves. The date itself is set in the time bar (or by a
 * press on the axis).
 */
export function PlayheadLine({
  scale,
  top,
  bottom,
  right,
}: {
  scale: TimeScale
  top: number
  bottom: number
  /** the plot's right edge, where the shade ends */
  right: number
}) {
  const asOf = useAppStore(selectAsOf)
  const range = scale.range()
  const x = xOfDate(scale, asOf)
  if (x < range[0]! - 1 || x > range[range.length - 1]! + 1) return null
  return (
    <g className="playhead" aria-hidden="true">
      <rect x={x} y={top} width={Math.max(0, right - x)} height={bottom - top} className="playhead__future" />
      <line x1={x} x2={x} y1={top} y2={bottom} className="playhead__line" />
    </g>
  )
}

/** The as-of date in the overview strip: a thin line over the whole range. */
export function OverviewPlayhead({ scale, height }: { scale: TimeScale; height: number }) {
  const asOf = useAppStore(selectAsOf)
  const x = xOfDate(scale, asOf)
  return <line x1={x} x2={x} y1={0} y2={height} className="overview__playhead" aria-hidden="true" />
}
