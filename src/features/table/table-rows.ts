/**
 * The rows and columns of the three data tables (countries, units, events), and the search, sort and
 * unit filters applied to them. Pure functions over the data and an "as of" date; no DOM.
 *
 * Data chain: records -> *Row (one per record, with the words each column shows) -> filtered by
 * the search box (and, for units, the app's unit filters) -> sorted -> rendered or exported.
 */
import {
  EVENT_KINDS,
  LEGALITIES,
  STANCES,
  WINGS,
  type Conflict,
  type Country,
  type LegionEvent,
  type SourceRef,
  type Unit,
  type Wing,
} from '../../data/schema'
import { statusAt, statusText, type UnitPresence } from '../../model/unit-status'
import { EVENT_KIND_LABEL, LEGALITY_LABEL, STANCE_LABEL, WING_LABEL } from '../../model/vocabulary'
import { formatSourceDate, hasBegunBy, periodStart } from '../../lib/dates'
import type { IsoDate, UnitStatus } from '../../model/types'
import type { ExportTable } from '../export/table-export'

export const TABLE_KINDS = ['countries', 'units', 'events'] as const
export type TableKind = (typeof TABLE_KINDS)[number]

export type SortDirection = 'ascending' | 'descending'
export interface SortState {
  column: string
  direction: SortDirection
}

type SortValue = string | number | null

export interface TableColumn<R> {
  key: string
  label: string
  /** The cell in words: what the cell says, what the search looks in, what the exports write. */
  text: (row: R) => string
  /** What the column sorts by; null sorts last in both directions. */
  sortValue: (row: R) => SortValue
  /** Cells the view draws as more than text: the row's select button, the conflicts badge. */
  render?: 'name' | 'conflicts'
}

interface RowBase {
  /** iso3, unit id or event id */
  id: string
  /** the words on the row's select button */
  name: string
  sources: SourceRef[]
  conflicts: Conflict[]
}

export interface CountryRow extends RowBase {
  country: Country
  /** the statement is dated after the as-of date (the map shows "not yet stated") */
  statedLater: boolean
}

export interface UnitRow extends RowBase {
  unit: Unit
  parentName: string | null
  nationalityNames: string[]
  status: UnitPresence
  statusText: string
}

export interface EventRow extends RowBase {
  event: LegionEvent
  countryNames: string[]
  unitNames: string[]
}

export type TableRow = CountryRow | UnitRow | EventRow

export interface TableSpec<R> {
  kind: TableKind
  /** "Countries" — the tab's name */
  title: string
  /** "countries", for "Search countries" and "No countries match" */
  noun: string
  columns: TableColumn<R>[]
  defaultSort: SortState
}

// ---------------------------------------------------------------------------------------------
// Unit status: the same rules as the org chart's, from one shared module.

export { statusAt as unitStatusAt } from '../../model/unit-status'

const STATUS_ORDER: Record<UnitPresence, number> = { active: 0, disbanded: 1, merged: 2, 'not-yet': 3 }

// ---------------------------------------------------------------------------------------------
// Rows

/** Sections the record's quotes come from, each once, in the record's order. */
export function sectionsOf(sources: readonly SourceRef[]): string[] {
  return [...new Set(sources.map((s) => s.section))]
}

export function countryRows(countries: readonly Country[], asOf: IsoDate): CountryRow[] {
  return countries.map((country) => ({
    id: country.iso3,
    name: country.name,
    sources: country.sources,
    conflicts: country.conflicts,
    country,
    statedLater: country.statedOn !== null && !hasBegunBy(country.statedOn, asOf),
  }))
}

export function unitRows(units: readonly Unit[], countries: readonly Country[], asOf: IsoDate): UnitRow[] {
  const unitName = new Map(units.map((u) => [u.id, u.name]))
  const countryName = new Map(countries.map((c) => [c.iso3, c.name]))
  const nameOf = (id: string) => unitName.get(id) ?? id
  return units.map((unit) => ({
    id: unit.id,
    name: unit.name,
    sources: unit.sources,
    conflicts: unit.conflicts,
    unit,
    parentName: unit.parent ? nameOf(unit.parent) : null,
    nationalityNames: [
      ...unit.nationalities.iso3.map((iso3) => countryName.get(iso3) ?? iso3),
      ...unit.nationalities.peoples,
    ],
    status: statusAt(unit, asOf),
    statusText: statusText(unit, asOf, nameOf),
  }))
}

export function eventRows(
  events: readonly LegionEvent[],
  countries: readonly Country[],
  units: readonly Unit[],
): EventRow[] {
  const countryName = new Map(countries.map((c) => [c.iso3, c.name]))
  const unitName = new Map(units.map((u) => [u.id, u.name]))
  return events.map((event) => ({
    id: event.id,
    name: event.title,
    sources: event.sources,
    conflicts: event.conflicts,
    event,
    countryNames: event.countries.map((iso3) => countryName.get(iso3) ?? iso3),
    unitNames: event.units.map((id) => unitName.get(id) ?? id),
  }))
}

