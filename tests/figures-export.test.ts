/**
 * The figures file: one row per figure the source reports about the countries the table shows,
 * the number or range split into low and high, what it counts, who claimed it, its date in words
 * and as ISO columns, and its quote. Read back as a spreadsheet would.
 */
import { describe, expect, it } from 'vitest'
import { COUNTRY_TABLE } from '../src/features/table/table-columns'
import { countryRows, searchRows, toExportTable } from '../src/features/table/table-rows'
import { FIGURE_COLUMNS } from '../src/model/figures-export'
import { figuresToCsv } from '../src/model/table-export'
import { atlas, countries } from './helpers/atlas'
import { csvObjects } from './helpers/csv'

const AS_OF = '2022-09-15'

function figuresOf(search = '') {
  const rows = searchRows(countryRows(atlas, AS_OF), COUNTRY_TABLE.columns, search)
  const table = toExportTable(COUNTRY_TABLE, rows, { search, sort: COUNTRY_TABLE.defaultSort }, 75, false)
  return csvObjects(figuresToCsv(table, AS_OF))
}

const allFacts = countries.flatMap((c) =>
  c.facts.map((fact, i) => ({ country: c, fact, id: `${c.iso3}-${i + 1}` })),
)

describe('the figures CSV', () => {
  const { header, rows } = figuresOf()
  const byId = new Map(rows.map((r) => [r.id, r]))

  it('has one row per figure in the data, each with a unique id', () => {
    expect(allFacts.length).toBeGreaterThan(100)
    expect(rows).toHaveLength(allFacts.length)
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
    expect(header).toEqual(FIGURE_COLUMNS.map((c) => c.key))
  })

  it('gives each figure its country, measure, count, claimant, date and quote as the data has them', () => {
    for (const { country, fact, id } of allFacts) {
      const row = byId.get(id)!
      expect([row.country, row.iso3, row.measure, row.counts, row.claimed_by]).toEqual([
        country.name,
        country.iso3,
        fact.measure,
        fact.counts,
        fact.claimant,
      ])
      expect([row.section, row.quote]).toEqual([fact.source.section, fact.source.quote])
      expect(row.low).toBe(fact.figure ? String(fact.figure.min) : '')
      expect(row.high).toBe(fact.figure ? String(fact.figure.max) : '')
      expect(row.date_precision).toBe(fact.date ? fact.date.precision : 'not stated')
      if (!fact.date)
        expect([row.date, row.date_start, row.date_end, row.reported_by_as_of]).toEqual([
          'not stated',
          '',
          '',
          'not stated',
        ])
    }
  })

  it('splits a range into low and high, and leaves a count given in words without a number', () => {
    const albania = rows.filter((r) => r.iso3 === 'ALB' && r.low !== r.high)
    expect(albania.map((r) => [r.figure, r.low, r.high, r.figure_qualifier])).toContainEqual([
      'about 20–30',
      '20',
      '30',
      'about',
    ])
    const inWords = rows.filter((r) => r.figure === 'no number given')
    expect(inWords).toHaveLength(allFacts.filter((f) => !f.fact.figure).length)
    for (const r of inWords) expect([r.low, r.high, r.figure_qualifier]).toEqual(['', '', ''])
  })

  it('names who claimed a figure where the data does', () => {
    expect(byId.get('ALB-1')!.claimed_by).toBe(countries.find((c) => c.iso3 === 'ALB')!.facts[0]!.claimant)
    expect(rows.some((r) => r.claimed_by !== 'unknown')).toBe(true)
  })

  it('says whether a dated figure was reported by the as-of date, as the map counts it', () => {
    for (const r of rows.filter((x) => x.date_start))
      expect(r.reported_by_as_of).toBe(r.date_start! <= AS_OF ? 'yes' : 'no')
    expect(rows.some((r) => r.reported_by_as_of === 'no')).toBe(true)
  })

  it('holds only the figures of the countries the table shows', () => {
    const poland = figuresOf('poland').rows
    expect(poland.length).toBe(countries.find((c) => c.iso3 === 'POL')!.facts.length)
    for (const r of poland) expect(r.iso3).toBe('POL')
    expect(figuresOf('no such country').rows).toEqual([])
  })
})
