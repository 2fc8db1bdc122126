import { useQuery } from '@tanstack/react-query'
import './details.css'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { DataErrorBox } from '../../components/DataErrorBox'
import { focusReturnOf, useFocusReturn, type FocusReturn } from '../../components/focus-return'
import { Loading } from '../../components/Loading'
import { peopleQuery } from '../../data/queries'
import { useAtlas, useFullAtlas } from '../../data/use-atlas'
import { useAppStore } from '../../store/app-store'
import { CountryDetails } from './CountryDetails'
import { EventDetails } from './EventDetails'
import { UnitDetails } from './UnitDetails'

/** Shows the selected country, unit or event. Esc or the close button clears the selection. */
export function DetailsPanel() {
  const country = useAppStore((s) => s.country)
  const unit = useAppStore((s) => s.unit)
  const event = useAppStore((s) => s.event)
  const clearSelection = useAppStore((s) => s.clearSelection)
  const hasSelection = !!(country || unit || event)
  const panel = useRef<HTMLDivElement>(null)

  // When the control that changed the selection has gone (a link inside the panel, Close), focus
  // would fall to the page: keep it here, on the new heading or on the panel.
  // Set when the user acts inside the panel; only such an action may move focus here, never a
  // selection that arrives from a link on load or from another view.
  const actedInside = useRef(false)
  const noteAction = () => {
    actedInside.current = true
  }
  // The control outside the panel that chose what it shows (a card, a mark, a country in the
  // list; none for a link or a click on a shape): when the panel closes with the focus in it
  // (Close, or Escape from inside), focus goes back there. Set by each selection made from outside.
  const opener = useRef<FocusReturn | null>(null)
  useLayoutEffect(() => {
    const focused = document.activeElement
    if (!panel.current?.contains(focused)) opener.current = focusReturnOf(focused)
  }, [country, unit, event])
  useFocusReturn(panel, opener)

  useLayoutEffect(() => {
    const acted = actedInside.current
    actedInside.current = false
    if (!acted) return
    if (document.activeElement && document.activeElement !== document.body) return
    const heading = panel.current?.querySelector<HTMLElement>('.details__title')
    ;(heading ?? panel.current)?.focus()
  }, [country, unit, event])

  useEffect(() => {
    if (!hasSelection) return
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as Element | null
      if (target?.closest?.('dialog, input, select, textarea')) return
      if (e.key === 'Escape' && !e.defaultPrevented) clearSelection()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [hasSelection, clearSelection])

  if (!hasSelection)
    return (
      <div ref={panel} tabIndex={-1} className="details-panel details-panel--empty">
        <p className="empty">
          Select a country on the map, an event on the timeline or a unit in the org chart to read its facts
          and sources here.
        </p>
      </div>
    )
  return (
    <div
      ref={panel}
      tabIndex={-1}
      className="details-panel"
      onPointerDownCapture={noteAction}
      onKeyDownCapture={noteAction}
    >
      <button type="button" className="details-panel__close" onClick={clearSelection}>
        Close <span aria-hidden="true">×</span>
      </button>
      <SelectedDetails country={country} unit={unit} event={event} />
    </div>
  )
}

function SelectedDetails({
  country,
  unit,
  event,
}: {
  country: string | null
  unit: string | null
  event: string | null
}) {
  // The details show at once from the atlas the first screen has; the words only they show (the
  // quotes, a country's statement) fill in when the full files arrive (src/data/brief-copies.ts).
  // The people the record names are listed once they load; the details do not wait for them either.
  const brief = useAtlas()
  const full = useFullAtlas()
  useQuery(peopleQuery)
  if (full.status === 'error') return <DataErrorBox errors={full.errors} onRetry={full.retry} />
  const state = full.status === 'success' ? full : brief
  if (state.status === 'pending') return <Loading what="details" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  const atlas = state.data
  const words = full.status === 'success' ? full.data : null
  const record = country ? atlas.country(country) : undefined
  if (record && country)
    return <CountryDetails country={record} full={words?.country(country)} atlas={atlas} />
  const unitRecord = unit ? atlas.unit(unit) : undefined
  if (unitRecord && unit) return <UnitDetails unit={unitRecord} full={words?.unit(unit)} atlas={atlas} />
  const eventRecord = event ? atlas.event(event) : undefined
  if (eventRecord && event)
    return <EventDetails event={eventRecord} full={words?.event(event)} atlas={atlas} />
  return <p className="empty">Nothing in the data matches this selection.</p>
}
