import { useEffect } from 'react'
import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { useDataset } from '../../data/use-data'
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
      <p className="empty">
        Select a country on the map, an event on the timeline or a unit in the org chart to read its facts and
        sources here.
      </p>
    )
  return (
    <div className="details-panel">
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
  const state = useDataset()
  if (state.status === 'pending') return <Loading what="details" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  const { countries, units, events } = state.data
  if (country) {
    const record = countries.find((c) => c.iso3 === country)
    if (record) return <CountryDetails country={record} units={units} events={events} />
  }
  if (unit) {
    const record = units.find((u) => u.id === unit)
    if (record) return <UnitDetails unit={record} units={units} countries={countries} events={events} />
  }
  if (event) {
    const record = events.find((e) => e.id === event)
    if (record) return <EventDetails event={record} units={units} countries={countries} />
  }
  return <p className="empty">Nothing in the data matches this selection.</p>
}
