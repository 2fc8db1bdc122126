import { formatIsoDate, timeToIso } from '../../lib/dates'
import { TIMELINE_LANE_LABEL } from '../../model/vocabulary'
import type { AxisTick, ScaleSegment } from './compressed-scale'
import type { LaneId } from './event-kinds'
import { bandTop, laneTop, lanesBottom, type LaneLayout } from './lane-layout'

const DAY_MS = 86_400_000

/**
 * A band per lane, named in the gutter beside it, or above it on a narrow chart; a dashed grid line
 * at each tick; and a hatched break over each compressed stretch without events.
 */
export function LaneBands({
  lanes,
  layout,
  x0,
  x1,
  gutterLabels,
  ticks,
  segments,
}: {
  lanes: readonly LaneId[]
  layout: LaneLayout
  x0: number
  x1: number
  gutterLabels: boolean
  ticks: readonly AxisTick[]
  segments: readonly ScaleSegment[]
}) {
  const top = laneTop(layout, 0)
  const bottom = lanesBottom(layout)
  return (
    <g aria-hidden="true">
      {lanes.map((lane, i) => (
        <g key={lane} className="lane">
          <rect
            x={x0}
            y={bandTop(layout, i)}
            width={Math.max(0, x1 - x0)}
            height={layout.bandHeight}
            className={i % 2 ? 'lane__band lane__band--odd' : 'lane__band'}
          />
          {gutterLabels ? (
            <text x={x0 - 6} y={bandTop(layout, i) + layout.bandHeight / 2 + 4} className="lane__label">
              {TIMELINE_LANE_LABEL[lane]}
            </text>
          ) : (
            <text x={x0} y={laneTop(layout, i) + 11} className="lane__label lane__label--above">
              {TIMELINE_LANE_LABEL[lane]}
            </text>
          )}
        </g>
      ))}
      {ticks.map((t) => (
        <line key={t.time.getTime()} x1={t.x} x2={t.x} y1={top} y2={bottom} className="axis__grid" />
      ))}
      {segments
        .filter((s) => s.empty)
        .map((s) => (
          <rect
            key={s.start}
            x={s.x0}
            y={top}
            width={s.x1 - s.x0}
            height={bottom - top}
            className="timeline__break"
          />
        ))}
    </g>
  )
}

/** "2015 to 2021": the years (or dates) a compressed stretch covers, for its label. */
export function breakLabel(segment: ScaleSegment): string {
  const first = timeToIso(segment.start)
  const last = timeToIso(segment.end - DAY_MS)
  if (first.endsWith('-01-01') && last.endsWith('-12-31')) {
    return first.slice(0, 4) === last.slice(0, 4)
      ? first.slice(0, 4)
      : `${first.slice(0, 4)} to ${last.slice(0, 4)}`
  }
  return `${formatIsoDate(first)} to ${formatIsoDate(last)}`
}

/**
 * The time axis under the lanes: ticks and labels for each drawn segment, and a zigzag over each
 * break naming the stretch it leaves out.
 */
export function TimeAxis({
  ticks,
  segments,
  x0,
  x1,
  height,
}: {
  ticks: readonly AxisTick[]
  segments: readonly ScaleSegment[]
  x0: number
  x1: number
  height: number
}) {
  return (
    <g className="axis">
      <line x1={x0} x2={x1} y1={0.5} y2={0.5} className="axis__line" />
      {ticks.map((t) => (
        <g key={t.time.getTime()} transform={`translate(${t.x} 0)`}>
          <line y2={5} className="axis__tick" />
          <text y={height - 5} className="axis__label">
            {t.label}
          </text>
        </g>
      ))}
      {segments
        .filter((s) => s.empty)
        .map((s) => {
          const mid = (s.x0 + s.x1) / 2
          return (
            <g key={s.start} className="axis__break">
              <title>{`No events shown: ${breakLabel(s)}`}</title>
              <rect x={s.x0} y={-2} width={s.x1 - s.x0} height={6} className="axis__break-gap" />
              <path d={`M${mid - 5} 6 l4 -8 M${mid + 1} 6 l4 -8`} className="axis__break-mark" />
            </g>
          )
        })}
    </g>
  )
}
