/**
 * The current table as CSV (RFC 4180) and JSON. Pure functions: they take the table exactly as the
 * user sees it (the active tab's rows after search and sort, each cell in words) and the state of
 * the app, and return the file's text.
 *
 * CSV has no standard place for metadata, so the as-of date, the filters and the citation are
 * leading columns repeated on every row; JSON holds them once, as fields.
 */
import type { Conflict, SourceRef } from '../data/schema'
import { SOURCE_CITATION, type ExportContext } from './export-meta'

export interface ExportColumn {
  /** the CSV header and the JSON field, e.g. "legality" */
  key: string
  /** the column's heading in the table, e.g. "Legality" */
  label: string
}

export interface ExportRow {
  /** iso3, unit id or event id */
  id: string
  /** the cells in words, by column key */
  cells: Record<string, string>
  /** the sections and quotes the record comes from */
  sources: readonly SourceRef[]
  conflicts: readonly Conflict[]
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
export function conflictsInWords(conflicts: readonly Conflict[]): string {
  return conflicts
    .map((c) => {
      const claims = c.claims
        .map((cl) => `${cl.claim} [${cl.source.section}: “${cl.source.quote}”]`)
        .join(' / ')
      return `On ${c.about}: ${claims}${c.note ? ` (${c.note})` : ''}`
    })
    .join('\n')
}

/** The leading columns: the state of the app the export was taken in, the same on every row. */
export const CSV_META_COLUMNS = [
  'as_of',
  'unit_filter_wing',
  'unit_filter_nationality',
  'unit_filter_status',
  'unit_filter_q',
  'table_search',
  'citation',
] as const

/** The trailing columns: where each row comes from. Sections and quotes pair up line by line. */
export const CSV_SOURCE_COLUMNS = ['section', 'quote', 'conflicting_claims'] as const

export function tableToCsv(table: ExportTable, ctx: ExportContext): string {
  const f = ctx.filters
  const meta = [
    ctx.asOf,
    f.wing ?? '',
    f.nationality ?? '',
    f.status ?? '',
    f.query,
    table.search,
    SOURCE_CITATION,
  ]
  const header = [...CSV_META_COLUMNS, 'id', ...table.columns.map((c) => c.key), ...CSV_SOURCE_COLUMNS]
  const records = table.rows.map((row) => [
    ...meta,
    row.id,
    ...table.columns.map((c) => row.cells[c.key] ?? ''),
    row.sources.map((s) => s.section).join('\n'),
    row.sources.map((s) => s.quote).join('\n'),
    conflictsInWords(row.conflicts),
  ])
  return toCsv([header, ...records])
}

// ---------------------------------------------------------------------------------------------
// JSON

export interface TableJson {
  title: string
  table: ExportTable['kind']
  asOf: string
  filters: {
    wing: string | null
    nationality: string | null
    status: string | null
    q: string
    search: string
  }
  /** which of `filters` narrowed the rows */
  filtersApplied: string[]
  sort: ExportTable['sort']
  citation: string
  columns: ExportColumn[]
  rowCount: number
  totalRows: number
  rows: Array<Record<string, unknown> & { id: string; sources: SourceRef[]; conflicts: Conflict[] }>
}

export function tableToJsonValue(table: ExportTable, ctx: ExportContext): TableJson {
  return {
    title: `Legion Atlas: ${table.title}`,
    table: table.kind,
    asOf: ctx.asOf,
    filters: {
      wing: ctx.filters.wing,
      nationality: ctx.filters.nationality,
      status: ctx.filters.status,
      q: ctx.filters.query,
      search: table.search,
    },
    filtersApplied: table.unitFiltersApply ? ['wing', 'nationality', 'status', 'q', 'search'] : ['search'],
    sort: table.sort,
    citation: SOURCE_CITATION,
    columns: table.columns.map((c) => ({ key: c.key, label: c.label })),
    rowCount: table.rows.length,
    totalRows: table.total,
    rows: table.rows.map((row) => ({
      id: row.id,
      ...row.cells,
      sources: [...row.sources],
      conflicts: [...row.conflicts],
    })),
  }
}

export function tableToJson(table: ExportTable, ctx: ExportContext): string {
  return JSON.stringify(tableToJsonValue(table, ctx), null, 2) + '\n'
}
