/**
 * The data boundary: each case goes through the real parser (parseDataText) over the real data
 * files with one value changed, and the test asserts the whole message a person would read.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod/mini'
import { DataFileError, formatProblem, parseDataText } from '../src/data/data-problems'
import { CountriesFileSchema, EventsFileSchema, UnitsFileSchema } from '../src/data/schema'

type DataFile = 'data/countries.json' | 'data/units.json' | 'data/events.json'
const FILES: Record<DataFile, z.ZodMiniType<unknown[]>> = {
  'data/countries.json': CountriesFileSchema,
  'data/units.json': UnitsFileSchema,
  'data/events.json': EventsFileSchema,
}

const realText = (file: DataFile) => readFileSync(resolve(__dirname, '..', file), 'utf8')

/** The formatted messages for the real file with `change` applied to its records. */
function messagesAfter(file: DataFile, change: (records: any[]) => void): string[] {
  const records = JSON.parse(realText(file)) as any[]
  change(records)
  try {
    parseDataText(file, JSON.stringify(records), FILES[file])
  } catch (error) {
    if (error instanceof DataFileError) return error.problems.map(formatProblem)
    throw error
  }
  throw new Error(`${file} parsed without a problem`)
}

const byId = (records: any[], id: string) => records.find((r) => r.id === id || r.iso3 === id)
const eventId = (index: number): string => JSON.parse(realText('data/events.json'))[index].id

describe('valid data', () => {
  it.each(Object.keys(FILES) as DataFile[])('%s parses', (file) => {
    const records = parseDataText(file, realText(file), FILES[file])
    expect(records.length).toBeGreaterThan(0)
  })

  it('accepts 29 February in a leap year', () => {
    const records = JSON.parse(realText('data/events.json'))
    records[7].date = { date: '2024-02-29', precision: 'day' }
    expect(() => parseDataText('data/events.json', JSON.stringify(records), EventsFileSchema)).not.toThrow()
  })
})

describe('impossible dates', () => {
  const EVENT_7 = 'data/events.json, record 7 ("turkish-citizens-attempt-to-join")'

  it.each([
    ['2022-13-45', 'there is no month 13 (months run 01 to 12)'],
    ['2022-02-30', 'February 2022 has days 01 to 28'],
    ['2023-02-29', 'February 2023 has days 01 to 28'],
    ['2022-04-31', 'April 2022 has days 01 to 30'],
    ['2022-03-00', 'March 2022 has days 01 to 31'],
    ['2022-00-10', 'there is no month 00 (months run 01 to 12)'],
  ])('rejects the day-precision date %s', (date, why) => {
    expect(
      messagesAfter('data/events.json', (events) => {
        events[7].date = { date, precision: 'day' }
      }),
    ).toEqual([`${EVENT_7}, field "date.date": "${date}" is not a calendar date: ${why}`])
  })

  it.each([
    ['2022-13', '13'],
    ['2022-00', '00'],
  ])('rejects the month-precision date %s', (date, month) => {
    expect(
      messagesAfter('data/events.json', (events) => {
        events[7].date = { date, precision: 'month' }
      }),
    ).toEqual([
      `${EVENT_7}, field "date.date": "${date}" is not a calendar date: there is no month ${month} (months run 01 to 12)`,
    ])
  })

  it('rejects an impossible date nested in a record (a country fact)', () => {
    expect(
      messagesAfter('data/countries.json', (countries) => {
        byId(countries, 'POL').facts[0].date = { date: '2022-02-30', precision: 'day' }
      }),
    ).toEqual([
      'data/countries.json, record 51 ("POL"), field "facts.0.date.date": "2022-02-30" is not a calendar date: February 2022 has days 01 to 28',
    ])
  })

  it('still says when the form does not match the precision', () => {
    expect(
      messagesAfter('data/events.json', (events) => {
        events[7].date = { date: '2022-13', precision: 'day' }
      }),
    ).toEqual([
      `${EVENT_7}, field "date.date": "2022-13" does not match precision "day" (expected YYYY-MM-DD)`,
    ])
  })
})

