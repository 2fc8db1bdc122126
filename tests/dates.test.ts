import { describe, expect, it } from 'vitest'
import { repoFile } from './helpers/fake-fetch'
import {
  addMonths,
  formatSourceDate,
  hasBegunBy,
  parseIsoDate,
  periodEnd,
  periodStart,
} from '../src/lib/dates'

describe('source dates', () => {
  it('treats a month-precision date as the whole month', () => {
    const october = { date: '2022-10', precision: 'month' } as const
    expect(periodStart(october)).toBe('2022-10-01')
    expect(periodEnd(october)).toBe('2022-10-31')
    expect(hasBegunBy(october, '2022-09-30')).toBe(false)
    expect(hasBegunBy(october, '2022-10-01')).toBe(true)
  })

  it('ends February on its last day in a leap year', () => {
    expect(periodEnd({ date: '2024-02', precision: 'month' })).toBe('2024-02-29')
  })

  it('never repeats the date when the qualifier is a phrase that holds it', () => {
    expect(formatSourceDate({ date: '2014', precision: 'year', qualifier: '2014–2015' })).toBe('2014–2015')
    expect(
      formatSourceDate({ date: '2022-09', precision: 'month', qualifier: 'late September or early October' }),
    ).toBe('late September or early October 2022')
    expect(formatSourceDate({ date: '2014', precision: 'year', qualifier: 'during the War in Donbas' })).toBe(
      'during the War in Donbas, 2014',
    )
    expect(formatSourceDate({ date: '2022-03-07', precision: 'day', qualifier: 'as of' })).toBe(
      'as of 7 March 2022',
    )
    // Every qualifier in the data: no month or year appears more often than the source's own words have it.
    const dates: Array<Parameters<typeof formatSourceDate>[0]> = []
    const walk = (o: unknown): void => {
      if (Array.isArray(o)) o.forEach(walk)
      else if (o && typeof o === 'object') {
        const r = o as Record<string, unknown>
        if (typeof r.precision === 'string' && typeof r.qualifier === 'string') dates.push(r as never)
        Object.values(r).forEach(walk)
      }
    }
    for (const f of ['countries', 'units', 'events']) walk(JSON.parse(repoFile(`data/${f}.json`)))
    expect(dates.length).toBeGreaterThan(30)
    for (const d of dates) {
      const text = formatSourceDate(d)
      for (const word of text.match(
        /\b(\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
      ) ?? [])
        expect(text.split(word).length - 1, `${text} repeats ${word}`).toBeLessThanOrEqual(
          Math.max(1, d.qualifier!.split(word).length - 1),
        )
    }
  })

  it('formats dates no more precisely than the source', () => {
    expect(formatSourceDate({ date: '2022-03-07', precision: 'day' })).toBe('7 March 2022')
    expect(formatSourceDate({ date: '2022-03', precision: 'month', qualifier: 'early' })).toBe(
      'early March 2022',
    )
    expect(formatSourceDate({ date: '2023', precision: 'year' })).toBe('2023')
  })
})

describe('calendar helpers', () => {
  it('accepts only real calendar days', () => {
    expect(parseIsoDate('2022-02-27')).toBe('2022-02-27')
    expect(parseIsoDate('2022-02-30')).toBeNull()
    expect(parseIsoDate('27/02/2022')).toBeNull()
  })

  it('clamps a month step to the end of a shorter month', () => {
    expect(addMonths('2022-01-31', 1)).toBe('2022-02-28')
    expect(addMonths('2022-03-15', -3)).toBe('2021-12-15')
  })
})
