/**
 * The rows of the three data tables (countries, units, events), and the search and sort applied to
 * them. Units come from the model's selection, so the units table holds the org chart's units for
 * the same filters and date (and, said in its count line, the ones not yet formed).
 *
 * Data chain: atlas + choices -> *Row (one per record) -> searched -> sorted -> rendered or exported.
 */
import { formatSourceDate, hasBegunBy } from '../../lib/dates'
import { NAME_LOST_LABEL, PERSON_FACT_LABEL } from '../../model/vocabulary'
import type { FullAtlas } from '../../model/atlas'
import type { ExportTable } from '../../model/table-export'
import { foldText, queryWords } from '../../model/text'
import type { IsoDate } from '../../model/types'
import type { UnitSelection } from '../../model/unit-selection'
import { statusText } from '../../model/unit-status'
import type {
  CountryRow,
  EventRow,
  PersonRow,
  RowBase,
  SortState,
  SortValue,
  TableColumn,
  TableRow,
  TableSpec,
  UnitRow,
} from './table-columns'

export function countryRows(atlas: FullAtlas, asOf: IsoDate): CountryRow[] {
  return atlas.countries.map((country) => ({
    id: country.iso3,
    name: country.name,
    sources: country.sources,
    conflicts: country.conflicts,
    country,
    statedLater: country.statedOn !== null && !hasBegunBy(country.statedOn, asOf),
  }))
}

/** The units of a selection: those that match at the date, then those not yet formed. */
export function unitRows(atlas: FullAtlas, selection: UnitSelection): UnitRow[] {
  // The selection's units are the atlas's own: their records with quotes are the atlas's.
  const quoted = [...selection.matches, ...selection.notYet].flatMap((u) => atlas.unit(u.id) ?? [])
  return quoted.map((unit) => ({
    id: unit.id,
    name: unit.name,
    sources: unit.sources,
    conflicts: unit.conflicts,
    unit,
    parentName: unit.parent ? atlas.unitName(unit.parent) : null,
    nationalityNames: [...unit.nationalities.iso3.map(atlas.countryName), ...unit.nationalities.peoples],
    status: selection.state.get(unit.id)!,
    statusText: statusText(atlas, unit, selection.asOf),
  }))
}

export function personRows(atlas: FullAtlas): PersonRow[] {
  return atlas.people.map((person) => {
    const country = person.nationalities.find((iso3) => atlas.country(iso3))
    const goTo = country
      ? ({ kind: 'country', id: country } as const)
      : person.units[0]
        ? ({ kind: 'unit', id: person.units[0] } as const)
        : person.events[0]
          ? ({ kind: 'event', id: person.events[0] } as const)
          : null
    return {
      id: person.id,
      name: person.name ?? `${NAME_LOST_LABEL}: ${person.description}`,
      sources: person.sources,
      conflicts: person.conflicts,
      person,
      nationalityNames: person.nationalities.map(atlas.countryName),
      unitNames: person.units.map(atlas.unitName),
      factsText: person.facts
        .map((f) => `${PERSON_FACT_LABEL[f.kind]}, ${f.date ? formatSourceDate(f.date) : 'date not stated'}`)
        .join('; '),
      goTo,
    }
  })
}

export function eventRows(atlas: FullAtlas): EventRow[] {
  return atlas.events.map((event) => ({
    id: event.id,
    name: event.title,
    sources: event.sources,
    conflicts: event.conflicts,
    event,
    countryNames: event.countries.map(atlas.countryName),
    unitNames: event.units.map(atlas.unitName),
  }))
}

// ---------------------------------------------------------------------------------------------
// Search and sort

/**
 * The rows whose cells contain every word of the query (case and accents ignored), in their
 * order. The id counts too, so "POL" finds Poland.
 */
export function searchRows<R extends RowBase>(
  rows: readonly R[],
  columns: readonly TableColumn<R>[],
  query: string,
): R[] {
  const words = queryWords(query)
  if (!words.length) return [...rows]
  return rows.filter((row) => {
    const haystack = foldText([row.id, ...columns.map((c) => c.text(row))].join(' '))
    return words.every((w) => haystack.includes(w))
  })
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
 * exports' own "conflicting claims" column, with every claim and quote) and the rows as shown,
 * each with its record (the exports' ISO date columns and figures read it).
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
      record: row,
    })),
    search: view.search,
    sort: view.sort,
    total,
    unitFiltersApply,
  }
}
