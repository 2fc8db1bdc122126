import { useMemo } from 'react'
import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { DATASET_FILES, useFullAtlas } from '../../data/use-atlas'
import { useAppStore } from '../../store/app-store'
import { DataTable, type TableViewState } from './DataTable'
import { PEOPLE_TABLE } from './people-columns'
import { personRows } from './table-rows'

/**
 * The people the source names, as a table. It waits for people.json alone, so the other tabs
 * never wait for it. A name selects where the person appears: their country, else their unit,
 * else their event; the details panel lists them there.
 */
export function PeopleTable({
  view,
  onViewChange,
}: {
  view: TableViewState
  onViewChange: (view: TableViewState) => void
}) {
  const state = useFullAtlas([...DATASET_FILES, 'people'])
  const selectCountry = useAppStore((s) => s.selectCountry)
  const selectUnit = useAppStore((s) => s.selectUnit)
  const selectEvent = useAppStore((s) => s.selectEvent)
  const atlas = state.status === 'success' ? state.data : null
  const rows = useMemo(() => (atlas ? personRows(atlas) : []), [atlas])
  if (state.status === 'pending') return <Loading what="people" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  const byId = new Map(rows.map((r) => [r.id, r]))
  const onSelect = (id: string) => {
    const to = byId.get(id)?.goTo
    if (to?.kind === 'country') selectCountry(to.id)
    else if (to?.kind === 'unit') selectUnit(to.id)
    else if (to?.kind === 'event') selectEvent(state.data.event(to.id) ?? null)
  }
  return (
    <DataTable
      spec={PEOPLE_TABLE}
      rows={rows}
      total={rows.length}
      view={view}
      onViewChange={onViewChange}
      selectedId={null}
      onSelect={onSelect}
      caption="People the source names as having joined, tried to join, served in, led or founded the Legion or its units, or been killed, captured or freed; a name selects their country, unit or event. A lost name says so."
      unitFiltersApply={false}
    />
  )
}
