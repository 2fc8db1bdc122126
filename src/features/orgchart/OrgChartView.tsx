import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { useUnits } from '../../data/use-data'

export function OrgChartView() {
  const state = useUnits()
  if (state.status === 'pending') return <Loading what="units" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  return (
    <ul className="plain-list" aria-label="Units">
      {state.data.units.map((u) => (
        <li key={u.id}>{u.name}</li>
      ))}
    </ul>
  )
}
