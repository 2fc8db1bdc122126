import { useId, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { DataErrorBox } from '../../components/DataErrorBox'
import { TabList, tabId, tabPanelId } from '../../components/Tabs'
import { Loading } from '../../components/Loading'
import { useFullAtlas } from '../../data/use-atlas'
import { formatIsoDate } from '../../lib/dates'
import type { FullAtlas } from '../../model/atlas'
import { describeFilters } from '../../model/export-meta'
import { hasFilters } from '../../model/types'
import { selectUnits } from '../../model/unit-selection'
import { notYetFormedText, unitMatchText } from '../../model/vocabulary'
import { useAppStore } from '../../store/app-store'
import { selectAsOf, selectUnitFilters } from '../../store/selectors'
import { DataTable, type TableViewState } from './DataTable'
import {
  COUNTRY_TABLE,
  EVENT_TABLE,
  TABLE_KINDS,
  UNIT_TABLE,
  type SortState,
  type TableKind,
} from './table-columns'
import { PEOPLE_TABLE } from './people-columns'
import { PeopleTable } from './PeopleTable'
import { countryRows, eventRows, unitRows } from './table-rows'
import './table.css'

/**
 * The data as tables: countries, units and events, each searchable, sortable and exportable. The
 * accessible alternative to the map, the org chart and the timeline; a row's name selects the
 * record everywhere, as a click on the map or the chart does.
 */
export function TableView() {
  const state = useFullAtlas()
  if (state.status === 'pending') return <Loading what="the tables" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  return <Tables atlas={state.data} />
}

const TITLE: Record<TableKind, string> = {
  countries: COUNTRY_TABLE.title,
  units: UNIT_TABLE.title,
  events: EVENT_TABLE.title,
  people: PEOPLE_TABLE.title,
}

const INITIAL_SORTS: Record<TableKind, SortState> = {
  countries: COUNTRY_TABLE.defaultSort,
  units: UNIT_TABLE.defaultSort,
  events: EVENT_TABLE.defaultSort,
  people: PEOPLE_TABLE.defaultSort,
}

const TABS = TABLE_KINDS.map((key) => ({ key, label: TITLE[key] }))

function Tables({ atlas }: { atlas: FullAtlas }) {
  const id = useId()
  const asOf = useAppStore(selectAsOf)
  const selected = useAppStore(useShallow((s) => ({ country: s.country, unit: s.unit, event: s.event })))
  const selectCountry = useAppStore((s) => s.selectCountry)
  const selectUnit = useAppStore((s) => s.selectUnit)
  const selectEvent = useAppStore((s) => s.selectEvent)
  const unitFilters = useAppStore(useShallow(selectUnitFilters))
  const clearFilters = useAppStore((s) => s.clearFilters)

  // The open tab and its search are choices a link carries (the store); the sort stays here.
  const active = useAppStore((s) => s.tableTab)
  const setActive = useAppStore((s) => s.setTableTab)
  const search = useAppStore((s) => s.tableSearch)
  const setSearch = useAppStore((s) => s.setTableSearch)
  const [sorts, setSorts] = useState(INITIAL_SORTS)

  const countries = useMemo(() => countryRows(atlas, asOf), [atlas, asOf])
  // The org chart's units for the same filters and date, then those not yet formed.
  const selection = selectUnits(atlas, unitFilters, asOf)
  const units = useMemo(() => unitRows(atlas, selection), [atlas, selection])
  const unitFiltered = hasFilters(unitFilters)
  const events = useMemo(() => eventRows(atlas), [atlas])

  const views = { [active]: { search, sort: sorts[active] } } as Record<TableKind, TableViewState>
  const setView = (kind: TableKind) => (view: TableViewState) => {
    setSearch(view.search)
    setSorts((all) => ({ ...all, [kind]: view.sort }))
  }
  const asOfText = formatIsoDate(asOf)

  const panel = (kind: TableKind) => {
    switch (kind) {
      case 'countries':
        return (
          <DataTable
            spec={COUNTRY_TABLE}
            rows={countries}
            total={atlas.countries.length}
            view={views.countries}
            onViewChange={setView('countries')}
            selectedId={selected.country}
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
            total={units.length}
            view={views.units}
            onViewChange={setView('units')}
            selectedId={selected.unit}
            onSelect={selectUnit}
            caption={`Units in the structure on ${asOfText} that answer the unit filters, as the org chart shows them, then those not yet formed; each with its status on that date.`}
            unitFiltersApply={unitFiltered}
            notice={
              <p className="data-table__notice" data-testid="unit-count">
                <span>
                  {unitMatchText(selection.matches.length, selection.present)} on {asOfText}
                  {selection.notYet.length > 0 &&
                    ` · ${notYetFormedText(selection.notYet.length)}, listed with that status`}
                  {unitFiltered && `. Unit filters: ${describeFilters(unitFilters)}.`}
                </span>{' '}
                {unitFiltered && (
                  <button type="button" onClick={clearFilters}>
                    Clear unit filters
                  </button>
                )}
              </p>
            }
          />
        )
      case 'events':
        return (
          <DataTable
            spec={EVENT_TABLE}
            rows={events}
            total={atlas.events.length}
            view={views.events}
            onViewChange={setView('events')}
            selectedId={selected.event}
            onSelect={(id) => selectEvent(atlas.event(id) ?? null)}
            caption="Events in the source, dated as precisely as the source dates them; a month or a year sorts at its first day."
            unitFiltersApply={false}
          />
        )
      case 'people':
        return <PeopleTable view={views.people} onViewChange={setView('people')} />
    }
  }

  return (
    <div className="table-view">
      <TabList
        label="Data tables"
        idPrefix={id}
        tabs={TABS}
        selected={active}
        onSelect={setActive}
        className="table-tabs"
      />
      <div
        role="tabpanel"
        id={tabPanelId(id, active)}
        aria-labelledby={tabId(id, active)}
        className="table-view__panel"
      >
        {panel(active)}
      </div>
    </div>
  )
}
