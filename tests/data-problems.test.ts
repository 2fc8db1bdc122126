import { describe, expect, it } from 'vitest'
import { DataFileError, parseDataText } from '../src/data/data-problems'
import { CountriesFileSchema, EventsFileSchema } from '../src/data/schema'

const validCountry = {
  iso3: 'POL',
  name: 'Poland',
  legality: 'conditional',
  stance: 'permits',
  statement: 'Polish citizens ... must receive the approval',
  statedOn: null,
  ambiguous: false,
  ambiguity: null,
  facts: [],
  sources: [{ section: 'Summary of official international government responses', quote: 'Polish citizens' }],
  conflicts: [],
}

function problemsOf(run: () => unknown) {
  try {
    run()
  } catch (error) {
    if (error instanceof DataFileError) return error.problems
    throw error
  }
  throw new Error('expected a DataFileError')
}

describe('parseDataText', () => {
  it('returns the typed records of a valid file', () => {
    const countries = parseDataText(
      'data/countries.json',
      JSON.stringify([validCountry]),
      CountriesFileSchema,
    )
    expect(countries[0]!.iso3).toBe('POL')
  })

  it('names the file, the record, its label and the field of an invalid value', () => {
    const text = JSON.stringify([validCountry, { ...validCountry, iso3: 'DEU', legality: 'sometimes' }])
    const error = (() => {
      try {
        parseDataText('data/countries.json', text, CountriesFileSchema)
      } catch (e) {
        return e as Error
      }
    })()
    expect(error).toBeInstanceOf(DataFileError)
    expect(error!.message).toMatch(/^data\/countries\.json, record 1 \("DEU"\), field "legality": /)
  })

  it('names nested fields with their full path', () => {
    const event = {
      id: 'e',
      date: { date: '2022-03', precision: 'day' },
      kind: 'policy',
      title: 't',
      countries: [],
      units: [],
      sources: [{ section: 's', quote: 'q' }],
      conflicts: [],
    }
    const [problem] = problemsOf(() =>
      parseDataText('data/events.json', JSON.stringify([event]), EventsFileSchema),
    )
    expect(problem).toMatchObject({
      file: 'data/events.json',
      record: 0,
      recordLabel: 'e',
      field: 'date.date',
    })
    expect(problem!.message).toContain('does not match precision "day"')
  })

  it('says when the text is not JSON at all', () => {
    const [problem] = problemsOf(() => parseDataText('data/units.json', '[{"id": ', CountriesFileSchema))
    expect(problem).toMatchObject({ file: 'data/units.json', record: null, field: null })
    expect(problem!.message).toMatch(/is not valid JSON/)
  })
})
