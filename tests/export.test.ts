/**
 * The table exports as pure functions: CSV quoting (RFC 4180), one row per record with no
 * metadata on it, the metadata written once (metadata.json, README.txt, the JSON's `metadata`),
 * and data holding markup written as text. The ZIP is read back in export-zip.test.ts; The ISO date
 * columns are tested in export-dates.test.ts, the figures file in figures-export.test.ts, the
 * map's SVG and PNG in map-export.test.tsx.
 */
import { describe, expect, it } from 'vitest'
import { COUNTRY_TABLE } from '../src/features/table/table-columns'
import { countryRows, sortRows, toExportTable } from '../src/features/table/table-rows'
import { DATE_RULES } from '../src/model/export-dates'
import { exportMetadata, tableToJson, tableToJsonValue } from '../src/model/export-files'
import {
  describeFilters,
  exportFileName,
  SOURCE_CITATION,
  type ExportContext,
} from '../src/model/export-meta'
import { csvField, tableToCsv, toCsv, type ExportTable } from '../src/model/table-export'
import { NO_FILTERS } from '../src/model/types'
import { atlas, countries } from './helpers/atlas'
import { csvObjects, parseCsv } from './helpers/csv'

const MARKUP = '<img src=x onerror=alert(1)>'

const ctx: ExportContext = {
  asOf: '2022-09-15',
  filters: { wing: 'hur', nationality: 'GBR', status: 'active', query: 'sich' },
}

const tricky: ExportTable = {
  kind: 'events',
  title: 'Events',
  columns: [
    { key: 'title', label: 'Event' },
    { key: 'kind', label: 'Kind' },
  ],
  rows: [
    {
      id: 'aaa',
      cells: { title: 'Comma, "quoted"\nand a new line', kind: 'Policy and law' },
      sources: [
        { section: 'International response > A', quote: 'He said "no", then "yes"' },
        { section: 'Summary of official international government responses', quote: 'Second, quote' },
      ],
      conflicts: [],
    },
    {
      id: 'bbb',
      cells: { title: MARKUP, kind: '=HYPERLINK("http://example.com")' },
      sources: [{ section: 'Lead', quote: MARKUP }],
      conflicts: [
        {
          about: 'the count',
          claims: [
            { claim: 'One says 10.', source: { section: 'S1', quote: 'ten' } },
            { claim: 'The other says 20.', source: { section: 'S2', quote: 'twenty' } },
          ],
        },
      ],
    },
  ],
  search: 'a "b", c',
  sort: { column: 'title', direction: 'ascending' },
  total: 209,
  unitFiltersApply: false,
}

/** The countries table as the view shows it at 15 September 2022, optionally searched. */
function countriesTable(rows = countryRows(atlas, '2022-09-15'), search = ''): ExportTable {
  return toExportTable(COUNTRY_TABLE, rows, { search, sort: COUNTRY_TABLE.defaultSort }, 75, false)
}

describe('CSV fields', () => {
  it('leaves a plain value as it is', () => {
    expect(csvField('Poland')).toBe('Poland')
    expect(csvField('')).toBe('')
  })

  it('quotes a value holding a comma, a quote and a newline, and doubles its quotes', () => {
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"')
    expect(csvField('one,two')).toBe('"one,two"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"')
  })

  it('defuses a value a spreadsheet would run as a formula', () => {
    expect(csvField('=1+2')).toBe("'=1+2")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('-3, or so')).toBe(`"'-3, or so"`)
    expect(csvField('a=b')).toBe('a=b')
  })

  it('ends every record with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n')
  })
})

describe('the CSV of a table', () => {
  const csv = tableToCsv(tricky)
  const { header, rows } = csvObjects(csv)

  it('has one header row: the id, the columns with each date’s ISO columns, the sources', () => {
    expect(csv.split('\r\n')[0]).toBe(
      'id,title,kind,date_start,date_end,date_precision,date_qualifier,section,quote,conflicting_claims',
    )
    expect(parseCsv(csv)).toHaveLength(3)
  })

  it('holds one row per record and no metadata on any row', () => {
    expect(rows.map((r) => r.id)).toEqual(['aaa', 'bbb'])
    for (const key of ['as_of', 'citation', 'table_search', 'unit_filter_wing'])
      expect(header).not.toContain(key)
    expect(csv).not.toContain(SOURCE_CITATION)
    expect(csv).not.toContain('a "b", c')
  })

  it('reads back exactly what the table held, quotes, commas and new lines included', () => {
    expect(rows[0]!.title).toBe('Comma, "quoted"\nand a new line')
    expect(rows[0]!.section).toBe(
      'International response > A\nSummary of official international government responses',
    )
    expect(rows[0]!.quote).toBe('He said "no", then "yes"\nSecond, quote')
  })

  it('writes a record holding markup as the same text, never as markup to run', () => {
    expect(rows[1]!.title).toBe(MARKUP)
    expect(rows[1]!.quote).toBe(MARKUP)
    expect(csv).not.toContain('&lt;')
    expect(rows[1]!.kind).toBe(`'=HYPERLINK("http://example.com")`)
  })

  it('writes both claims of a conflict with their sections and quotes', () => {
    expect(rows[1]!.conflicting_claims).toBe(
      'On the count: One says 10. [S1: “ten”] / The other says 20. [S2: “twenty”]',
    )
  })

  it('leaves the ISO columns of a row without its record empty: it never makes a date up', () => {
    for (const key of ['date_start', 'date_end', 'date_precision', 'date_qualifier'])
      expect(rows[0]![key]).toBe('')
  })
})

