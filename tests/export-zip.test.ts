/**
 * The ZIP a table export saves, read back with the same library: the table's CSV (and the
 * figures for countries), metadata.json and README.txt, the metadata written there once.
 */
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { zipBytes } from '../src/components/download'
import { COUNTRY_TABLE, EVENT_TABLE } from '../src/features/table/table-columns'
import { countryRows, eventRows, toExportTable } from '../src/features/table/table-rows'
import { exportFiles } from '../src/model/export-files'
import { SOURCE_CITATION, type ExportContext } from '../src/model/export-meta'
import { tableToCsv } from '../src/model/table-export'
import { NO_FILTERS } from '../src/model/types'
import { atlas, countries } from './helpers/atlas'
import { csvObjects } from './helpers/csv'

const noFilters: ExportContext = { asOf: '2022-09-15', filters: NO_FILTERS }

describe('the ZIP', () => {
  const table = toExportTable(
    COUNTRY_TABLE,
    countryRows(atlas, '2022-09-15'),
    { search: '', sort: COUNTRY_TABLE.defaultSort },
    75,
    false,
  )

  it('holds the CSVs, metadata.json and README.txt, read back with the same library', async () => {
    const files = unzipSync(await zipBytes(exportFiles(table, noFilters)))
    expect(Object.keys(files)).toEqual(['countries.csv', 'figures.csv', 'metadata.json', 'README.txt'])
    const text = (name: string) => strFromU8(files[name]!)
    // Spreadsheet programs read the accents right only with the byte-order mark (the decoder drops it).
    expect([...files['countries.csv']!.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text('countries.csv')).toBe(tableToCsv(table))
    const countriesCsv = csvObjects(text('countries.csv'))
    expect(countriesCsv.rows).toHaveLength(countries.length)
    const meta = JSON.parse(text('metadata.json'))
    expect(meta.asOf).toBe('2022-09-15')
    expect(meta.citation).toBe(SOURCE_CITATION)
    expect(meta.tables.map((t: { csv: string; rowCount: number }) => [t.csv, t.rowCount])).toEqual([
      ['countries.csv', countries.length],
      ['figures.csv', countries.reduce((n, c) => n + c.facts.length, 0)],
    ])
    expect(meta.tables[0].columns.map((c: { key: string }) => c.key)).toEqual(countriesCsv.header)
    expect(text('README.txt')).toContain('Legion Atlas: Countries, as of 15 September 2022')
    expect(text('README.txt')).toContain(SOURCE_CITATION)
    expect(text('README.txt')).toContain('- stated_start: first day of the period of the statement date')
  })

  it('holds only the table’s CSV beside the metadata for a table without figures', async () => {
    const events = toExportTable(
      EVENT_TABLE,
      eventRows(atlas),
      { search: '', sort: EVENT_TABLE.defaultSort },
      209,
      false,
    )
    const files = unzipSync(await zipBytes(exportFiles(events, noFilters)))
    expect(Object.keys(files)).toEqual(['events.csv', 'metadata.json', 'README.txt'])
  })
})
