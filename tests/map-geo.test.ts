import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CountriesFileSchema } from '../src/data/schema'
import type { Topology } from 'topojson-specification'
import { countryAt } from '../scripts/map-shapes'
import { markersFor } from '../src/features/map/geo'
import { viewAt, viewPosition } from '../src/features/map/map-figure'
import { figureAsOf } from '../src/model/figures'
import { countryLayerValue, layerValues } from '../src/model/map-layer'
import { legendEntries } from '../src/model/map-legend'
import { worldGeometry as geometry } from './helpers/atlas'
import { repoFile } from './helpers/fake-fetch'

const topology = JSON.parse(repoFile('geo/world-110m.json')) as Topology
const countries = CountriesFileSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../data/countries.json'), 'utf8')),
)

describe('map borders', () => {
  it('puts Simferopol, in Crimea, inside Ukraine', () => {
    expect(countryAt(topology, [34.1, 44.95])).toBe('UKR')
  })

  it('has Kosovo as a country of its own', () => {
    expect(countryAt(topology, [21.17, 42.67])).toBe('XKX')
  })

  it('joins every country in the dataset to a shape or a marker', () => {
    const { markers, unplaced } = markersFor(
      geometry,
      countries.map((c) => c.iso3),
    )
    expect(unplaced).toEqual([])
    for (const c of countries) {
      const placed = geometry.byIso3.has(c.iso3) || markers.some((m) => m.iso3 === c.iso3)
      expect(placed, `${c.name} (${c.iso3})`).toBe(true)
    }
    expect(markers.map((m) => m.iso3)).toEqual(expect.arrayContaining(['SGP', 'HKG']))
  })
})

