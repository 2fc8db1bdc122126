import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { useAtlasInBackground } from '../../data/use-atlas'
import { asOfForEvent, formatIsoDate } from '../../lib/dates'
import type { Atlas } from '../../model/atlas'
import {
  buildPlaySchedule,
  changeDates,
  eventDates,
  nextDate,
  playStartDate,
  playStops,
  previousDate,
  type PlayStop,
} from '../../model/play-schedule'
import { clampDate } from '../../model/playhead'
import { useAppStore } from '../../store/app-store'
import { selectAsOf } from '../../store/selectors'
import { AsOfSlider } from './AsOfSlider'
import { CalendarIcon, NextIcon, PauseIcon, PlayIcon, PreviousIcon } from './icons'
import { SpeedSelect, type Speed } from './SpeedSelect'
import { TimeBarDateField } from './TimeBarDateField'
import { timeBarDomain } from './time-scale'
import { usePlayback } from './use-playback'
import { useReducedMotion } from './use-reduced-motion'
import './timebar.css'

/** Keys for the previous and next event while focus is anywhere in the time bar but a text field. */
const PREVIOUS_KEYS = [',', '[']
const NEXT_KEYS = ['.', ']']

/**
 * The time bar: Play/Pause, the as-of date in words, the "As of date" slider over a strip of where
 * events fall, previous/next event, a typed date and the playback speed. One row on a laptop, two
 * on a phone (where the typed date opens from a "Go to date" button). The page places it.
 */
export function TimeBar() {
  const state = useAtlasInBackground(['events'])
  return (
    <section className="timebar" aria-label="Time bar">
      {state.status === 'pending' ? (
        <Loading what="the time bar" />
      ) : state.status === 'error' ? (
        <div className="timebar__error">
          <DataErrorBox errors={state.errors} onRetry={state.retry} />
        </div>
      ) : (
        <TimeBarControls atlas={state.data} />
      )}
    </section>
  )
}

function TimeBarControls({ atlas }: { atlas: Atlas }) {
  const asOf = useAppStore(selectAsOf)
  const setAsOf = useAppStore((s) => s.setAsOf)
  const domain = useMemo(() => timeBarDomain(atlas.events), [atlas.events])
  const dates = useMemo(() => eventDates(atlas.events), [atlas.events])
  const stripDates = useMemo(
    () => atlas.events.map((e) => asOfForEvent(e.date)).filter((d): d is string => d !== undefined),
    [atlas.events],
  )
  // Once per data, not per date step: it reads every event.
  const stripSummary = useMemo(() => eventsPerYear(stripDates), [stripDates])
  const [speed, setSpeed] = useState<Speed>(1)
  const reducedMotion = useReducedMotion()
  const makeSchedule = useCallback(() => {
    const stops = playStopsOf(atlas)
    return buildPlaySchedule({
      stops,
      start: playStartDate(useAppStore.getState().asOf, domain, stops),
      end: domain[1],
    })
  }, [atlas, domain])
  const { playing, play, pause } = usePlayback(makeSchedule, speed, reducedMotion)

  const current = clampDate(asOf, domain)
  const previous = previousDate(dates, current)
  const next = nextDate(dates, current)
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement
    if (event.altKey || event.ctrlKey || event.metaKey || target.closest('input, select, textarea')) return
    const date = PREVIOUS_KEYS.includes(event.key)
      ? previous
      : NEXT_KEYS.includes(event.key)
        ? next
        : undefined
    if (date === undefined) return
    event.preventDefault()
    if (date) setAsOf(date)
  }

  return (
    <div className="timebar__row" onKeyDown={onKeyDown}>
      <button type="button" className="timebar__play" onClick={playing ? pause : play}>
        {playing ? <PauseIcon /> : <PlayIcon />}
        <span className="timebar__play-text">{playing ? 'Pause' : 'Play'}</span>
      </button>
      <p className="timebar__readout">
        <span className="timebar__readout-label">As of</span>
        <time dateTime={current}>
          <span className="timebar__date-long">{formatIsoDate(current)}</span>
          <span className="timebar__date-short">{shortDate(current)}</span>
        </time>
      </p>
      <div className="timebar__track">
        <AsOfSlider domain={domain} dates={stripDates} />
        {stripDates.length === 0 && <p className="timebar__empty">No dated events</p>}
        <p className="visually-hidden">{stripSummary}</p>
      </div>
      <div className="timebar__steps">
        <StepButton label="Previous event" keys="," date={previous} onStep={setAsOf}>
          <PreviousIcon />
        </StepButton>
        <StepButton label="Next event" keys="." date={next} onStep={setAsOf}>
          <NextIcon />
        </StepButton>
      </div>
      <DateDisclosure domain={domain} />
      <SpeedSelect speed={speed} onChange={setSpeed} />
    </div>
  )
}

/** An icon button that moves the as-of date to an event's date; inert (but focusable) when there is none. */
function StepButton({
  label,
  keys,
  date,
  onStep,
  children,
}: {
  label: string
  keys: string
  date: string | null
  onStep: (date: string) => void
  children: ReactNode
}) {
  return (
    <button
      type="button"
      className="timebar__icon-button"
      aria-label={label}
      aria-keyshortcuts={keys}
      aria-disabled={date === null || undefined}
      title={date ? `${label}: ${formatIsoDate(date)} (key ${keys})` : `No ${label.toLowerCase()}`}
      onClick={() => date && onStep(date)}
    >
      {children}
    </button>
  )
}

/** The typed date: in the row on a laptop; behind a "Go to date" button on a phone. */
const DateDisclosure = memo(function DateDisclosure({ domain }: { domain: readonly [string, string] }) {
  const [open, setOpen] = useState(false)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (open) inputRef.current?.focus()
  }, [open])
  const close = () => {
    setOpen(false)
    toggleRef.current?.focus()
  }
  return (
    <div className="timebar__date">
      <button
        ref={toggleRef}
        type="button"
        className="timebar__icon-button timebar__date-toggle"
        aria-expanded={open}
        aria-controls="timebar-date-panel"
        onClick={() => setOpen(!open)}
      >
        <CalendarIcon />
        <span className="visually-hidden">Go to date</span>
      </button>
      <div
        id="timebar-date-panel"
        className={open ? 'timebar__date-panel is-open' : 'timebar__date-panel'}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) close()
        }}
      >
        <TimeBarDateField domain={domain} inputRef={inputRef} onDone={open ? close : undefined} />
      </div>
    </div>
  )
})

const stopsCache = new WeakMap<Atlas, PlayStop[]>()

/** Play's stops for an atlas, worked out when Play is first pressed (it runs the model's rules on every candidate date). */
function playStopsOf(atlas: Atlas): PlayStop[] {
  let stops = stopsCache.get(atlas)
  if (!stops) stopsCache.set(atlas, (stops = playStops(atlas.events, changeDates(atlas))))
  return stops
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "30 Sep 2022": the readout on a phone. */
function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${d} ${SHORT_MONTHS[m! - 1]} ${y}`
}

/** "Dated events per year: 2014, 5; 2022, 160; …": the strip in words. */
function eventsPerYear(dates: readonly string[]): string {
  const years = new Map<string, number>()
  for (const d of dates) years.set(d.slice(0, 4), (years.get(d.slice(0, 4)) ?? 0) + 1)
  const list = [...years.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
  return `Dated events per year: ${list.map(([y, n]) => `${y}, ${n}`).join('; ')}.`
}
