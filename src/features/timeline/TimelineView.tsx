import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type PointerEvent } from 'react'
import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { useElementSize } from '../../components/use-element-size'
import { EVENT_KINDS, type EventKind, type LegionEvent } from '../../data/schema'
import { useEvents } from '../../data/use-data'
import { EVENT_KIND_LABEL } from '../../data/vocabulary'
import {
  formatIsoDate,
  formatSourceDate,
  parseIsoDate,
  asOfForEvent,
  timeToIso,
  todayIso,
} from '../../lib/dates'
import { useAppStore, type IsoDate } from '../../store/app-store'
import { clusterSpan, placeEventMarks, type PlacedMark } from './event-lanes'
import { EVENT_KIND_COLOR } from './event-kinds'
import { EventMarks, LANE_HEIGHT } from './EventMarks'
import { PlayheadLine, PlayheadThumb } from './Playhead'
import { clampDate, nextPlayDate, playStart } from './playhead'
import { clampWindow, dateAtX, eventsDomain, makeTimeScale, zoomWindow } from './timeline-scale'
import './timeline.css'

const AXIS_HEIGHT = 26
const TOP = 6
const PLAY_STEP_MS = 700

export function TimelineView() {
  const state = useEvents()
  if (state.status === 'pending') return <Loading what="events" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  return <Timeline events={state.data.events} />
}

interface Tip {
  mark: PlacedMark
  x: number
  y: number
}

