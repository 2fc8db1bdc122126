import { useCallback, useMemo, useState } from 'react'
import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { useElementSize } from '../../components/use-element-size'
import { EVENT_KINDS, type EventKind, type LegionEvent } from '../../data/schema'
import { useAtlasInBackground } from '../../data/use-atlas'
import { formatIsoDate, isoToTime, todayIso } from '../../lib/dates'
import type { Atlas } from '../../model/atlas'
import { linkedRecords } from '../../model/linked'
import { useAppStore } from '../../store/app-store'
import type { DateWindow } from '../../store/timeline-window-slice'
import { ClusterList } from './ClusterList'
import { fitLabels, makeCompressedScale, segmentTicks } from './compressed-scale'
import { EVENT_LANES } from './event-kinds'
import { clusterSpan, HIT_SIZE, placeEventMarks, sharesOnePeriod, type PlacedMark } from './event-lanes'
import { EventMarks } from './EventMarks'
import { laneLayout, lanesBottom, laneTop } from './lane-layout'
import { monthBins } from './overview-bins'
import { PlayheadLine } from './Playhead'
import { LaneBands, TimeAxis } from './TimelineAxis'
import { TimelineOverview } from './TimelineOverview'
import { TimelineToolbar } from './TimelineToolbar'
import { TimelineTooltip, type MarkPlace, type Tip } from './TimelineTooltip'
import { dateSpan, eventsDomain } from './timeline-scale'
import { clampWindow, defaultWindow, padSpan, windowDays, windowMiddle, zoomWindow } from './timeline-window'
import { useAxisScrub, useLaneGestures } from './use-chart-gestures'
import { UndatedEvents } from './UndatedEvents'
import './timeline.css'

const AXIS_HEIGHT = 20