// ---------------------------------------------------------------------------------------------
// Columns

const indexOr = <T>(list: readonly T[], value: T | null): number | null =>
  value === null ? null : list.indexOf(value)

/** "Conflicting claims (2)", or "" when the source does not contradict itself. */
export function conflictsText(conflicts: readonly Conflict[]): string {
  if (!conflicts.length) return ''
  return conflicts.length === 1 ? 'Conflicting claims' : `Conflicting claims (${conflicts.length})`
}

function conflictsColumn<R extends RowBase>(): TableColumn<R> {
  return {
    key: 'conflicts',
    label: 'Conflicts',
    text: (r) => conflictsText(r.conflicts),
    sortValue: (r) => (r.conflicts.length ? r.conflicts.length : null),
    render: 'conflicts',
  }
}

const NO_ROW = 'no stance recorded'

export const COUNTRY_TABLE: TableSpec<CountryRow> = {
  kind: 'countries',
  title: 'Countries',
  noun: 'countries',
  defaultSort: { column: 'name', direction: 'ascending' },
  columns: [
    { key: 'name', label: 'Country', text: (r) => r.name, sortValue: (r) => r.name, render: 'name' },
    {
      key: 'legality',
      label: 'Legality',
      text: (r) => (r.country.legality ? LEGALITY_LABEL[r.country.legality] : NO_ROW),
      sortValue: (r) => indexOr(LEGALITIES, r.country.legality),
    },
    {
      key: 'stance',
      label: 'Official stance',
      text: (r) => (r.country.stance ? STANCE_LABEL[r.country.stance] : NO_ROW),
      sortValue: (r) => indexOr(STANCES, r.country.stance),
    },
    {
      key: 'stated',
      label: 'Statement date',
      text: (r) =>
        r.country.statedOn
          ? `${formatSourceDate(r.country.statedOn)}${r.statedLater ? ' (after the as-of date)' : ''}`
          : 'not stated',
      sortValue: (r) => (r.country.statedOn ? periodStart(r.country.statedOn) : null),
    },
    {
      key: 'figures',
      label: 'Figures',
      text: (r) => String(r.country.facts.length),
      sortValue: (r) => r.country.facts.length,
    },
    conflictsColumn(),
    {
      key: 'sections',
      label: 'Section',
      text: (r) => sectionsOf(r.sources).join('; '),
      sortValue: (r) => r.sources[0]?.section ?? null,
    },
  ],
}

export const UNIT_TABLE: TableSpec<UnitRow> = {
  kind: 'units',
  title: 'Units',
  noun: 'units',
  defaultSort: { column: 'name', direction: 'ascending' },
  columns: [
    {
      key: 'name',
      label: 'Unit',
      text: (r) => (r.unit.nameLost ? `${r.name} (name lost)` : r.name),
      sortValue: (r) => r.name,
      render: 'name',
    },
    {
      key: 'wing',
      label: 'Wing',
      text: (r) => (r.unit.wing ? WING_LABEL[r.unit.wing] : 'Chain of command'),
      // The chain of command (no wing) sorts before the wings.
      sortValue: (r) => (r.unit.wing ? WINGS.indexOf(r.unit.wing) + 1 : 0),
    },
    {
      key: 'parent',
      label: 'Part of',
      text: (r) => r.parentName ?? (r.unit.wing === 'related' ? 'not placed by the source' : '—'),
      sortValue: (r) => r.parentName,
    },
    {
      key: 'nationalities',
      label: 'Nationalities',
      text: (r) => (r.nationalityNames.length ? r.nationalityNames.join(', ') : 'not stated'),
      sortValue: (r) => (r.nationalityNames.length ? r.nationalityNames.join(', ') : null),
    },
    {
      key: 'formed',
      label: 'Formed',
      text: (r) => (r.unit.formed ? formatSourceDate(r.unit.formed) : 'unknown'),
      sortValue: (r) => (r.unit.formed ? periodStart(r.unit.formed) : null),
    },
    {
      key: 'status',
      label: 'Status',
      text: (r) => r.statusText,
      sortValue: (r) => STATUS_ORDER[r.status],
    },
    conflictsColumn(),
  ],
}

