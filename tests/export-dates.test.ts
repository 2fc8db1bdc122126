/**
 * The exports' machine-readable dates: beside each date in words, the first and last day of the
 * period the source's date names, its precision and the source's qualifier; nothing inferred. Real
 * rows from every table that shows dates, checked against the stored dates they come from.
 */
import { describe, expect, it } from 'vitest'
import { COUNTRY_TABLE, EVENT_TABLE, UNIT_TABLE } from '../src/features/table/table-columns'
import { countryRows, eventRows, toExportTable, unitRows } from '../src/features/table/table-rows'
import { isoDateCells } from '../src/model/export-dates'
import { tableToCsv } from '../src/model/table-export'
import { NO_FILTERS } from '../src/model/types'
import { selectUnits } from '../src/model/unit-selection'
import { atlas, countries, events, units } from './helpers/atlas'
import { csvObjects } from './helpers/csv'

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

describe('a date as ISO columns', () => {
  it('gives a day as itself, start and end alike', () => {
    expect(isoDateCells({ date: '2022-03-07', precision: 'day' })).toEqual({
      start: '2022-03-07',
      end: '2022-03-07',
      precision: 'day',
      qualifier: '',
    })
  })

  it('gives a month from its first to its last day, leap years counted', () => {
    expect(isoDateCells({ date: '2022-03', precision: 'month', qualifier: 'early' })).toEqual({
      start: '2022-03-01',
      end: '2022-03-31',
      precision: 'month',
      qualifier: 'early',
    })
    expect(isoDateCells({ date: '2024-02', precision: 'month' }).end).toBe('2024-02-29')
    expect(isoDateCells({ date: '2023-02', precision: 'month' }).end).toBe('2023-02-28')
  })

  it('gives a year from 1 January to 31 December, the qualifier kept and not read into the days', () => {
    expect(isoDateCells({ date: '2014', precision: 'year', qualifier: 'summer' })).toEqual({
      start: '2014-01-01',
      end: '2014-12-31',
      precision: 'year',
      qualifier: 'summer',
    })
  })

  it('gives an undated record no date and the precision "not stated"; a date it cannot have, nothing', () => {
    expect(isoDateCells(null)).toEqual({ start: '', end: '', precision: 'not stated', qualifier: '' })
    expect(isoDateCells(undefined)).toEqual({ start: '', end: '', precision: '', qualifier: '' })
  })
})

describe('the events CSV', () => {
  const rows = eventRows(atlas)
  const table = toExportTable(EVENT_TABLE, rows, { search: '', sort: EVENT_TABLE.defaultSort }, 209, false)
  const csv = csvObjects(tableToCsv(table))
  const byId = new Map(csv.rows.map((r) => [r.id, r]))

  it('puts the ISO columns right after the date in words', () => {
    expect(csv.header.slice(0, 6)).toEqual([
      'id',
      'date',
      'date_start',
      'date_end',
      'date_precision',
      'date_qualifier',
    ])
  })

  it('gives every event the period of its stored date, and an undated one none', () => {
    expect(csv.rows).toHaveLength(events.length)
    for (const event of events) {
      const row = byId.get(event.id)!
      if (!event.date) {
        expect([row.date, row.date_start, row.date_end, row.date_precision]).toEqual([
          'undated',
          '',
          '',
          'not stated',
        ])
        continue
      }
      expect(row.date_start).toMatch(ISO_DAY)
      expect(row.date_end).toMatch(ISO_DAY)
      // Never more precise than the source: both ends lie inside the stored date's period.
      expect(row.date_start!.startsWith(event.date.date)).toBe(true)
      expect(row.date_end!.startsWith(event.date.date)).toBe(true)
      expect(row.date_precision).toBe(event.date.precision)
      expect(row.date_qualifier).toBe(event.date.qualifier ?? '')
    }
    expect(csv.rows.filter((r) => r.date_precision === 'not stated')).toHaveLength(
      events.filter((e) => !e.date).length,
    )
  })

  it('reads the free-text dates from the stored date: “summer 2014”, “second day of the invasion, 2022”', () => {
    const summer = byId.get('foreign-volunteers-arrive-summer-2014')!
    expect([
      summer.date,
      summer.date_start,
      summer.date_end,
      summer.date_precision,
      summer.date_qualifier,
    ]).toEqual(['summer 2014', '2014-01-01', '2014-12-31', 'year', 'summer'])
    const secondDay = byId.get('chaparro-enlists-territorial-defense')!
    expect(secondDay.date).toBe('second day of the invasion, 2022')
    expect([secondDay.date_start, secondDay.date_end, secondDay.date_precision]).toEqual([
      '2022-01-01',
      '2022-12-31',
      'year',
    ])
  })
})

