/**
 * The figures layers draw "at least N": the larger of the largest dated figure reported by then
 * and the number of people of the country the source names as such cases by then.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PeopleFileSchema } from '../src/data/schema'
import { buildWorldGeometry } from '../src/features/map/geo'
import { circleSteps, mapFigure } from '../src/features/map/map-figure'
import { TopologySchema } from '../src/data/topology'
import { largestFigure, namedCases } from '../src/model/figures'
import { countryLayerValue, layerValues } from '../src/model/map-layer'
import { countries } from './helpers/atlas'

const read = (file: string) => JSON.parse(readFileSync(resolve(__dirname, '..', file), 'utf8'))
const people = PeopleFileSchema.parse(read('data/people.json'))
const colombia = countries.find((c) => c.iso3 === 'COL')!

describe('the deaths layer', () => {
  it('gives Colombia 2 named deaths once both are reported, and 1 between them', () => {
    const now = countryLayerValue(colombia, 'deaths', '2024-01-01', people)
    expect(now.amount).toBe(2)
    expect(now.basis).toBe('named')
    expect(now.valueText).toBe('at least 2 killed: 2 named deaths')
    expect(namedCases(people, 'COL', 'deaths', '2024-01-01').map((p) => p.name)).toHaveLength(2)
    expect(countryLayerValue(colombia, 'deaths', '2022-12-31', people).amount).toBe(1)
  })

  it('keeps the largest dated figure where it is larger than the named cases', () => {
    const usa = countries.find((c) => c.iso3 === 'USA')!
    const value = countryLayerValue(usa, 'deaths', '2026-01-01', people)
    expect(value.basis).toBe('figure')
    expect(value.amount).toBeGreaterThanOrEqual(namedCases(people, 'USA', 'deaths', '2026-01-01').length)
  })

  it('draws a circle key that spans the largest circle drawn at any date', () => {
    const geometry = buildWorldGeometry(TopologySchema.parse(read('public/geo/world-110m.json')))
    const figure = mapFigure(geometry, countries, 'deaths', '2026-01-01', people)
    const steps = circleSteps(figure)
    const largestDrawn = Math.max(
      ...[...layerValues(countries, 'deaths', '2026-01-01', people).values()].map((v) => v.amount ?? 0),
    )
    expect(largestDrawn).toBeGreaterThanOrEqual(50)
    expect(steps.at(-1)!.value).toBe(largestFigure(countries, 'deaths', people))
    expect(steps.at(-1)!.value).toBeGreaterThanOrEqual(largestDrawn)
    expect(figure.radius!(largestDrawn)).toBeLessThanOrEqual(steps.at(-1)!.radius)
  })
})
