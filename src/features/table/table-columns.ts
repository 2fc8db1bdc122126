/**
 * The tables' columns: what each cell says (the same words the view shows, the search looks in and
 * the exports write) and what it sorts by. Pure; no DOM.
 */
import {
  EVENT_KINDS,
  LEGALITIES,
  STANCES,
  WINGS,
  type FullConflict,
  type FullCountry,
  type FullEvent,
  type Person,
  type SourceRef,
  type FullUnit,
} from '../../data/schema'
import { formatSourceDate, periodStart } from '../../lib/dates'
import type { UnitPresence } from '../../model/unit-status'
import {
  EVENT_KIND_LABEL,
  LEGALITY_LABEL,
  NO_STANCE_RECORDED,
  STANCE_LABEL,
  WING_LABEL,
} from '../../model/vocabulary'

import type { TableKind } from '../../store/table-slice'
export { TABLE_KINDS, type TableKind } from '../../store/table-slice'

export type SortDirection = 'ascending' | 'descending'
export interface SortState {
  column: string
  direction: SortDirection
}

export type SortValue = string | number | null

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

export interface RowBase {
  /** iso3, unit id or event id */
  id: string
  /** the words on the row's select button */
  name: string
  sources: SourceRef[]
  conflicts: FullConflict[]
}

export interface CountryRow extends RowBase {
  country: FullCountry
  /** the statement is dated after the as-of date (the map shows "not yet stated") */
  statedLater: boolean
}

export interface UnitRow extends RowBase {
  unit: FullUnit
  parentName: string | null
  nationalityNames: string[]
  status: UnitPresence
  statusText: string
}

export interface EventRow extends RowBase {
  event: FullEvent
  countryNames: string[]
  unitNames: string[]
}

export interface PersonRow extends RowBase {
  person: Person
  nationalityNames: string[]
  unitNames: string[]
  /** "killed, 19 April 2023; captured, …" */
  factsText: string
  /** where a click on the name goes: the person's country, else unit, else event; null for none */
  goTo: { kind: 'country' | 'unit' | 'event'; id: string } | null
}

export type TableRow = CountryRow | UnitRow | EventRow | PersonRow

export interface TableSpec<R> {
  kind: TableKind
  /** "Countries" — the tab's name */
  title: string
  /** "countries", for "Search countries" and "No countries match" */
  noun: string
  columns: TableColumn<R>[]
  defaultSort: SortState
}

const STATUS_ORDER: Record<UnitPresence, number> = {
  active: 0,
  'disbandment-planned': 1,
  disbanded: 2,
  merged: 3,
  'not-yet': 4,
}

/** Sections the record's quotes come from, each once, in the record's order. */
export function sectionsOf(sources: readonly SourceRef[]): string[] {
  return [...new Set(sources.map((s) => s.section))]
}

// ---------------------------------------------------------------------------------------------
// Columns

const indexOr = <T>(list: readonly T[], value: T | null): number | null =>
  value === null ? null : list.indexOf(value)

/** "Conflicting claims (2)", or "" when the source does not contradict itself. */
export function conflictsText(conflicts: readonly FullConflict[]): string {
  if (!conflicts.length) return ''
  return conflicts.length === 1 ? 'Conflicting claims' : `Conflicting claims (${conflicts.length})`
}

/**
 * A column of names joined by commas: `empty` where there are none (the words a person reads), and
 * sorted last then.
 */
export function listColumn<R>(
  key: string,
  label: string,
  names: (row: R) => readonly string[],
  empty = '',
): TableColumn<R> {
  return {
    key,
    label,
    text: (r) => names(r).join(', ') || empty,
    sortValue: (r) => names(r).join(', ') || null,
  }
}

export function conflictsColumn<R extends RowBase>(): TableColumn<R> {
  return {
    key: 'conflicts',
    label: 'Conflicts',
    text: (r) => conflictsText(r.conflicts),
    sortValue: (r) => (r.conflicts.length ? r.conflicts.length : null),
    render: 'conflicts',
  }
}

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
      text: (r) => (r.country.legality ? LEGALITY_LABEL[r.country.legality] : NO_STANCE_RECORDED),
      sortValue: (r) => indexOr(LEGALITIES, r.country.legality),
    },
    {
      key: 'stance',
      label: 'Official stance',
      text: (r) => (r.country.stance ? STANCE_LABEL[r.country.stance] : NO_STANCE_RECORDED),
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
    listColumn('nationalities', 'Nationalities', (r) => r.nationalityNames, 'not stated'),
    {
      key: 'formed',
      label: 'Formed',
      text: (r) => (r.unit.formed ? formatSourceDate(r.unit.formed) : 'not stated'),
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
    listColumn('countries', 'Countries', (r) => r.countryNames),
    listColumn('units', 'Units', (r) => r.unitNames),
    conflictsColumn(),
  ],
}
