/**
 * The table exports as pure functions: CSV quoting (RFC 4180), what the CSV and JSON carry about
 * themselves (as-of date, filters, citation, each row's sections and quotes), data holding markup
 * written as text. The map's SVG and PNG are tested in map-export.test.tsx with the real map.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CountriesFileSchema } from '../src/data/schema'
import {
  describeFilters,
  exportFileName,
  SOURCE_CITATION,
  type ExportContext,
} from '../src/model/export-meta'
import { NO_FILTERS } from '../src/model/types'
import {
  CSV_META_COLUMNS,
  csvField,
  tableToCsv,
  tableToJson,
  tableToJsonValue,
  toCsv,
  type ExportTable,
} from '../src/model/table-export'
import { COUNTRY_TABLE, EVENT_TABLE } from '../src/features/table/table-columns'
import { countryRows, eventRows, sortRows, toExportTable } from '../src/features/table/table-rows'
import { atlas } from './helpers/atlas'

const MARKUP = '<img src=x onerror=alert(1)>'

/** A strict RFC 4180 reader, to read back what the writer wrote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch !== '"') field += ch
      else if (text[i + 1] === '"') {
        field += '"'
        i++
      } else quoted = false
    } else if (ch === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${i}`)
      quoted = true
    } else if (ch === ',') {
      record.push(field)
      field = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field)
      records.push(record)
      record = []
      field = ''
      i++
    } else if (ch === '\n' || ch === '\r') throw new Error(`a bare line break outside quotes at ${i}`)
    else field += ch
  }
  if (quoted) throw new Error('an unterminated quoted field')
  if (field !== '' || record.length) throw new Error('the last record does not end with CRLF')
  return records
}

const ctx: ExportContext = {
  asOf: '2022-09-15',
  filters: { wing: 'hur', nationality: 'GBR', status: 'active', query: 'sich' },
}

const tricky: ExportTable = {
  kind: 'countries',
  title: 'Countries',
  columns: [
    { key: 'name', label: 'Country' },
    { key: 'stance', label: 'Official stance' },
  ],
  rows: [
    {
      id: 'AAA',
      cells: { name: 'Comma, "quoted"\nand a new line', stance: 'permits' },
      sources: [
        { section: 'International response > A', quote: 'He said "no", then "yes"' },
        { section: 'Summary of official international government responses', quote: 'Second, quote' },
      ],
      conflicts: [],
    },
    {
      id: 'BBB',
      cells: { name: MARKUP, stance: '=HYPERLINK("http://example.com")' },
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
  sort: { column: 'name', direction: 'ascending' },
  total: 75,
  unitFiltersApply: false,
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
  const csv = tableToCsv(tricky, ctx)
  const records = parseCsv(csv)

  it('starts with a header row: the metadata columns, the id, the table columns, the sources', () => {
    expect(records[0]).toEqual([
      ...CSV_META_COLUMNS,
      'id',
      'name',
      'stance',
      'section',
      'quote',
      'conflicting_claims',
    ])
    expect(csv.split('\r\n')[0]).toBe(
      'as_of,unit_filter_wing,unit_filter_nationality,unit_filter_status,unit_filter_q,table_search,citation,id,name,stance,section,quote,conflicting_claims',
    )
  })

  it('gives every row the same number of fields as the header', () => {
    expect(records).toHaveLength(3)
    for (const r of records) expect(r).toHaveLength(records[0]!.length)
  })

  it('reads back exactly what the table held, quotes, commas and new lines included', () => {
    const row = Object.fromEntries(records[0]!.map((key, i) => [key, records[1]![i]]))
    expect(row.name).toBe('Comma, "quoted"\nand a new line')
    expect(row.table_search).toBe('a "b", c')
    expect(row.section).toBe(
      'International response > A\nSummary of official international government responses',
    )
    expect(row.quote).toBe('He said "no", then "yes"\nSecond, quote')
  })

  it('carries the as-of date, the filters and the citation on every row', () => {
    for (const r of records.slice(1)) {
      expect(r.slice(0, 7)).toEqual([
        '2022-09-15',
        'hur',
        'GBR',
        'active',
        'sich',
        'a "b", c',
        SOURCE_CITATION,
      ])
    }
  })

  it('writes a record holding markup as the same text, never as markup to run', () => {
    const row = Object.fromEntries(records[0]!.map((key, i) => [key, records[2]![i]]))
    expect(row.name).toBe(MARKUP)
    expect(row.quote).toBe(MARKUP)
    expect(csv).not.toContain('&lt;')
    expect(row.stance).toBe(`'=HYPERLINK("http://example.com")`)
  })

  it('writes both claims of a conflict with their sections and quotes', () => {
    const row = Object.fromEntries(records[0]!.map((key, i) => [key, records[2]![i]]))
    expect(row.conflicting_claims).toBe(
      'On the count: One says 10. [S1: “ten”] / The other says 20. [S2: “twenty”]',
    )
  })
})

describe('the JSON of a table', () => {
  const json = JSON.parse(tableToJson(tricky, ctx))

  it('has the as-of date, every filter with the search, and the citation as fields', () => {
    expect(json.asOf).toBe('2022-09-15')
    expect(json.filters).toEqual({
      wing: 'hur',
      nationality: 'GBR',
      status: 'active',
      q: 'sich',
      search: 'a "b", c',
    })
    expect(json.citation).toBe(SOURCE_CITATION)
    expect(json.citation).toContain("Source: encyclopedia article 'International Legion (Ukraine)'")
    expect(json.filtersApplied).toEqual(['search'])
    expect(json.sort).toEqual({ column: 'name', direction: 'ascending' })
    expect(json.rowCount).toBe(2)
    expect(json.totalRows).toBe(75)
  })

  it('keeps each row with its cells, sections, quotes and conflicts', () => {
    expect(json.rows[0]).toEqual({
      id: 'AAA',
      name: 'Comma, "quoted"\nand a new line',
      stance: 'permits',
      sources: tricky.rows[0]!.sources,
      conflicts: [],
    })
    expect(json.rows[1].conflicts[0].claims).toHaveLength(2)
  })

  it('holds markup as a plain string', () => {
    expect(json.rows[1].name).toBe(MARKUP)
    expect(json.rows[1].sources[0].quote).toBe(MARKUP)
  })

  it('says the unit filters narrowed the rows of a units table', () => {
    const value = tableToJsonValue({ ...tricky, kind: 'units', unitFiltersApply: true }, ctx)
    expect(value.filtersApplied).toEqual(['wing', 'nationality', 'status', 'q', 'search'])
  })
})

describe('exports of the real tables', () => {
  const read = (file: string) => JSON.parse(readFileSync(resolve(__dirname, '../data', file), 'utf8'))
  const countries = CountriesFileSchema.parse(read('countries.json'))

  it('exports every country with its sections and quotes, in the order shown', () => {
    const rows = sortRows(countryRows(atlas, '2022-09-15'), COUNTRY_TABLE.columns, {
      column: 'name',
      direction: 'descending',
    })
    const table = toExportTable(
      COUNTRY_TABLE,
      rows,
      { search: '', sort: COUNTRY_TABLE.defaultSort },
      75,
      false,
    )
    const records = parseCsv(tableToCsv(table, { asOf: '2022-09-15', filters: NO_FILTERS }))
    expect(records).toHaveLength(countries.length + 1)
    const header = records[0]!
    const at = (key: string) => header.indexOf(key)
    expect(records.slice(1).map((r) => r[at('name')])).toEqual(rows.map((r) => r.name))
    const poland = records.find((r) => r[at('id')] === 'POL')!
    const pol = countries.find((c) => c.iso3 === 'POL')!
    expect(poland[at('section')]!.split('\n')).toEqual(pol.sources.map((s) => s.section))
    expect(poland[at('quote')]!.split('\n')).toEqual(pol.sources.map((s) => s.quote))
    expect(poland[at('legality')]).toBe('legal with permission or conditions')
    // The badge column becomes the claims themselves.
    expect(header).not.toContain('conflicts')
    const australia = records.find((r) => r[at('id')] === 'AUS')!
    for (const claim of countries.find((c) => c.iso3 === 'AUS')!.conflicts[0]!.claims)
      expect(australia[at('conflicting_claims')]).toContain(claim.source.quote)
  })

  it('exports events with their dates as precise as the source', () => {
    const rows = eventRows(atlas).filter((r) => r.event.date?.precision === 'month')
    const table = toExportTable(EVENT_TABLE, rows, { search: '', sort: EVENT_TABLE.defaultSort }, 209, false)
    const json = tableToJsonValue(table, { asOf: '2022-09-15', filters: NO_FILTERS })
    expect(json.rows.length).toBeGreaterThan(0)
    for (const r of json.rows) expect(r.date).toMatch(/^(\S+ )*[A-Z][a-z]+ \d{4}$/)
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
    expect(exportFileName('countries', '2022-09-15', 'csv')).toBe('legion-atlas-countries-2022-09-15.csv')
    expect(exportFileName('map-legality', '2022-09-15', 'svg')).toBe(
      'legion-atlas-map-legality-2022-09-15.svg',
    )
    expect(exportFileName('../A b', '2022-09-15', 'json')).toBe('legion-atlas-a-b-2022-09-15.json')
  })
})