describe('map layers', () => {
  const poland = countries.find((c) => c.iso3 === 'POL')!
  const albania = countries.find((c) => c.name === 'Albania')!

  it('colours a country by its legality and its stance', () => {
    expect(countryLayerValue(poland, 'legality', '2026-01-01')).toMatchObject({ category: 'conditional' })
    expect(countryLayerValue(poland, 'stance', '2026-01-01').category).toBe(poland.stance)
  })

  it('shows a country with no table row as "no stance recorded"', () => {
    expect(countryLayerValue(albania, 'legality', '2026-01-01')).toMatchObject({
      category: 'no-stance',
      valueText: 'no stance recorded',
    })
  })

  it('shows a statement dated after the as-of date as "not yet stated", a kind of "no stance given"', () => {
    const dated = countries.find(
      (c) => c.statedOn && c.statedOn.precision === 'day' && c.legality !== 'unspecified',
    )!
    const before = new Date(Date.parse(dated.statedOn!.date) - 86_400_000).toISOString().slice(0, 10)
    expect(countryLayerValue(dated, 'legality', before)).toMatchObject({
      category: 'no-stance',
      valueText: 'not yet stated',
    })
    expect(countryLayerValue(dated, 'legality', dated.statedOn!.date).category).toBe(dated.legality)
  })

  it('shows a table row silent on legality as "legality not stated", a kind of "no stance given"', () => {
    const algeria = countries.find((c) => c.iso3 === 'DZA')!
    expect(algeria.legality).toBe('unspecified')
    expect(countryLayerValue(algeria, 'legality', '2026-01-01')).toMatchObject({
      category: 'no-stance',
      valueText: 'legality not stated',
    })
    // Its stance is stated: the stance layer colours it.
    expect(countryLayerValue(algeria, 'stance', '2026-01-01').category).toBe('discourages')
  })

  it('shows an undated statement from the Legion’s creation on, marked "date not stated", never before', () => {
    const undated = countries.find((c) => c.statement && !c.statedOn)!
    for (const asOf of ['2022-02-27', '2026-01-01']) {
      const value = countryLayerValue(undated, 'legality', asOf)
      expect(value.category).toBe(undated.legality)
      expect(value.undated).toBe(true)
      expect(value.dateText).toBe('date not stated')
    }
    expect(countryLayerValue(undated, 'legality', '2014-01-01').category).toBe('before-legion')
  })

  it('uses only figures reported by the as-of date, the largest first', () => {
    const usa = countries.find((c) => c.iso3 === 'USA')!
    const late = figureAsOf(usa, ['applied', 'registered'], '2026-01-01')
    const early = figureAsOf(usa, ['applied', 'registered'], '2022-03-05')
    expect(late!.figure!.max).toBeGreaterThanOrEqual(early?.figure?.max ?? 0)
    expect(figureAsOf(usa, ['applied', 'registered'], '2014-01-01')).toBeNull()
  })

  it('shows a figure the source gives no date for as undated, never as reported by a date', () => {
    const uk = countries.find((c) => c.iso3 === 'GBR')!
    const value = countryLayerValue(uk, 'volunteers', '2014-01-01')
    expect(value.category).toBe('figure-undated')
    expect(value.dateText).toMatch(/^date not stated/)
    // A dated figure, once reported, is preferred to an undated one.
    const usa = countries.find((c) => c.iso3 === 'USA')!
    expect(countryLayerValue(usa, 'volunteers', '2023-01-01').category).toBe('figure')
    const entries = legendEntries('volunteers', layerValues(countries, 'volunteers', '2013-12-31'))
    expect(entries.map((e) => e.label)).toEqual([
      'figure reported',
      'figure reported, date not stated',
      'no figure reported',
    ])
    expect(entries[0]!.count).toBe(0)
  })

  it('lists every stated legality in the legend with its count, then one entry for each other idea', () => {
    const entries = legendEntries('legality', layerValues(countries, 'legality', '2026-01-01'))
    expect(entries.map((e) => [e.label, e.kind])).toEqual([
      ['legal', 'value'],
      ['legal with permission or conditions', 'value'],
      ['legality unclear', 'value'],
      ['illegal', 'value'],
      ['statement date not stated', 'property'],
      ['no stance given', 'no-data'],
    ])
    // One kind of "no data" among the entries (the legend adds "not in the source"), explained in words.
    expect(entries.filter((e) => e.kind === 'no-data')).toHaveLength(1)
    for (const e of entries.filter((e) => e.kind !== 'value')) expect(e.definition.length).toBeGreaterThan(40)
    // Every country once: dated and undated apart in each category; the undated entry sums them.
    const perCountry = entries.filter((e) => e.category !== 'undated')
    expect(perCountry.reduce((n, e) => n + e.count + e.undated, 0)).toBe(countries.length)
    expect(entries.find((e) => e.category === 'undated')!.count).toBe(
      entries.reduce((n, e) => n + e.undated, 0),
    )
    expect(new Set(entries.map((e) => e.fill)).size).toBe(entries.length)
  })

  it('merges a missing row, a row silent on legality and a later statement into "no stance given"', () => {
    const early = legendEntries('legality', layerValues(countries, 'legality', '2022-03-01'))
    const noStance = early.find((e) => e.category === 'no-stance')!
    const missingRow = countries.filter((c) => c.legality === null).length
    const silent = countries.filter((c) => c.legality === 'unspecified').length
    expect(noStance.count).toBeGreaterThan(missingRow + silent)
    expect(early.filter((e) => e.kind === 'no-data')).toHaveLength(1)
  })
})

describe('the live map’s view and its transform', () => {
  it('gives back the view a position came from, in any box (MapZoomLayer ends a gesture with it)', () => {
    const box = { width: 1000, height: 600 }
    for (const view of [
      { center: [19, 52] as [number, number], zoom: 4 },
      { center: [-60, -15] as [number, number], zoom: 1 },
      { center: [120, 30] as [number, number], zoom: 12.5 },
    ]) {
      const position = viewPosition(geometry, view, box)
      // The view's centre sits at the box's middle.
      const [x, y] = geometry.projection(view.center)
      expect(x * position.k + position.x).toBeCloseTo(box.width / 2, 6)
      expect(y * position.k + position.y).toBeCloseTo(box.height / 2, 6)
      const back = viewAt(geometry, position, box)
      expect(back.zoom).toBe(view.zoom)
      expect(back.center[0]).toBeCloseTo(view.center[0], 6)
      expect(back.center[1]).toBeCloseTo(view.center[1], 6)
    }
  })
})
