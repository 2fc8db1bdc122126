import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { useAtlas } from '../data/use-atlas'
import { useAppStore } from '../store/app-store'
import {
  choicesOf,
  parseUrlChoices,
  serializeUrlChoices,
  unknownIdProblems,
  type UrlChoices,
  type UrlProblem,
} from './url-state'
import { embedViewOf, keepEmbed } from './embed'

/**
 * Keys whose changes replace the history entry instead of adding one (scrubbing, typing, moving the
 * timeline's window, panning the map).
 */
const CONTINUOUS: Array<keyof UrlChoices> = ['asOf', 'query', 'tableSearch', 'timelineWindow', 'mapView']

/** The least time between two writes of the address for the date alone (a scrub, Play). */
const DATE_WRITE_MS = 200
/** The longest a date write waits for an idle period, after DATE_WRITE_MS. */
const IDLE_WAIT_MS = 100

function onlyContinuousChanged(a: UrlChoices, b: UrlChoices): boolean {
  return (Object.keys(a) as Array<keyof UrlChoices>).every((k) => CONTINUOUS.includes(k) || a[k] === b[k])
}

/**
 * Keeps the store and the query string in step: restores choices on load and on Back/Forward,
 * writes them back as the user changes them, and shows a dismissible notice for values it ignored.
 */
export function UrlSync() {
  const [initial] = useState(() => parseUrlChoices(window.location.search))
  const [problems, setProblems] = useState<UrlProblem[]>(initial.problems)
  const applying = useRef(false)

  // Before the first paint: the link's choices replace the defaults.
  useLayoutEffect(() => {
    applying.current = true
    useAppStore.setState(initial.choices)
    applying.current = false
    let last = choicesOf(useAppStore.getState())
    // A scrub or Play changes the date many times a second: the address follows the date at most
    // every DATE_WRITE_MS, in the page's idle time, so that no date step waits for it (a
    // replaceState takes up to 4 ms); the last change is always written (browsers ignore a page that
    // rewrites its address more than about ten times a second).
    let cancelPending: (() => void) | undefined
    let lastWrite = -Infinity
    const urlOf = (choices: UrlChoices) =>
      `${window.location.pathname}${keepEmbed(serializeUrlChoices(choices), embedViewOf(window.location.search))}${window.location.hash}`
    const writeContinuous = () => {
      cancelPending?.()
      cancelPending = undefined
      lastWrite = performance.now()
      window.history.replaceState(null, '', urlOf(last))
    }
    const unsubscribe = useAppStore.subscribe((state) => {
      const next = choicesOf(state)
      // Changes the URL itself caused (load, Back/Forward, dropped ids) are not written back.
      if (applying.current) {
        last = next
        return
      }
      if ((Object.keys(next) as Array<keyof UrlChoices>).every((k) => next[k] === last[k])) return
      const continuous = onlyContinuousChanged(next, last)
      const dateOnly = (Object.keys(next) as Array<keyof UrlChoices>).every(
        (k) => k === 'asOf' || next[k] === last[k],
      )
      last = next
      if (dateOnly) {
        cancelPending ??= whenIdleAfter(writeContinuous, lastWrite + DATE_WRITE_MS - performance.now())
        return
      }
      cancelPending?.()
      cancelPending = undefined
      if (continuous) writeContinuous()
      else window.history.pushState(null, '', urlOf(next))
    })
    const onPopState = () => {
      cancelPending?.()
      cancelPending = undefined
      const { choices, problems } = parseUrlChoices(window.location.search)
      applying.current = true
      useAppStore.setState(choices)
      applying.current = false
      last = choices
      setProblems(problems)
    }
    window.addEventListener('popstate', onPopState)
    return () => {
      unsubscribe()
      if (cancelPending) writeContinuous()
      window.removeEventListener('popstate', onPopState)
    }
  }, [initial])

  // Once the data is here, selections of ids it does not have are dropped and reported.
  const data = useAtlas()
  const atlas = data.status === 'success' ? data.data : null
  const idProblems = useMemo(() => (atlas ? unknownIdProblems(initial.choices, atlas) : []), [atlas, initial])
  const [idProblemsDismissed, setIdProblemsDismissed] = useState(false)
  useEffect(() => {
    const state = useAppStore.getState()
    const stale = idProblems.filter(
      (p) => state[p.param as 'country' | 'unit' | 'event' | 'nationality'] === p.value,
    )
    if (!stale.length) return
    // Dropping them corrects the link in place: no new history entry.
    applying.current = true
    useAppStore.setState(Object.fromEntries(stale.map((p) => [p.param, null])))
    applying.current = false
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${keepEmbed(
        serializeUrlChoices(choicesOf(useAppStore.getState())),
        embedViewOf(window.location.search),
      )}${window.location.hash}`,
    )
  }, [idProblems])

  const shown = idProblemsDismissed ? problems : [...problems, ...idProblems]
  if (!shown.length) return null
  return (
    <div className="url-notice" role="status">
      <p>
        Some parts of this link were ignored:{' '}
        {shown.map((p, i) => (
          <span key={i}>
            {i > 0 && '; '}
            <code>
              {p.param}={p.value}
            </code>{' '}
            {p.reason}
          </span>
        ))}
        .
      </p>
      <button
        type="button"
        onClick={() => {
          setProblems([])
          setIdProblemsDismissed(true)
        }}
      >
        Dismiss
      </button>
    </div>
  )
}

/**
 * Runs `run` in the first idle period after `delay` ms (within IDLE_WAIT_MS of it where the page is
 * never idle; at once after the delay where the browser has no idle callbacks); gives the cancel.
 */
function whenIdleAfter(run: () => void, delay: number): () => void {
  let idle: number | undefined
  const timer = window.setTimeout(
    () => {
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(run, { timeout: IDLE_WAIT_MS })
      else run()
    },
    Math.max(0, delay),
  )
  return () => {
    window.clearTimeout(timer)
    if (idle !== undefined) cancelIdleCallback(idle)
  }
}
