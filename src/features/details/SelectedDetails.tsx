import { useQuery } from '@tanstack/react-query'
import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { peopleQuery } from '../../data/queries'
import { useAtlas } from '../../data/use-atlas'
import { CountryDetails } from './CountryDetails'
import { EventDetails } from './EventDetails'
import { UnitDetails } from './UnitDetails'

/** The selected country's, unit's or event's details: the details panel's content. */
export default function SelectedDetails({
  country,
  unit,
  event,
}: {
  country: string | null
  unit: string | null
  event: string | null
}) {
  const state = useAtlas()
  // The people the record names are listed once they load; the details do not wait for them.
  useQuery(peopleQuery)
  if (state.status === 'pending') return <Loading what="details" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  const atlas = state.data
  const record = country ? atlas.country(country) : undefined
  if (record) return <CountryDetails country={record} atlas={atlas} />
  const unitRecord = unit ? atlas.unit(unit) : undefined
  if (unitRecord) return <UnitDetails unit={unitRecord} atlas={atlas} />
  const eventRecord = event ? atlas.event(event) : undefined
  if (eventRecord) return <EventDetails event={eventRecord} atlas={atlas} />
  return <p className="empty">Nothing in the data matches this selection.</p>
}
