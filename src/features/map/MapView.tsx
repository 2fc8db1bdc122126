import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { useMapData } from '../../data/use-data'
import { useAppStore } from '../../store/app-store'

export function MapView() {
  const state = useMapData()
  const selectCountry = useAppStore((s) => s.selectCountry)
  if (state.status === 'pending') return <Loading what="the map" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  return (
    <ul className="plain-list" aria-label="Countries">
      {state.data.countries.map((c) => (
        <li key={c.iso3}>
          <button type="button" onClick={() => selectCountry(c.iso3)}>
            {c.name}: {c.legality ?? 'no stance recorded'}
          </button>
        </li>
      ))}
    </ul>
  )
}