export const EVENT_TABLE: TableSpec<EventRow> = {
  kind: 'events',
  title: 'Events',
  noun: 'events',
  defaultSort: { column: 'date', direction: 'ascending' },
  columns: [
    {
      key: 'date',
      label: 'Date',
      text: (r) => (r.event.date ? formatSourceDate(r.event.date) : 'undated'),
      // A month or a year sorts at its first day, so "March 2022" comes before "7 March 2022".
      sortValue: (r) => (r.event.date ? periodStart(r.event.date) : null),
    },
    {
      key: 'kind',
      label: 'Kind',
      text: (r) => EVENT_KIND_LABEL[r.event.kind],
      sortValue: (r) => EVENT_KINDS.indexOf(r.event.kind),
    },
    { key: 'title', label: 'Event', text: (r) => r.name, sortValue: (r) => r.name, render: 'name' },
    {
      key: 'countries',
      label: 'Countries',
      text: (r) => r.countryNames.join(', '),
      sortValue: (r) => (r.countryNames.length ? r.countryNames.join(', ') : null),
    },
    {
      key: 'units',
      label: 'Units',
      text: (r) => r.unitNames.join(', '),
      sortValue: (r) => (r.unitNames.length ? r.unitNames.join(', ') : null),
    },
    conflictsColumn(),
  ],
}

// ---------------------------------------------------------------------------------------------
// Search, filters, sort

/** Lower case without diacritics, so "kastus" finds "Kastuś". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * The rows whose cells contain every word of the query (case and accents ignored), in their
 * order. The id counts too, so "POL" finds Poland.
 */
export function searchRows<R extends RowBase>(
  rows: readonly R[],
  columns: readonly TableColumn<R>[],
  query: string,
): R[] {
  const words = foldText(query).split(/\s+/).filter(Boolean)
  if (!words.length) return [...rows]
  return rows.filter((row) => {
    const haystack = foldText([row.id, ...columns.map((c) => c.text(row))].join(' '))
    return words.every((w) => haystack.includes(w))
  })
}

/** The app's unit filters (the store's `wing`, `nationality`, `status` and `query`). */
export interface UnitFilters {
  wing: Wing | null
  nationality: string | null
  status: UnitStatus | null
  query: string
}

export function hasUnitFilters(f: UnitFilters): boolean {
  return f.wing !== null || f.nationality !== null || f.status !== null || f.query.trim() !== ''
}

/** Whether a unit row answers every unit filter; the query looks in the name and description. */
export function unitMatchesFilters(row: UnitRow, f: UnitFilters): boolean {
  if (f.wing && row.unit.wing !== f.wing) return false
  if (f.status && row.status !== f.status) return false
  const n = f.nationality
  if (n && !row.unit.nationalities.iso3.includes(n) && !row.unit.nationalities.peoples.includes(n))
    return false
  const words = foldText(f.query).split(/\s+/).filter(Boolean)
  if (words.length) {
    const haystack = foldText(`${row.unit.name} ${row.unit.description}`)
    if (!words.every((w) => haystack.includes(w))) return false
  }
  return true
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return collator.compare(String(a), String(b))
}

/**
 * The rows sorted by a column. Rows without a value (null) go last in both directions; ties keep
 * their order, so a second click reverses only what differs.
 */
export function sortRows<R>(rows: readonly R[], columns: readonly TableColumn<R>[], sort: SortState): R[] {
  const column = columns.find((c) => c.key === sort.column)
  if (!column) return [...rows]
  const sign = sort.direction === 'ascending' ? 1 : -1
  const keyed = rows.map((row) => ({ row, value: column.sortValue(row) }))
  keyed.sort((x, y) => {
    if (x.value === null || y.value === null) return x.value === y.value ? 0 : x.value === null ? 1 : -1
    return sign * compareValues(x.value, y.value)
  })
  return keyed.map((k) => k.row)
}

/** The next sort after a click on a column's header: a new column sorts ascending, the same one flips. */
export function nextSort(current: SortState, column: string): SortState {
  if (current.column !== column) return { column, direction: 'ascending' }
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
}

// ---------------------------------------------------------------------------------------------
// Export

/**
 * The table as the exports take it: the columns in words (the conflicts badge becomes the
 * exports' own "conflicting claims" column, with every claim and quote) and the rows as shown.
 */
export function toExportTable<R extends TableRow>(
  spec: TableSpec<R>,
  rows: readonly R[],
  view: { search: string; sort: SortState },
  total: number,
  unitFiltersApply: boolean,
): ExportTable {
  const columns = spec.columns.filter((c) => c.render !== 'conflicts')
  return {
    kind: spec.kind,
    title: spec.title,
    columns: columns.map((c) => ({ key: c.key, label: c.label })),
    rows: rows.map((row) => ({
      id: row.id,
      cells: Object.fromEntries(columns.map((c) => [c.key, c.text(row)])),
      sources: row.sources,
      conflicts: row.conflicts,
    })),
    search: view.search,
    sort: view.sort,
    total,
    unitFiltersApply,
  }
}