describe('wrong enumeration values name the field, the allowed values and the value received', () => {
  it('event kind (the case in the issue)', () => {
    expect(
      messagesAfter('data/events.json', (events) => {
        events[7].kind = '<img src=x onerror=alert(1)>'
      }),
    ).toEqual([
      'data/events.json, record 7 ("turkish-citizens-attempt-to-join"), field "kind": must be one of formation, disbandment, merger, policy, recruitment, figures, attack, battle, death, capture, other; got "<img src=x onerror=alert(1)>"',
    ])
  })

  it('date precision', () => {
    expect(
      messagesAfter('data/events.json', (events) => {
        events[7].date = { date: '2022', precision: 'decade' }
      }),
    ).toEqual([
      'data/events.json, record 7 ("turkish-citizens-attempt-to-join"), field "date.precision": must be one of day, month, year; got "decade"',
    ])
  })

  it('legality', () => {
    expect(
      messagesAfter('data/countries.json', (countries) => {
        byId(countries, 'POL').legality = 'sometimes'
      }),
    ).toEqual([
      'data/countries.json, record 51 ("POL"), field "legality": must be one of legal, conditional, unclear, illegal, unspecified; got "sometimes"',
    ])
  })

  it('stance', () => {
    expect(
      messagesAfter('data/countries.json', (countries) => {
        byId(countries, 'POL').stance = 'Permits'
      }),
    ).toEqual([
      'data/countries.json, record 51 ("POL"), field "stance": must be one of permits, neutral, discourages, prohibits, hostile; got "Permits"',
    ])
  })

  it('fact measure', () => {
    expect(
      messagesAfter('data/countries.json', (countries) => {
        byId(countries, 'POL').facts[0].measure = 'enlisted'
      }),
    ).toEqual([
      'data/countries.json, record 51 ("POL"), field "facts.0.measure": must be one of applied, registered, arrived, serving, killed, captured, missing, wounded, returned; got "enlisted"',
    ])
  })

  it('figure qualifier', () => {
    expect(
      messagesAfter('data/countries.json', (countries) => {
        byId(countries, 'POL').facts[0].figure.qualifier = 'roughly'
      }),
    ).toEqual([
      'data/countries.json, record 51 ("POL"), field "facts.0.figure.qualifier": must be one of exact, about, at-least, more-than, up-to; got "roughly"',
    ])
  })

  it('unit kind', () => {
    expect(
      messagesAfter('data/units.json', (units) => {
        byId(units, 'international-legion').kind = 'battalion'
      }),
    ).toEqual([
      'data/units.json, record 3 ("international-legion"), field "kind": must be one of structure, unit; got "battalion"',
    ])
  })

  it('wing', () => {
    expect(
      messagesAfter('data/units.json', (units) => {
        byId(units, 'international-legion').wing = 'HUR'
      }),
    ).toEqual([
      'data/units.json, record 3 ("international-legion"), field "wing": must be one of legion, hur, affiliated, related; got "HUR"',
    ])
  })

  it('prints a value that is not a string as JSON, and says when the field is missing', () => {
    expect(
      messagesAfter('data/events.json', (events) => {
        events[7].kind = 3
        events[8].kind = ['policy']
        events[9].kind = { kind: 'policy' }
        events[10].kind = true
        delete events[11].kind
      }),
    ).toEqual(
      [
        ['7', 'turkish-citizens-attempt-to-join', '3'],
        ['8', eventId(8), '["policy"]'],
        ['9', eventId(9), '{"kind":"policy"}'],
        ['10', eventId(10), 'true'],
        ['11', eventId(11), 'nothing (the field is missing)'],
      ].map(
        ([record, id, got]) =>
          `data/events.json, record ${record} ("${id}"), field "kind": must be one of formation, disbandment, merger, policy, recruitment, figures, attack, battle, death, capture, other; got ${got}`,
      ),
    )
  })

  it('reports null in a non-nullable enumeration as null', () => {
    expect(
      messagesAfter('data/units.json', (units) => {
        byId(units, 'international-legion').kind = null
      }),
    ).toEqual([
      'data/units.json, record 3 ("international-legion"), field "kind": must be one of structure, unit; got null',
    ])
  })
})
