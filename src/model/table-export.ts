/**
 * The current table as CSV (RFC 4180): one row per record, the cells in the words the table shows,
 * each date with its machine-readable columns beside it (see export-dates.ts), and the sections
 * and quotes each row comes from. Pure functions: they take the table exactly as the user sees it
 * (the active tab's rows after search and sort) and return the file's text.
 *
 * The state of the app (as-of date, filters, citation, date rules) is not repeated on the rows: it
 * is written once, in the metadata (export-files.ts).
 */
import type { FullConflict, SourceRef } from '../data/schema'
import { dateColumns, EXPORT_DATE_FIELDS, isoDateCells, type ExportRecord } from './export-dates'
import type { ExportColumn } from './export-meta'
import { FIGURE_COLUMNS, figureRecords } from './figures-export'
import type { IsoDate } from './types'

export type { ExportColumn } from './export-meta'

export interface ExportRow {
  /** iso3, unit id, event id or person id */
  id: string
  /** the cells in words, by column key */
  cells: Record<string, string>
  /** the sections and quotes the record comes from */
  sources: readonly SourceRef[]
  conflicts: readonly FullConflict[]
  /** the record itself, for its dates and (countries) its figures; without it those cells are empty */
  record?: ExportRecord
}

/** A table as the user sees it. Column keys must not be "id", "sources" or "conflicts". */
export interface ExportTable {
  kind: 'countries' | 'units' | 'events' | 'people'
  /** "Countries" */
  title: string
  columns: readonly ExportColumn[]
  rows: readonly ExportRow[]
  /** the table's own search text */
  search: string
  sort: { column: string; direction: 'ascending' | 'descending' } | null
  /** how many rows the table has before any search or filter */
  total: number
  /** whether the app's unit filters (wing, nationality, status, q) narrowed these rows */
  unitFiltersApply: boolean
}

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * One CSV field. A field holding a comma, a double quote, CR or LF is quoted and its quotes
 * doubled (RFC 4180). A field that a spreadsheet would run as a formula (it starts with =, +, -,
 * @, tab or CR) gets a leading apostrophe, so opening the file never executes data.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Records as CSV text: fields joined by commas, every record ended by CRLF. */
export function toCsv(records: readonly (readonly string[])[]): string {
  return records.map((fields) => fields.map(csvField).join(',') + '\r\n').join('')
}

/** Each claim with the passage it comes from, one conflict a line. */
export function conflictsInWords(conflicts: readonly FullConflict[]): string {
  return conflicts
    .map((c) => {
      const claims = c.claims
        .map((cl) => `${cl.claim} [${cl.source.section}: “${cl.source.quote}”]`)
        .join(' / ')
      return `On ${c.about}: ${claims}${c.note ? ` (${c.note})` : ''}`
    })
    .join('\n')
}

const ID_COLUMN: ExportColumn = {
  key: 'id',
  label: 'Id',
  description: 'the record’s id: ISO 3166-1 alpha-3 for a country, else the unit’s, event’s or person’s id',
}

/** The trailing columns: where each row comes from. Sections and quotes pair up line by line. */
export const CSV_SOURCE_COLUMNS: readonly ExportColumn[] = [
  { key: 'section', label: 'Sections', description: 'the article’s section of each quote, one a line' },
  {
    key: 'quote',
    label: 'Quotes',
    description: 'the exact passages of the source the row comes from, one a line, in the order of section',
  },
  {
    key: 'conflicting_claims',
    label: 'Conflicting claims',
    description: 'where the source contradicts itself: each claim with its section and quote',
  },
]

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * The file's columns, in order: the id, the table's columns with each date's four ISO columns
 * after the date in words (a date the table shows inside another column, such as a unit's
 * disbandment in its status, after that column), then the sources.
 */
export function tableColumns(table: ExportTable): ExportColumn[] {
  const fields = EXPORT_DATE_FIELDS[table.kind]
  const keys = new Set(table.columns.map((c) => c.key))
  const datesAfter = (key: string | null) =>
    fields
      .filter((f) => (key === null ? !keys.has(f.after) : f.after === key))
      .flatMap((f) => dateColumns(f.key, capitalized(f.key), f.what))
  return [
    ID_COLUMN,
    ...table.columns.flatMap((c) => [{ key: c.key, label: c.label }, ...datesAfter(c.key)]),
    ...datesAfter(null),
    ...CSV_SOURCE_COLUMNS,
  ]
}

/** The row's date cells, by column key: `stated_start`, `stated_end`, … */
export function dateCellsOf(kind: ExportTable['kind'], row: ExportRow): Record<string, string> {
  const cells: Record<string, string> = {}
  for (const field of EXPORT_DATE_FIELDS[kind]) {
    const date = isoDateCells(row.record ? field.of(row.record) : undefined)
    for (const [suffix, value] of Object.entries(date)) cells[`${field.key}_${suffix}`] = value
  }
  return cells
}

/** The rows as records of text, by column key, in the table's order. */
export function tableRecords(table: ExportTable): Record<string, string>[] {
  return table.rows.map((row) => ({
    ...row.cells,
    ...dateCellsOf(table.kind, row),
    id: row.id,
    section: row.sources.map((s) => s.section).join('\n'),
    quote: row.sources.map((s) => s.quote).join('\n'),
    conflicting_claims: conflictsInWords(row.conflicts),
  }))
}

/** Records under a header row of their columns' keys. */
function recordsToCsv(columns: readonly ExportColumn[], records: readonly Record<string, string>[]): string {
  return toCsv([columns.map((c) => c.key), ...records.map((r) => columns.map((c) => r[c.key] ?? ''))])
}

/** The table as CSV: a header row of column keys, then one row per record. */
export function tableToCsv(table: ExportTable): string {
  return recordsToCsv(tableColumns(table), tableRecords(table))
}

/** The figures of the countries the table shows, one row per figure (countries table only). */
export function figuresToCsv(table: ExportTable, asOf: IsoDate): string {
  return recordsToCsv(FIGURE_COLUMNS, figureRecords(table, asOf))
}