export function TimelineView() {
  const state = useAtlasInBackground(['events'])
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
  const storedWindow = useAppStore((s) => s.timelineWindow)
  const setTimelineWindow = useAppStore((s) => s.setTimelineWindow)

  // The full range: the first event to the later of the last event and today.
  const full = useMemo((): DateWindow => {
    const [first, last] = eventsDomain(events)
    const today = todayIso()
    return [first, last > today ? last : today]
  }, [events])
  const opening = useMemo(() => defaultWindow(events, full), [events, full])
  // While the window is dragged it lives here; the store (and the URL) get it when the drag ends.
  const [draft, setDraft] = useState<DateWindow | null>(null)
  const chosen = draft ?? storedWindow ?? opening
  const [w0, w1] = clampWindow(full, [isoToTime(chosen[0]), isoToTime(chosen[1])])
  const window = useMemo((): DateWindow => [w0, w1], [w0, w1])

  const [kinds, setKinds] = useState<ReadonlySet<EventKind>>(() => new Set(EVENT_KINDS))
  const [tip, setTip] = useState<Tip | null>(null)
  const [list, setList] = useState<{ mark: PlacedMark; place: MarkPlace; opener: Element } | null>(null)
  const [rootRef, box] = useElementSize<HTMLDivElement>()
  const [lanesRef, lanesBox] = useElementSize<HTMLDivElement>()
  const [scrollTop, setScrollTop] = useState(0)

  const presentKinds = useMemo(() => EVENT_KINDS.filter((k) => events.some((e) => e.kind === k)), [events])
  const lanes = useMemo(
    () =>
      EVENT_LANES.map((lane) => ({ id: lane.id, kinds: lane.kinds.filter((k) => kinds.has(k)) })).filter(
        (lane) => lane.kinds.some((k) => presentKinds.includes(k)),
      ),
    [kinds, presentKinds],
  )
  const width = Math.max(0, box.width)
  const compact = width < 640
  const plot: [number, number] = [compact ? 8 : 100, Math.max(compact ? 18 : 110, width - (compact ? 8 : 16))]
  const overviewWidth = compact ? width : Math.min(width, Math.round(Math.max(560, width * 0.5)))
  const layout = laneLayout(lanes.length, lanesBox.height, compact)
  const shown = useMemo(() => events.filter((e) => kinds.has(e.kind)), [events, kinds])
  const { scale, segments } = useMemo(
    () =>
      makeCompressedScale(
        window,
        shown.flatMap((e) => (e.date ? [dateSpan(e.date)] : [])),
        plot[0] + HIT_SIZE / 2,
        plot[1] - HIT_SIZE / 2,
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the plot's two numbers, not the array
    [window, shown, plot[0], plot[1]],
  )
  const ticks = useMemo(
    () => fitLabels(segmentTicks(segments, compact ? 40 : 64), 0, width),
    [segments, compact, width],
  )
  const marks = useMemo(
    () =>
      width
        ? placeEventMarks(
            events,
            lanes.map((l) => l.kinds),
            scale,
            plot,
          )
        : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the plot's two numbers, not the array
    [events, lanes, scale, width, plot[0], plot[1]],
  )

  // Events linked to what is selected elsewhere: the selected event, a country's or a unit's events.
  const highlighted = linkedRecords(atlas, {
    country: selectedCountry,
    unit: selectedUnit,
    event: selectedEvent,
  }).eventIds
  const bins = useMemo(() => monthBins(shown, full, highlighted), [shown, full, highlighted])

  const commit = useCallback(
    (next: DateWindow | null) => {
      setDraft(null)
      setTimelineWindow(next)
    },
    [setTimelineWindow],
  )
  const setWindow = useCallback(
    (update: (w: DateWindow) => DateWindow) => commit(update(window)),
    [commit, window],
  )
  const { svgRef, brush, ...laneHandlers } = useLaneGestures({ scale, full, setWindow })
  const axisScrub = useAxisScrub(scale)

  const placeOf = useCallback(
    (element: Element): MarkPlace => {
      const r = element.getBoundingClientRect()
      const base = rootRef.current!.getBoundingClientRect()
      return { x: r.left - base.left + r.width / 2, top: r.top - base.top, bottom: r.bottom - base.top }
    },
    [rootRef],
  )
  const onOpen = useCallback(
    (mark: PlacedMark, element: Element) => {
      setTip(null)
      if (!mark.cluster) return selectEvent(mark.events[0]!)
      const next = clampWindow(full, padSpan(clusterSpan(mark)))
      if (!sharesOnePeriod(mark) && windowDays(next) < windowDays(window) * 0.9) commit(next)
      else setList({ mark, place: placeOf(element), opener: element })
    },
    [full, window, commit, selectEvent, placeOf],
  )
  const onHover = useCallback(
    (mark: PlacedMark | null, element: Element | null) =>
      setTip(mark && element ? { mark, ...placeOf(element) } : null),
    [placeOf],
  )
  const closeList = useCallback(() => setList(null), [])

  const isFull = window[0] === full[0] && window[1] === full[1]
  const isDefault = window[0] === opening[0] && window[1] === opening[1]
  const lanesHeight = lanesBottom(layout) + 1

  return (
    <div ref={rootRef} className={compact ? 'timeline timeline--compact' : 'timeline'}>
      <TimelineToolbar
        events={events}
        present={presentKinds}
        kinds={kinds}
        onKinds={setKinds}
        isDefault={isDefault}
        isFull={isFull}
        onZoom={(factor) => commit(zoomWindow(full, window, factor, windowMiddle(window)))}
        onDefault={() => commit(null)}
        onFull={() => commit(full)}
      />
      <div className="timeline__lanes-box">
        <div
          ref={lanesRef}
          className="timeline__lanes"
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        >
          {width > 0 && (
            <svg
              ref={svgRef}
              className="timeline__svg"
              width={width}
              height={lanesHeight}
              {...laneHandlers}
              role="group"
              aria-label={`Timeline of events, ${formatIsoDate(window[0])} to ${formatIsoDate(window[1])}`}
            >
              <defs>
                <clipPath id="timeline-plot">
                  <rect x={plot[0]} y={0} width={plot[1] - plot[0]} height={lanesHeight} />
                </clipPath>
              </defs>
              <LaneBands
                lanes={lanes.map((l) => l.id)}
                layout={layout}
                x0={plot[0]}
                x1={plot[1]}
                gutterLabels={!compact}
                ticks={ticks}
                segments={segments}
              />
              <g clipPath="url(#timeline-plot)" className="timeline__plot">
                <EventMarks
                  marks={marks}
                  layout={layout}
                  highlighted={highlighted}
                  selected={selectedEvent}
                  onOpen={onOpen}
                  onHover={onHover}
                />
                {brush && (
                  <rect
                    className="timeline__brush"
                    x={Math.min(brush.from, brush.to)}
                    y={laneTop(layout, 0)}
                    width={Math.abs(brush.to - brush.from)}
                    height={lanesBottom(layout) - laneTop(layout, 0)}
                  />
                )}
              </g>
            </svg>
          )}
          {width > 0 && (
            <PlayheadLine
              scale={scale}
              top={laneTop(layout, 0)}
              bottom={lanesBottom(layout)}
              left={plot[0]}
              right={plot[1]}
            />
          )}
          {marks.length === 0 && width > 0 && (
            <p className="timeline__empty">No events of the chosen kinds in this range.</p>
          )}
        </div>
        {lanesBox.height > 0 && lanesHeight > lanesBox.height + scrollTop + 1 && (
          <div className="timeline__more" aria-hidden="true">
            more lanes below ▾
          </div>
        )}
      </div>
      {width > 0 && (
        <svg
          className="timeline__axis"
          width={width}
          height={AXIS_HEIGHT}
          aria-hidden="true"
          onPointerDown={axisScrub.onPointerDown}
          onPointerMove={axisScrub.onPointerMove}
          onPointerUp={axisScrub.onPointerUp}
          onPointerCancel={axisScrub.onPointerUp}
        >
          <TimeAxis ticks={ticks} segments={segments} x0={plot[0]} x1={plot[1]} height={AXIS_HEIGHT} />
        </svg>
      )}
      {/* On a wide pane the overview and the undated events share the bottom row. */}
      <div className="timeline__bottom">
        {width > 0 && (
          <TimelineOverview
            full={full}
            window={window}
            bins={bins}
            width={overviewWidth}
            x0={plot[0]}
            x1={overviewWidth - (compact ? 8 : 4)}
            onChange={(next, final) => (final ? commit(next) : setDraft(next))}
          />
        )}
        <UndatedEvents
          events={events.filter((e) => !e.date && kinds.has(e.kind))}
          highlighted={highlighted}
          selected={selectedEvent}
          onOpen={(e: LegionEvent) => selectEvent(e)}
        />
      </div>
      {tip && !list && <TimelineTooltip tip={tip} box={box} />}
      {list && (
        <ClusterList
          mark={list.mark}
          place={list.place}
          box={box}
          opener={list.opener}
          onChoose={(e) => {
            setList(null)
            selectEvent(e)
          }}
          onClose={closeList}
        />
      )}
    </div>
  )
}
