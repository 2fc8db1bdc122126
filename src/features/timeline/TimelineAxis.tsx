import { useMemo } from 'react'
import type { EventKind } from '../../data/schema'
import { EVENT_KIND_LABEL } from '../../model/vocabulary'
import { LANE_HEIGHT } from './EventMarks'
import type { TimeScale } from './timeline-scale'

/** A band per kind, named in the gutter unless the chart is compact. */
export function LaneBands({
  lanes,
  top,
  x0,
  x1,
  labels,
}: {
  lanes: readonly EventKind[]
  top: number
  x0: number
  x1: number
  labels: boolean
}) {
  return lanes.map((kind, i) => (
    <g key={kind} className="lane" aria-hidden="true">
      <rect
        x={x0}
        y={top + i * LANE_HEIGHT}
        width={Math.max(0, x1 - x0)}
        height={LANE_HEIGHT}
        className={i % 2 ? 'lane__band lane__band--odd' : 'lane__band'}
      />
      {labels && (
        <text x={x0 - 6} y={top + i * LANE_HEIGHT + 14} className="lane__label">
          {EVENT_KIND_LABEL[kind]}
        </text>
      )}
    </g>
  ))
}

/**
 * The time axis under the lanes, with a dashed grid line up through them at each tick. d3-scale's
 * UTC scale chooses the ticks (years, months or days, about one per 90 px) and labels them with
 * its multi-scale UTC format ("2022", "March", "Mar 07"), itself d3-time-format's utcFormat.
 */
export function TimeAxis({
  scale,
  y,
  gridHeight,
  x0,
  x1,
  chartWidth,
}: {
  scale: TimeScale
  y: number
  gridHeight: number
  x0: number
  x1: number
  /** the whole chart's width, which sets how many ticks there are */
  chartWidth: number
}) {
  const ticks = useMemo(() => scale.ticks(Math.max(2, Math.floor(chartWidth / 90))), [scale, chartWidth])
  const tickFormat = useMemo(() => scale.tickFormat(), [scale])
  return (
    <g className="axis" aria-hidden="true" transform={`translate(0 ${y})`}>
      <line x1={x0} x2={x1} className="axis__line" />
      {ticks.map((t) => (
        <g key={t.getTime()} transform={`translate(${scale(t)} 0)`}>
          <line y2={5} className="axis__tick" />
          <line y1={-gridHeight} y2={0} className="axis__grid" />
          <text y={17} className="axis__label">
            {tickFormat(t)}
          </text>
        </g>
      ))}
    </g>
  )
}