describe('the units and countries CSVs', () => {
  const selection = selectUnits(atlas, NO_FILTERS, '2022-09-15')
  const unitTable = toExportTable(
    UNIT_TABLE,
    unitRows(atlas, selection),
    { search: '', sort: UNIT_TABLE.defaultSort },
    0,
    false,
  )
  const unitCsv = csvObjects(tableToCsv(unitTable))
  const unit = (id: string) => unitCsv.rows.find((r) => r.id === id)!

  it('gives a unit’s formation, disbandment and merger dates beside its formed and status columns', () => {
    const at = (key: string) => unitCsv.header.indexOf(key)
    expect(at('formed_start')).toBe(at('formed') + 1)
    expect(at('disbanded_start')).toBe(at('status') + 1)
    expect(at('merged_start')).toBe(at('disbanded_qualifier') + 1)
    for (const row of unitCsv.rows) {
      const u = units.find((x) => x.id === row.id)!
      expect(row.formed_start).toBe(u.formed ? isoDateCells(u.formed).start : '')
      expect(row.formed_precision).toBe(u.formed ? u.formed.precision : 'not stated')
      expect(row.disbanded_start).toBe(u.disbanded ? isoDateCells(u.disbanded).start : '')
    }
  })

  it('keeps a planned disbandment’s qualifier, leaves an undated formation undated, an active unit without a disbandment', () => {
    expect(unit('1st-battalion').disbanded_start).toBe('2025-12-31')
    expect(unit('1st-battalion').disbanded_qualifier).toBe('planned')
    // Shown from the Legion's creation in the views, but the source gives it no date: none here.
    expect(units.find((u) => u.id === '4th-battalion')!.formed).toBeNull()
    expect([
      unit('4th-battalion').formed,
      unit('4th-battalion').formed_start,
      unit('4th-battalion').formed_precision,
    ]).toEqual(['not stated', '', 'not stated'])
    const active = unitCsv.rows.find((r) => r.status!.startsWith('active'))!
    expect([active.disbanded_start, active.disbanded_precision, active.merged_precision]).toEqual([
      '',
      '',
      '',
    ])
  })

  it('gives each country’s statement date, or "not stated"', () => {
    const table = toExportTable(
      COUNTRY_TABLE,
      countryRows(atlas, '2022-09-15'),
      { search: '', sort: COUNTRY_TABLE.defaultSort },
      75,
      false,
    )
    const csv = csvObjects(tableToCsv(table))
    for (const row of csv.rows) {
      const c = countries.find((x) => x.iso3 === row.id)!
      expect(row.stated_start).toBe(c.statedOn ? isoDateCells(c.statedOn).start : '')
      expect(row.stated_end).toBe(c.statedOn ? isoDateCells(c.statedOn).end : '')
      expect(row.stated_precision).toBe(c.statedOn ? c.statedOn.precision : 'not stated')
    }
    expect(csv.rows.some((r) => r.stated_precision === 'not stated')).toBe(true)
    expect(csv.rows.some((r) => r.stated_precision === 'day')).toBe(true)
  })
})
