import { asOfForEvent } from '../../lib/dates'
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { useDataset, type DatasetFiles } from '../../data/use-data'
import { formatIsoDate } from '../../lib/dates'
import { useAppStore } from '../../store/app-store'
import { selectAsOf } from '../../store/selectors'
import { describeFilters } from '../export/export-meta'
import { DataTable, type TableViewState } from './DataTable'
import {
  COUNTRY_TABLE,
  countryRows,
  EVENT_TABLE,
  eventRows,
  hasUnitFilters,
  TABLE_KINDS,
  UNIT_TABLE,
  unitMatchesFilters,
  unitRows,
  type TableKind,
  type UnitFilters,
} from './table-rows'
import './table.css'

/**
 * The data as tables: countries, units and events, each searchable, sortable and exportable. The
 * accessible alternative to the map, the org chart and the timeline; a row's name selects the
 * record everywhere, as a click on the map or the chart does.
 */
export function TableView() {
  const state = useDataset()
  if (state.status === 'pending') return <Loading what="the tables" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  return <Tables data={state.data} />
}

const TITLE: Record<TableKind, string> = {
  countries: COUNTRY_TABLE.title,
  units: UNIT_TABLE.title,
  events: EVENT_TABLE.title,
}

const INITIAL_VIEWS: Record<TableKind, TableViewState> = {
  countries: { search: '', sort: COUNTRY_TABLE.defaultSort },
  units: { search: '', sort: UNIT_TABLE.defaultSort },
  events: { search: '', sort: EVENT_TABLE.defaultSort },
}

function Tables({ data }: { data: DatasetFiles }) {
  const id = useId()
  const asOf = useAppStore(selectAsOf)
  const selection = useAppStore(useShallow((s) => ({ country: s.country, unit: s.unit, event: s.event })))
  const selectCountry = useAppStore((s) => s.selectCountry)
  const selectUnit = useAppStore((s) => s.selectUnit)
  const selectEvent = useAppStore((s) => s.selectEvent)
  const unitFilters: UnitFilters = useAppStore(
    useShallow((s) => ({ wing: s.wing, nationality: s.nationality, status: s.status, query: s.query })),
  )
  const clearFilters = useAppStore((s) => s.clearFilters)

  const [active, setActive] = useState<TableKind>('countries')
  // Each tab keeps its own search and sort while another is shown.
  const [views, setViews] = useState(INITIAL_VIEWS)
  const tabs = useRef<Partial<Record<TableKind, HTMLButtonElement | null>>>({})

  const countries = useMemo(() => countryRows(data.countries, asOf), [data.countries, asOf])
  const allUnits = useMemo(() => unitRows(data.units, data.countries, asOf), [data, asOf])
  const unitFiltered = hasUnitFilters(unitFilters)
  const units = useMemo(
    () => (unitFiltered ? allUnits.filter((r) => unitMatchesFilters(r, unitFilters)) : allUnits),
    [allUnits, unitFilters, unitFiltered],
  )
  const events = useMemo(() => eventRows(data.events, data.countries, data.units), [data])

  const tabId = (kind: TableKind) => `${id}-tab-${kind}`
  const panelId = (kind: TableKind) => `${id}-panel-${kind}`
  const setView = (kind: TableKind) => (view: TableViewState) => setViews((v) => ({ ...v, [kind]: view }))
  const asOfText = formatIsoDate(asOf)

  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABLE_KINDS.indexOf(active)
    const n = TABLE_KINDS.length
    const next =
      event.key === 'ArrowRight'
        ? TABLE_KINDS[(i + 1) % n]
        : event.key === 'ArrowLeft'
          ? TABLE_KINDS[(i - 1 + n) % n]
          : event.key === 'Home'
            ? TABLE_KINDS[0]
            : event.key === 'End'
              ? TABLE_KINDS[n - 1]
              : undefined
    if (!next) return
    event.preventDefault()
    setActive(next)
    tabs.current[next]?.focus()
  }

  const panel = (kind: TableKind) => {
    switch (kind) {
      case 'countries':
        return (
          <DataTable
            spec={COUNTRY_TABLE}
            rows={countries}
            total={data.countries.length}
            view={views.countries}
            onViewChange={setView('countries')}
            selectedId={selection.country}
            onSelect={selectCountry}
            caption={`Countries in the source: legality and official stance as its table states them, with the number of reported figures and the sections they come from. Statements dated after the as-of date (${asOfText}) are marked.`}
            unitFiltersApply={false}
          />
        )
      case 'units':
        return (
          <DataTable
            spec={UNIT_TABLE}
            rows={units}
            total={data.units.length}
            view={views.units}
            onViewChange={setView('units')}
            selectedId={selection.unit}
            onSelect={selectUnit}
            caption={`Units and the structures above them, with their status as of ${asOfText}.`}
            unitFiltersApply={unitFiltered}
            notice={
              unitFiltered ? (
                <p className="data-table__notice">
                  <span>
                    Showing only units that match the unit filters:{' '}
                    {describeFilters({ ...unitFilters, q: unitFilters.query })}.
                  </span>{' '}
                  <button type="button" onClick={clearFilters}>
                    Clear unit filters
                  </button>
                </p>
              ) : null
            }
          />
        )
      case 'events':
        return (
          <DataTable
            spec={EVENT_TABLE}
            rows={events}
            total={data.events.length}
            view={views.events}
            onViewChange={setView('events')}
            selectedId={selection.event}
            onSelect={(id) => {
              // Like the timeline: choosing an event moves the as-of date to it.
              const date = data.events.find((e) => e.id === id)?.date
              selectEvent(id, asOfForEvent(date ?? null))
            }}
            caption="Events in the source, dated as precisely as the source dates them; a month or a year sorts at its first day."
            unitFiltersApply={false}
          />
        )
    }
  }

  return (
    <div className="table-view">
      <div role="tablist" aria-label="Data tables" className="table-tabs">
        {TABLE_KINDS.map((kind) => (
          <button
            key={kind}
            ref={(el) => {
              tabs.current[kind] = el
            }}
            type="button"
            role="tab"
            id={tabId(kind)}
            aria-selected={kind === active}
            aria-controls={panelId(kind)}
            tabIndex={kind === active ? 0 : -1}
            className="table-tabs__tab"
            onClick={() => setActive(kind)}
            onKeyDown={onTabKeyDown}
          >
            {TITLE[kind]}
          </button>
        ))}
      </div>
      {TABLE_KINDS.map((kind) => (
        <div
          key={kind}
          role="tabpanel"
          id={panelId(kind)}
          aria-labelledby={tabId(kind)}
          hidden={kind !== active}
          className="table-view__panel"
        >
          {kind === active && panel(kind)}
        </div>
      ))}
    </div>
  )
}
