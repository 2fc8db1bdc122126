/**
 * The figures layers draw "at least N": the larger of the largest dated figure reported by then
 * and the number of people of the country the source names as such cases by then.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sourceTextPath } from '../scripts/data-paths'
import { PeopleFileSchema } from '../src/data/schema'
import { circleSteps, mapFigure } from '../src/features/map/map-figure'
import { claimedByText, largestFigure, namedCases } from '../src/model/figures'
import { countryLayerValue, layerValues } from '../src/model/map-layer'
import { countries, worldGeometry } from './helpers/atlas'

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
    const geometry = worldGeometry
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

/**
 * The newspapers, agencies, broadcasters, ministries and staffs the source names as reporting
 * something ("Time reported…", "according to De Morgen…", "…told Yle"), as it spells them.
 * `Time` is a whole, capitalised word ("at the time" is not the magazine).
 */
const REPORTERS: ReadonlyArray<string | RegExp> = [
  'El Espectador',
  'National Post',
  'De Morgen',
  'Kyiv Independent',
  /\bTime\b/,
  'Sky News',
  'The Times',
  'Telegraph',
  'Svenska Dagbladet',
  'TT News Agency',
  'Radio Télévision Suisse',
  'Yedioth Ahronoth',
  'Dnevnik.hr',
  'Balkan Insight',
  'CNN',
  'Business Insider',
  'Euroradio.fm',
  'Radio Free',
  'The Star',
  'New Zealand Herald',
  'Task & Purpose',
  'Intelligence Online',
  'El Comercio',
  'Asahi Shimbun',
  'Euronews',
  'Yle',
  'BBC',
  'TVN',
  'Ministry of Defence',
  'Ministry of Defense',
  'Defense Ministry',
  'defense ministry',
  'Ministry of Foreign Affairs',
  'Ministry for Foreign Affairs',
  'Foreign Ministry',
  'Ministry of Home Affairs',
  'General Staff',
  'State Service of Special Communications',
  'military press',
]

const reporterName = (r: string | RegExp) => (typeof r === 'string' ? r : r.source.replace(/\\b/g, ''))
const namedIn = (text: string) =>
  REPORTERS.filter((r) => (typeof r === 'string' ? text.includes(r) : r.test(text))).map(reporterName)
const says = (claimant: string, reporter: string) => claimant.toLowerCase().includes(reporter.toLowerCase())
const figures = countries.flatMap((c) => c.facts.map((fact, i) => ({ at: `${c.iso3} facts[${i}]`, fact })))

const SOURCE_PATH = sourceTextPath(resolve(__dirname, '..'))
const IN_CI = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase())
const itWithSource = it.skipIf(!existsSync(SOURCE_PATH) && !IN_CI)

/** The sentences of the source a quote lies in (a quote may run over two). */
function sentencesOf(source: string, quote: string): string {
  const at = source.indexOf(quote)
  if (at < 0) throw new Error(`quote not in the source: ${quote}`)
  const lineStart = source.lastIndexOf('\n', at) + 1
  const lineEnd = source.indexOf('\n', at + quote.length)
  const line = source.slice(lineStart, lineEnd < 0 ? undefined : lineEnd)
  const from = at - lineStart
  const to = from + quote.length
  let offset = 0
  const hit: string[] = []
  for (const sentence of line.split(/(?<=[.!?])\s+(?=["“A-Z0-9])/)) {
    const start = line.indexOf(sentence, offset)
    const end = start + sentence.length
    offset = end
    if (end > from && start < to) hit.push(sentence)
  }
  return hit.join(' ')
}

describe('who claimed a figure', () => {
  it('names the outlet or body a figure’s quote names, never "unknown"', () => {
    const named = figures.filter(({ fact }) => namedIn(fact.source.quote).length > 0)
    expect(named.length).toBeGreaterThanOrEqual(10)
    for (const { at, fact } of named) {
      expect(fact.claimant, `${at}: ${fact.source.quote}`).not.toMatch(/^unknown/)
      for (const reporter of namedIn(fact.source.quote))
        expect(says(fact.claimant, reporter), `${at}: "${fact.claimant}" should name ${reporter}`).toBe(true)
    }
  })

  itWithSource('names every outlet or body the source sentence of a figure names', () => {
    const source = readFileSync(SOURCE_PATH, 'utf8')
    for (const reporter of REPORTERS.map(reporterName)) expect(source, reporter).toContain(reporter)
    let checked = 0
    for (const { at, fact } of figures) {
      const sentence = sentencesOf(source, fact.source.quote)
      for (const reporter of namedIn(sentence)) {
        checked += 1
        expect(says(fact.claimant, reporter), `${at} is claimed by "${fact.claimant}"; ${sentence}`).toBe(
          true,
        )
      }
    }
    expect(checked).toBeGreaterThanOrEqual(15)
  })

  it('says "claimed by" an outlet, and "claimant not stated" where the source does not say', () => {
    expect(claimedByText('De Morgen')).toBe('claimed by De Morgen')
    expect(claimedByText('unknown')).toBe('claimant not stated')
    expect(claimedByText('unknown (an estimate)')).toBe('claimant not stated (an estimate)')
  })
})
