import { useCallback, useMemo, useState } from 'react'
import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { useElementSize } from '../../components/use-element-size'
import { EVENT_KINDS, type EventKind, type LegionEvent } from '../../data/schema'
import { useAtlas } from '../../data/use-atlas'
import { formatIsoDate, timeToIso, todayIso } from '../../lib/dates'
import type { Atlas } from '../../model/atlas'
import { linkedRecords } from '../../model/linked'
import { useAppStore } from '../../store/app-store'
import { type IsoDate } from '../../model/types'
import { DateField } from './DateField'
import { clusterSpan, placeEventMarks, type PlacedMark } from './event-lanes'
import { EventMarks, LANE_HEIGHT } from './EventMarks'
import { KindToggles } from './KindToggles'
import { PlayheadLine, PlayheadThumb } from './Playhead'
import { LaneBands, TimeAxis } from './TimelineAxis'
import { TimelineTooltip, type Tip } from './TimelineTooltip'
import { clampWindow, eventsDomain, makeTimeScale, padSpan, zoomWindow } from './timeline-scale'
import { useChartGestures } from './use-chart-gestures'
import { usePlay } from './use-play'
import './timeline.css'

const AXIS_HEIGHT = 26
const TOP = 6

export function TimelineView() {
  const state = useAtlas(['events'])
  if (state.status === 'pending') return <Loading what="events" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  return <Timeline atlas={state.data} />
}

function Timeline({ atlas }: { atlas: Atlas }) {
  const { events } = atlas
  const selectEvent = useAppStore((s) => s.selectEvent)
  const selectedEvent = useAppStore((s) => s.event)
  const selectedCountry = useAppStore((s) => s.country)
  const selectedUnit = useAppStore((s) => s.unit)

  // The full range: the first event to the later of the last event and today.
  const domain = useMemo((): [IsoDate, IsoDate] => {
    const [first, last] = eventsDomain(events)
    const today = todayIso()
    return [first, last > today ? last : today]
  }, [events])
  const [view, setView] = useState<[IsoDate, IsoDate]>(domain)
  const [kinds, setKinds] = useState<ReadonlySet<EventKind>>(() => new Set(EVENT_KINDS))
  const [tip, setTip] = useState<Tip | null>(null)
  const [playing, togglePlay] = usePlay(domain)
  const [frameRef, frame] = useElementSize<HTMLDivElement>()

  const presentKinds = useMemo(() => EVENT_KINDS.filter((k) => events.some((e) => e.kind === k)), [events])
  const lanes = useMemo(() => presentKinds.filter((k) => kinds.has(k)), [presentKinds, kinds])
  const compact = frame.width < 640
  const gutter = compact ? 8 : 104
  const width = Math.max(0, frame.width)
  const lanesHeight = Math.max(1, lanes.length) * LANE_HEIGHT
  const height = TOP + lanesHeight + AXIS_HEIGHT

  const scale = useMemo(
    () => makeTimeScale(view, gutter, Math.max(gutter + 10, width - 12)),
    [view, gutter, width],
  )
  const marks = useMemo(
    () => (width ? placeEventMarks(events, lanes, scale) : []),
    [events, lanes, scale, width],
  )
  const { svgRef, brush, onPointerDown, onPointerMove, onPointerUp } = useChartGestures({
    scale,
    domain,
    axisTop: TOP + lanesHeight,
    setView,
  })

  // Events linked to what is selected elsewhere: the selected event, a country's or a unit's events.
  const highlighted = linkedRecords(atlas, {
    country: selectedCountry,
    unit: selectedUnit,
    event: selectedEvent,
  }).eventIds

  const openEvent = useCallback(
    (event: LegionEvent) => {
      selectEvent(event)
    },
    [selectEvent],
  )

  const onOpen = useCallback(
    (mark: PlacedMark) => {
      if (mark.cluster) setView(clampWindow(domain, padSpan(clusterSpan(mark))))
      else openEvent(mark.events[0]!)
    },
    [domain, openEvent],
  )
  const onHover = useCallback((mark: PlacedMark | null, x: number, y: number) => {
    setTip(mark ? { mark, x, y } : null)
  }, [])

  const zoomBy = (factor: number) => {
    const mid = timeToIso((Date.parse(view[0]) + Date.parse(view[1])) / 2)
    setView(zoomWindow(domain, view, factor, mid))
  }
  const zoomed = view[0] !== domain[0] || view[1] !== domain[1]
  const undated = events.filter((e) => !e.date && kinds.has(e.kind))

  return (
    <div className="timeline">
      <div className="timeline__controls">
        <button type="button" onClick={togglePlay} aria-pressed={playing}>
          {playing ? 'Pause' : 'Play'}
        </button>
        <DateField domain={domain} />
        <div className="zoom-buttons" role="group" aria-label="Timeline zoom">
          <button type="button" aria-label="Zoom in on the timeline" onClick={() => zoomBy(0.5)}>
            +
          </button>
          <button
            type="button"
            aria-label="Zoom out on the timeline"
            onClick={() => zoomBy(2)}
            aria-disabled={!zoomed}
          >
            −
          </button>
          <button type="button" onClick={() => setView(domain)} aria-disabled={!zoomed}>
            Show all
          </button>
        </div>
      </div>
      <KindToggles events={events} present={presentKinds} kinds={kinds} onChange={setKinds} />
      <p className="timeline__hint">
        Drag across the chart to zoom into a range (Ctrl + wheel also zooms); click or drag on the axis to set
        the date. Month- and year-dated events are drawn as spans; numbered marks are clusters — open one to
        zoom in.
      </p>
      <div ref={frameRef} className="timeline__frame">
        {width > 0 && (
          <>
            <svg
              ref={svgRef}
              className="timeline__svg"
              width={width}
              height={height}
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              role="group"
              aria-label={`Timeline of events, ${formatIsoDate(view[0])} to ${formatIsoDate(view[1])}`}
            >
              <LaneBands lanes={lanes} top={TOP} x0={gutter} x1={width - 12} labels={!compact} />
              <TimeAxis
                scale={scale}
                y={TOP + lanesHeight}
                gridHeight={lanesHeight}
                x0={gutter}
                x1={width - 12}
                chartWidth={width}
              />
              <EventMarks
                marks={marks}
                top={TOP}
                highlighted={highlighted}
                selected={selectedEvent}
                onOpen={onOpen}
                onHover={onHover}
              />
              <PlayheadLine scale={scale} top={TOP} bottom={TOP + lanesHeight} />
              {brush && (
                <rect
                  className="timeline__brush"
                  x={Math.min(brush.from, brush.to)}
                  y={TOP}
                  width={Math.abs(brush.to - brush.from)}
                  height={lanesHeight}
                />
              )}
            </svg>
            <PlayheadThumb scale={scale} domain={domain} y={TOP + lanesHeight} />
            {tip && <TimelineTooltip tip={tip} width={width} />}
          </>
        )}
      </div>
      {marks.length === 0 && width > 0 && (
        <p className="empty">No events of the chosen kinds in this range.</p>
      )}
      {undated.length > 0 && (
        <div className="timeline__undated">
          <span>Named in the source without a date:</span>
          {undated.map((e) => (
            <button
              key={e.id}
              type="button"
              className={highlighted.has(e.id) ? 'chip is-highlighted' : 'chip'}
              aria-pressed={e.id === selectedEvent}
              onClick={() => openEvent(e)}
            >
              {e.title}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
