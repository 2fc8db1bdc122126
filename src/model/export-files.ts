/**
 * What a table export holds, as files: the table's CSV (and, for countries, the figures CSV), one
 * metadata block with the as-of date, the filters, the citation, the date rules and every column,
 * and a short README. The ZIP holds them all, as Our World in Data ships its downloads; the JSON
 * export holds the same metadata block once and the same records. Pure.
 */
import { formatIsoDate } from '../lib/dates'
import { DATE_RULES } from './export-dates'
import { describeFilters, SOURCE_CITATION, type ExportColumn, type ExportContext } from './export-meta'
import { FIGURE_COLUMNS, figureRecords } from './figures-export'
import { dateCellsOf, figuresToCsv, tableColumns, tableToCsv, type ExportTable } from './table-export'
import type { IsoDate } from './types'

/** One table of an export: a CSV file in the ZIP, a list of records in the JSON. */
export interface ExportedTable {
  /** "countries", "figures" */
  name: string
  /** its file in the ZIP: "countries.csv" */
  csv: string
  /** its field in the JSON export: "rows", "figures" */
  json: 'rows' | 'figures'
  /** what one row is: "country the table showed" */
  rowIs: string
  rowCount: number
  columns: ExportColumn[]
}

/** The metadata, written once: `metadata.json` in the ZIP, `metadata` in the JSON export. */
export interface ExportMetadata {
  /** "Legion Atlas: Countries" */
  title: string
  table: ExportTable['kind']
  /** the as-of date every view showed, YYYY-MM-DD */
  asOf: IsoDate
  filters: {
    wing: string | null
    nationality: string | null
    status: string | null
    q: string
    search: string
  }
  /** which of `filters` narrowed the rows */
  filtersApplied: string[]
  /** the filters in words, as the README says them */
  filtersInWords: string
  sort: ExportTable['sort']
  /** rows of the table after search and filters, and before */
  rowCount: number
  totalRows: number
  citation: string
  /** how to read the date columns */
  dateRules: readonly string[]
  /** how the CSV files are written */
  csvFormat: string
  tables: ExportedTable[]
}

export const CSV_FORMAT =
  'UTF-8 with a byte-order mark, comma-separated, CRLF line ends, fields quoted as RFC 4180 says. A cell starting with =, +, -, @ or a tab gets a leading apostrophe, so no spreadsheet runs it as a formula. Cells holding several sections or quotes have one a line.'

const ROW_IS: Record<ExportTable['kind'], string> = {
  countries: 'country the table showed, with its legality, stance and statement date',
  units: 'unit the table showed, with its status on the as-of date',
  events: 'event the table showed',
  people: 'person the table showed',
}

/** The tables an export holds: the table itself, and for countries their figures. */
function exportedTables(table: ExportTable, asOf: IsoDate): ExportedTable[] {
  const main: ExportedTable = {
    name: table.kind,
    csv: `${table.kind}.csv`,
    json: 'rows',
    rowIs: ROW_IS[table.kind],
    rowCount: table.rows.length,
    columns: tableColumns(table),
  }
  if (table.kind !== 'countries') return [main]
  const figures: ExportedTable = {
    name: 'figures',
    csv: 'figures.csv',
    json: 'figures',
    rowIs:
      'figure the source reports about one of those countries (do not add them up: totals and the cases inside them are both recorded)',
    rowCount: figureRecords(table, asOf).length,
    columns: [...FIGURE_COLUMNS],
  }
  return [main, figures]
}

function filtersInWords(table: ExportTable, ctx: ExportContext): string {
  const unit = table.kind === 'units' ? describeFilters(ctx.filters) : 'not applied to this table'
  const search = table.search.trim() ? `“${table.search.trim()}”` : 'none'
  return `unit filters: ${unit}; table search: ${search}`
}

export function exportMetadata(table: ExportTable, ctx: ExportContext): ExportMetadata {
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
    filtersInWords: filtersInWords(table, ctx),
    sort: table.sort,
    rowCount: table.rows.length,
    totalRows: table.total,
    citation: SOURCE_CITATION,
    dateRules: DATE_RULES,
    csvFormat: CSV_FORMAT,
    tables: exportedTables(table, ctx.asOf),
  }
}