describe('the metadata, written once', () => {
  const meta = exportMetadata(tricky, ctx)

  it('has the as-of date, every filter with the search, the citation and the date rules', () => {
    expect(meta.asOf).toBe('2022-09-15')
    expect(meta.filters).toEqual({
      wing: 'hur',
      nationality: 'GBR',
      status: 'active',
      q: 'sich',
      search: 'a "b", c',
    })
    expect(meta.filtersApplied).toEqual(['search'])
    expect(meta.filtersInWords).toBe('unit filters: not applied to this table; table search: “a "b", c”')
    expect(meta.citation).toBe(SOURCE_CITATION)
    expect(meta.citation).toContain("Source: encyclopedia article 'International Legion (Ukraine)'")
    expect(meta.dateRules).toEqual(DATE_RULES)
    expect(meta.sort).toEqual({ column: 'title', direction: 'ascending' })
    expect([meta.rowCount, meta.totalRows]).toEqual([2, 209])
  })

  it('describes every column of every file', () => {
    expect(meta.tables.map((t) => t.csv)).toEqual(['events.csv'])
    const keys = meta.tables[0]!.columns.map((c) => c.key)
    expect(keys).toEqual(csvObjects(tableToCsv(tricky)).header)
    const dateStart = meta.tables[0]!.columns.find((c) => c.key === 'date_start')!
    expect(dateStart.description).toMatch(/first day .* YYYY-MM-DD/)
  })

  it('says the unit filters narrowed the rows of a units table, in words too', () => {
    const units = exportMetadata({ ...tricky, kind: 'units', unitFiltersApply: true }, ctx)
    expect(units.filtersApplied).toEqual(['wing', 'nationality', 'status', 'q', 'search'])
    expect(units.filtersInWords).toContain(describeFilters(ctx.filters))
  })
})

describe('the JSON of a table', () => {
  const json = JSON.parse(tableToJson(tricky, ctx))

  it('is one metadata block and the records, the metadata never repeated on a row', () => {
    expect(Object.keys(json)).toEqual(['metadata', 'rows'])
    expect(json.metadata).toEqual(JSON.parse(JSON.stringify(exportMetadata(tricky, ctx))))
    for (const row of json.rows)
      for (const key of ['asOf', 'citation', 'filters']) expect(row).not.toHaveProperty(key)
  })

  it('keeps each row with the CSV’s cells, its sections, quotes and conflicts', () => {
    expect(json.rows[0]).toEqual({
      id: 'aaa',
      title: 'Comma, "quoted"\nand a new line',
      kind: 'Policy and law',
      date_start: null,
      date_end: null,
      date_precision: null,
      date_qualifier: null,
      sources: tricky.rows[0]!.sources,
      conflicts: [],
    })
    expect(json.rows[1].conflicts[0].claims).toHaveLength(2)
  })

  it('holds markup as a plain string', () => {
    expect(json.rows[1].title).toBe(MARKUP)
    expect(json.rows[1].sources[0].quote).toBe(MARKUP)
  })
})

describe('exports of the real tables', () => {
  it('exports every country with its sections and quotes, in the order shown', () => {
    const rows = sortRows(countryRows(atlas, '2022-09-15'), COUNTRY_TABLE.columns, {
      column: 'name',
      direction: 'descending',
    })
    const { header, rows: records } = csvObjects(tableToCsv(countriesTable(rows)))
    expect(records).toHaveLength(countries.length)
    expect(records.map((r) => r.name)).toEqual(rows.map((r) => r.name))
    const poland = records.find((r) => r.id === 'POL')!
    const pol = countries.find((c) => c.iso3 === 'POL')!
    expect(poland.section!.split('\n')).toEqual(pol.sources.map((s) => s.section))
    expect(poland.quote!.split('\n')).toEqual(pol.sources.map((s) => s.quote))
    expect(poland.legality).toBe('legal with permission or conditions')
    // The badge column becomes the claims themselves.
    expect(header).not.toContain('conflicts')
    const australia = records.find((r) => r.id === 'AUS')!
    for (const claim of countries.find((c) => c.iso3 === 'AUS')!.conflicts[0]!.claims)
      expect(australia.conflicting_claims).toContain(claim.source.quote)
  })

  it('gives the JSON the CSV’s rows, with empty machine cells as null', () => {
    const table = countriesTable()
    const json = tableToJsonValue(table, { asOf: '2022-09-15', filters: NO_FILTERS })
    const csv = csvObjects(tableToCsv(table)).rows
    expect(json.rows.map((r) => r.id)).toEqual(csv.map((r) => r.id))
    json.rows.forEach((row, i) => {
      for (const [key, value] of Object.entries(row)) {
        if (key === 'sources' || key === 'conflicts') continue
        expect(value ?? '').toBe(csv[i]![key])
      }
    })
    expect(json.figures).toHaveLength(countries.reduce((n, c) => n + c.facts.length, 0))
  })
})

describe('export metadata', () => {
  it('describes the filters in words', () => {
    expect(describeFilters(NO_FILTERS)).toBe('none')
    expect(describeFilters(ctx.filters)).toBe(
      'wing: Defence Intelligence (HUR); nationality: GBR; status: active; q: “sich”',
    )
  })

  it('names files safely', () => {
    expect(exportFileName('countries', '2022-09-15', 'zip')).toBe('legion-atlas-countries-2022-09-15.zip')
    expect(exportFileName('map-legality', '2022-09-15', 'svg')).toBe(
      'legion-atlas-map-legality-2022-09-15.svg',
    )
    expect(exportFileName('../A b', '2022-09-15', 'json')).toBe('legion-atlas-a-b-2022-09-15.json')
  })
})
