import { describe, expect, it } from 'vitest'
import { buildAtlas } from '../src/model/atlas'
import { countries } from './helpers/atlas'
import {
  DEFAULT_CHOICES,
  parseUrlChoices,
  serializeUrlChoices,
  unknownIdProblems,
  type UrlChoices,
} from '../src/app/url-state'
import { repoFile } from './helpers/fake-fetch'

describe('URL state', () => {
  it('round-trips every field through the query string', () => {
    const withCountry: UrlChoices = {
      country: 'POL',
      asOf: '2023-06-30',
      layer: 'deaths',
      unit: null,
      event: null,
      wing: 'hur',
      nationality: 'BLR',
      status: 'disbanded',
      query: 'Kalinoŭski regiment',
      phoneView: 'orgchart',
      lowerPane: 'table',
      tableTab: 'events',
      tableSearch: 'Yavoriv',
      timelineWindow: ['2022-02-01', '2025-12-31'],
      mapRegion: 'balkans',
      mapView: { center: [21.17, 42.67], zoom: 12.5 },
      legendPin: 'illegal',
    }
    for (const choices of [
      withCountry,
      { ...withCountry, country: null, unit: '2nd-battalion', layer: 'stance' as const },
      {
        ...withCountry,
        country: null,
        event: 'yavoriv-strike',
        layer: 'volunteers' as const,
        nationality: 'Chechens',
      },
    ]) {
      const search = serializeUrlChoices(choices)
      expect(parseUrlChoices(search)).toEqual({ choices, problems: [] })
    }
  })

  it("writes the map's region, a panned view and the pinned legend entry compactly, and reads them back", () => {
    const search = serializeUrlChoices({
      ...DEFAULT_CHOICES,
      mapRegion: 'europe',
      mapView: { center: [4.3517, 50.8503], zoom: 8.004 },
      legendPin: 'conflicts',
    })
    expect(search).toBe('?region=europe&zoom=4.35%2C50.85%2C8&legend=conflicts')
    expect(parseUrlChoices(search).choices).toMatchObject({
      mapRegion: 'europe',
      mapView: { center: [4.35, 50.85], zoom: 8 },
      legendPin: 'conflicts',
    })
    // A western, southern view has negative coordinates.
    const west = { center: [-58.38, -34.6] as [number, number], zoom: 4 }
    expect(
      parseUrlChoices(serializeUrlChoices({ ...DEFAULT_CHOICES, mapView: west })).choices.mapView,
    ).toEqual(west)
  })

  it('drops a region, a view or a legend entry it does not know, and says why', () => {
    const { choices, problems } = parseUrlChoices('?region=atlantis&zoom=500,1,2&legend=not-yet')
    expect(choices).toEqual(DEFAULT_CHOICES)
    expect(problems.map((p) => p.param)).toEqual(['region', 'zoom', 'legend'])
    expect(parseUrlChoices('?zoom=10,50,40').problems[0]!.reason).toMatch(/zoom from 1 to 20/)
  })

  it('uses the documented parameter names', () => {
    const search = serializeUrlChoices({ ...DEFAULT_CHOICES, country: 'POL', asOf: '2022-03-07', query: 'x' })
    expect(search).toBe('?country=POL&date=2022-03-07&q=x')
  })

  it('writes the timeline window as window=first..last, and reads it back', () => {
    const search = serializeUrlChoices({ ...DEFAULT_CHOICES, timelineWindow: ['2022-02-01', '2023-06-30'] })
    expect(search).toBe('?window=2022-02-01..2023-06-30')
    expect(parseUrlChoices(search).choices.timelineWindow).toEqual(['2022-02-01', '2023-06-30'])
    // A one-day window is a window; null (the default, the Legion's period) writes nothing.
    expect(parseUrlChoices('?window=2022-03-07..2022-03-07').choices.timelineWindow).toEqual([
      '2022-03-07',
      '2022-03-07',
    ])
    expect(serializeUrlChoices({ ...DEFAULT_CHOICES, timelineWindow: null })).toBe('')
  })

  it('drops a malformed timeline window and says why', () => {
    for (const value of ['2022-02-01', '2023-01-01..2022-01-01', '2022-02-30..2023-01-01', 'a..b..c']) {
      const { choices, problems } = parseUrlChoices(`?window=${value}`)
      expect(choices.timelineWindow).toBeNull()
      expect(problems).toEqual([
        { param: 'window', value, reason: expect.stringMatching(/YYYY-MM-DD\.\.YYYY-MM-DD/) },
      ])
    }
  })

  it('writes nothing for the defaults', () => {
    expect(serializeUrlChoices(DEFAULT_CHOICES)).toBe('')
  })

  it('ignores malformed values and says why, keeping the valid ones', () => {
    const { choices, problems } = parseUrlChoices(
      '?date=2022-02-30&layer=gdp&country=poland&wing=navy&unit=1st-battalion',
    )
    expect(choices).toEqual({ ...DEFAULT_CHOICES, unit: '1st-battalion' })
    expect(problems.map((p) => p.param)).toEqual(['country', 'date', 'layer', 'wing'])
    expect(problems[1]).toMatchObject({ value: '2022-02-30', reason: expect.stringMatching(/YYYY-MM-DD/) })
  })

  it('reloads every link the app itself writes for a chosen country without a problem', () => {
    const read = (f: string) => JSON.parse(repoFile(f))
    const data = {
      countries: read('data/countries.json'),
      units: read('data/units.json'),
      events: read('data/events.json'),
    }
    const atlas = buildAtlas(data)
    for (const country of data.countries as Array<{ iso3: string }>) {
      // A chosen country, and the nationality filter its "Show only …'s units" link sets.
      const search = serializeUrlChoices({
        ...DEFAULT_CHOICES,
        country: country.iso3,
        nationality: country.iso3,
      })
      const { choices, problems } = parseUrlChoices(search)
      expect([...problems, ...unknownIdProblems(choices, atlas)]).toEqual([])
    }
  })

  it('reports ids the data does not have', () => {
    const problems = unknownIdProblems(
      { ...DEFAULT_CHOICES, country: 'ATL', nationality: 'Martians' },
      buildAtlas({ countries: countries.filter((c) => c.iso3 === 'POL') }),
    )
    expect(problems).toEqual([
      { param: 'country', value: 'ATL', reason: 'is not a country in the data' },
      { param: 'nationality', value: 'Martians', reason: 'is not a nationality of any unit' },
    ])
  })
})