function Timeline({ events }: { events: LegionEvent[] }) {
  const setAsOf = useAppStore((s) => s.setAsOf)
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
  const [brush, setBrush] = useState<{ from: number; to: number } | null>(null)
  const [playing, setPlaying] = useState(false)
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
  const ticks = useMemo(() => scale.ticks(Math.max(2, Math.floor(width / 90))), [scale, width])
  const tickFormat = useMemo(() => scale.tickFormat(), [scale])

  // Events linked to what is selected elsewhere: the selected event, a country's or a unit's events.
  const highlighted = useMemo(() => {
    const ids = new Set<string>()
    for (const e of events) {
      if (
        e.id === selectedEvent ||
        (selectedCountry && e.countries.includes(selectedCountry)) ||
        (selectedUnit && e.units.includes(selectedUnit))
      )
        ids.add(e.id)
    }
    return ids
  }, [events, selectedEvent, selectedCountry, selectedUnit])

  const openEvent = useCallback(
    (event: LegionEvent) => {
      selectEvent(event.id, asOfForEvent(event.date))
    },
    [selectEvent],
  )

  const onOpen = useCallback(
    (mark: PlacedMark) => {
      if (mark.cluster) setView(clampWindow(domain, widen(clusterSpan(mark))))
      else openEvent(mark.events[0]!)
    },
    [domain, openEvent],
  )
  const onHover = useCallback((mark: PlacedMark | null, x: number, y: number) => {
    setTip(mark ? { mark, x, y } : null)
  }, [])

  // Play: a month a step, stopping at the end.
  useEffect(() => {
    if (!playing) return
    const id = window.setInterval(() => {
      const current = useAppStore.getState().asOf ?? todayIso()
      const next = nextPlayDate(clampDate(current, domain), domain)
      if (next === null) setPlaying(false)
      else setAsOf(next)
    }, PLAY_STEP_MS)
    return () => window.clearInterval(id)
  }, [playing, domain, setAsOf])
  const togglePlay = () => {
    if (!playing) setAsOf(playStart(useAppStore.getState().asOf ?? todayIso(), domain))
    setPlaying(!playing)
  }

  // Pointer on the chart background: a click (or a drag on the axis) moves the playhead; a drag
  // across the lanes draws a brush that zooms into its range.
  const drag = useRef<{ x: number; onAxis: boolean } | null>(null)
  const localX = (event: PointerEvent) => event.clientX - event.currentTarget.getBoundingClientRect().left
  const localY = (event: PointerEvent) => event.clientY - event.currentTarget.getBoundingClientRect().top
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    const onAxis = localY(event) > TOP + lanesHeight
    drag.current = { x: localX(event), onAxis }
    event.currentTarget.setPointerCapture?.(event.pointerId)
    if (onAxis) setAsOf(dateAtX(scale, localX(event)))
  }
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current
    if (!start) return
    const x = localX(event)
    if (start.onAxis) setAsOf(dateAtX(scale, x))
    else if (Math.abs(x - start.x) > 4) setBrush({ from: start.x, to: x })
  }
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current
    drag.current = null
    if (!start || start.onAxis) return
    const x = localX(event)
    setBrush(null)
    if (Math.abs(x - start.x) > 8) {
      const a = Date.parse(dateAtX(scale, Math.min(x, start.x)))
      const b = Date.parse(dateAtX(scale, Math.max(x, start.x)))
      setView(clampWindow(domain, [a, b]))
    } else {
      setAsOf(dateAtX(scale, x))
    }
  }
  // Ctrl/⌘ + wheel zooms around the pointer. A native listener: React's wheel listeners are
  // passive, so preventDefault in onWheel is ignored and the browser zooms the page as well.
  const svgRef = useRef<SVGSVGElement>(null)
  useEffect(() => {
    const svg = svgRef.current
    if (!svg) return
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return
      event.preventDefault()
      const around = dateAtX(scale, event.clientX - svg.getBoundingClientRect().left)
      setView((v) => zoomWindow(domain, v, event.deltaY > 0 ? 1.25 : 0.8, around))
    }
    svg.addEventListener('wheel', onWheel, { passive: false })
    return () => svg.removeEventListener('wheel', onWheel)
  }, [scale, domain])

  const zoomBy = (factor: number) => {
    const mid = timeToIso((Date.parse(view[0]) + Date.parse(view[1])) / 2)
    setView(zoomWindow(domain, view, factor, mid))
  }
  const zoomed = view[0] !== domain[0] || view[1] !== domain[1]
  const undated = events.filter((e) => !e.date && kinds.has(e.kind))
  const shownCount = events.filter((e) => e.date && kinds.has(e.kind)).length

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
      <fieldset className="timeline__kinds">
        <legend>
          Event kinds ({shownCount} of {events.filter((e) => e.date).length} dated events shown)
        </legend>
        {presentKinds.map((kind) => (
          <label key={kind} className="kind-toggle">
            <input
              type="checkbox"
              checked={kinds.has(kind)}
              onChange={() => {
                const next = new Set(kinds)
                if (next.has(kind)) next.delete(kind)
                else next.add(kind)
                setKinds(next)
              }}
            />
            <span
              className="kind-toggle__swatch"
              style={{ background: EVENT_KIND_COLOR[kind] }}
              aria-hidden="true"
            />
            {EVENT_KIND_LABEL[kind]}
            <span className="kind-toggle__count">{events.filter((e) => e.kind === kind).length}</span>
          </label>
        ))}
      </fieldset>
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
              {lanes.map((kind, i) => (
                <g key={kind} className="lane" aria-hidden="true">
                  <rect
                    x={gutter}
                    y={TOP + i * LANE_HEIGHT}
                    width={Math.max(0, width - 12 - gutter)}
                    height={LANE_HEIGHT}
                    className={i % 2 ? 'lane__band lane__band--odd' : 'lane__band'}
                  />
                  {!compact && (
                    <text x={gutter - 6} y={TOP + i * LANE_HEIGHT + 14} className="lane__label">
                      {EVENT_KIND_LABEL[kind]}
                    </text>
                  )}
                </g>
              ))}
              <g className="axis" aria-hidden="true" transform={`translate(0 ${TOP + lanesHeight})`}>
                <line x1={gutter} x2={width - 12} className="axis__line" />
                {ticks.map((t) => (
                  <g key={t.getTime()} transform={`translate(${scale(t)} 0)`}>
                    <line y2={5} className="axis__tick" />
                    <line y1={-lanesHeight} y2={0} className="axis__grid" />
                    <text y={17} className="axis__label">
                      {tickFormat(t)}
                    </text>
                  </g>
                ))}
              </g>
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
            {tip && (
              <div
                className="tooltip timeline__tooltip"
                role="tooltip"
                style={{ left: Math.min(Math.max(0, tip.x - 100), width - 260), top: tip.y + 18 }}
              >
                {tip.mark.cluster ? (
                  <>
                    <strong>{tip.mark.events.length} events</strong>
                    <ul>
                      {tip.mark.events.slice(0, 5).map((e) => (
                        <li key={e.id}>
                          {formatSourceDate(e.date!)}: {e.title}
                        </li>
                      ))}
                      {tip.mark.events.length > 5 && (
                        <li>…and {tip.mark.events.length - 5} more. Open to zoom in.</li>
                      )}
                    </ul>
                  </>
                ) : (
                  <>
                    <span className="tooltip__date">{formatSourceDate(tip.mark.events[0]!.date!)}</span>
                    <span>{tip.mark.events[0]!.title}</span>
                    {tip.mark.events[0]!.conflicts.length > 0 && (
                      <span className="badge badge--conflict">Conflicting claims</span>
                    )}
                  </>
                )}
              </div>
            )}
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

/** A cluster's span with a little room on both sides. */
function widen([a, b]: [number, number]): [number, number] {
  const pad = Math.max((b - a) * 0.15, 3 * 86_400_000)
  return [a - pad, b + pad]
}

/** A typed date (YYYY-MM-DD). Invalid input says why and changes nothing. */
function DateField({ domain }: { domain: readonly [IsoDate, IsoDate] }) {
  const setAsOf = useAppStore((s) => s.setAsOf)
  const [text, setText] = useState('')
  const [error, setError] = useState<string | null>(null)
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    const date = parseIsoDate(text)
    if (!date) return setError('Write the date as YYYY-MM-DD, for example 2022-03-07.')
    if (date < domain[0] || date > domain[1])
      return setError(`Choose a date from ${formatIsoDate(domain[0])} to ${formatIsoDate(domain[1])}.`)
    setError(null)
    setAsOf(date)
  }
  return (
    <form className="date-field" onSubmit={onSubmit} noValidate>
      <label htmlFor="as-of-input">Go to date</label>
      <input
        id="as-of-input"
        type="text"
        inputMode="numeric"
        placeholder="YYYY-MM-DD"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'as-of-error' : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit">Go</button>
      {error && (
        <span id="as-of-error" className="date-field__error" role="alert">
          {error}
        </span>
      )}
    </form>
  )
}
