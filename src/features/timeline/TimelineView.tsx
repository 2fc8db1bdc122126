import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { useEvents } from '../../data/use-data'
import { formatSourceDate } from '../../lib/dates'

export function TimelineView() {
  const state = useEvents()
  if (state.status === 'pending') return <Loading what="events" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  return (
    <ul className="plain-list" aria-label="Events">
      {state.data.events.map((e) => (
        <li key={e.id}>
          {e.date ? formatSourceDate(e.date) : 'undated'} — {e.title}
        </li>
      ))}
    </ul>
  )
}