// ---------------------------------------------------------------------------------------------
// JSON

/** Empty machine cells are null in JSON; the words stay as the table shows them. */
const nullIfEmpty = (cells: Record<string, string>) =>
  Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, v === '' ? null : v]))

export interface TableJson {
  metadata: ExportMetadata
  rows: Array<Record<string, unknown> & { id: string }>
  /** the countries table's figures; absent for the other tables */
  figures?: Array<Record<string, unknown> & { id: string }>
}

export function tableToJsonValue(table: ExportTable, ctx: ExportContext): TableJson {
  const json: TableJson = {
    metadata: exportMetadata(table, ctx),
    rows: table.rows.map((row) => ({
      ...row.cells,
      ...nullIfEmpty(dateCellsOf(table.kind, row)),
      id: row.id,
      sources: [...row.sources],
      conflicts: [...row.conflicts],
    })),
  }
  if (table.kind === 'countries')
    json.figures = figureRecords(table, ctx.asOf).map((f) => ({
      ...nullIfEmpty(f),
      id: f.id!,
      low: f.low ? Number(f.low) : null,
      high: f.high ? Number(f.high) : null,
    }))
  return json
}

export function tableToJson(table: ExportTable, ctx: ExportContext): string {
  return JSON.stringify(tableToJsonValue(table, ctx), null, 2) + '\n'
}

// ---------------------------------------------------------------------------------------------
// The ZIP's files

export interface ExportFile {
  name: string
  text: string
}

const rowsText = (n: number) => (n === 1 ? '1 row' : `${n} rows`)

/** README.txt: the metadata in words, for someone who opens the folder. */
export function readmeText(meta: ExportMetadata): string {
  const line = (text: string) => `${text}\n`
  const title = `${meta.title}, as of ${formatIsoDate(meta.asOf)}`
  const files = [
    ...meta.tables.map((t) => `- ${t.csv}: ${rowsText(t.rowCount)}; one row per ${t.rowIs}.`),
    '- metadata.json: the same information as this file, for programs: the as-of date, the filters, the citation, the date rules and every column.',
    '- README.txt: this file.',
  ]
  const columns = meta.tables.flatMap((t) => [
    '',
    `Columns of ${t.csv}`,
    ...t.columns.map((c) => `- ${c.key}: ${c.description ?? `the table's "${c.label}" column, in words`}`),
  ])
  return [
    title,
    '='.repeat(title.length),
    '',
    meta.citation,
    '',
    `As of: ${meta.asOf} (the date every view of the atlas showed)`,
    `Rows: ${meta.rowCount} of ${meta.totalRows}`,
    `Filters: ${meta.filtersInWords}`,
    `Sort: ${sortText(meta)}`,
    '',
    'Files',
    ...files,
    '',
    'Dates',
    ...meta.dateRules.map((rule) => `- ${rule}`),
    '',
    'CSV format',
    `- ${meta.csvFormat}`,
    ...columns,
  ]
    .map(line)
    .join('')
}

function sortText(meta: ExportMetadata): string {
  const column = meta.tables[0]?.columns.find((c) => c.key === meta.sort?.column)
  return meta.sort ? `${column?.label ?? meta.sort.column}, ${meta.sort.direction}` : 'as in the data'
}

/** Every file of the ZIP, in order: the CSVs, metadata.json, README.txt. */
export function exportFiles(table: ExportTable, ctx: ExportContext): ExportFile[] {
  const meta = exportMetadata(table, ctx)
  const csv: ExportFile[] = [{ name: `${table.kind}.csv`, text: tableToCsv(table) }]
  if (table.kind === 'countries') csv.push({ name: 'figures.csv', text: figuresToCsv(table, ctx.asOf) })
  return [
    ...csv,
    { name: 'metadata.json', text: JSON.stringify(meta, null, 2) + '\n' },
    { name: 'README.txt', text: readmeText(meta) },
  ]
}
