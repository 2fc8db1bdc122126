import { describe, expect, it } from 'vitest'
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
