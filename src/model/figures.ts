/**
 * The figures the source reports per country, as the volunteers and deaths layers draw them:
 * the largest dated figure by a date, the people it names as such cases by then, in words.
 * Pure functions.
 */
import type { Country, CountryFact, FactMeasure, Person, PersonFactKind } from '../data/schema'
import { hasBegunBy } from '../lib/dates'
import type { IsoDate } from './types'

export const FIGURE_MEASURES: Record<'volunteers' | 'deaths', readonly FactMeasure[]> = {
  volunteers: ['applied', 'registered', 'arrived', 'serving'],
  deaths: ['killed'],
}

/** What a person's fact must be to count as a named case on a figures layer. */
export const NAMED_CASE_KINDS: Record<'volunteers' | 'deaths', readonly PersonFactKind[]> = {
  volunteers: ['enlisted', 'serving', 'wounded', 'killed', 'captured'],
  deaths: ['killed'],
}

/** The people of a country the source names, by the as-of date, with a fact of one of the kinds. */
export function namedCases(
  people: readonly Person[],
  iso3: string,
  layer: 'volunteers' | 'deaths',
  asOf: IsoDate,
): Person[] {
  const kinds = NAMED_CASE_KINDS[layer]
  return people.filter(
    (p) =>
      p.nationalities.includes(iso3) &&
      p.facts.some((f) => kinds.includes(f.kind) && f.date !== null && hasBegunBy(f.date, asOf)),
  )
}

/**
 * Who reported a figure, for a sentence: "claimed by De Morgen". Where the source does not say
 * (`claimant` "unknown", perhaps with a note in brackets) it says so instead of naming "unknown".
 */
export function claimedByText(claimant: string): string {
  if (claimant === 'unknown') return 'claimant not stated'
  const note = /^unknown \((.+)\)$/.exec(claimant)
  if (note) return `claimant not stated (${note[1]})`
  return `claimed by ${claimant}`
}

export function formatFigure(fact: CountryFact): string {
  const f = fact.figure
  if (!f) return 'no number given'
  const n = (x: number) => x.toLocaleString('en-GB')
  const value = f.min === f.max ? n(f.min) : `${n(f.min)}–${n(f.max)}`
  const prefix = {
    exact: '',
    about: 'about ',
    'at-least': 'at least ',
    'more-than': 'more than ',
    'up-to': 'up to ',
  }[f.qualifier]
  return `${prefix}${value}`
}

/**
 * The figure a country shows on a figures layer: the largest dated figure reported by the as-of
 * date; failing that, the largest figure the source gives no date for (shown as undated, since it
 * cannot be placed in time).
 */
export function figureAsOf(
  country: Country,
  measures: readonly FactMeasure[],
  asOf: IsoDate,
): CountryFact | null {
  let dated: CountryFact | null = null
  let undated: CountryFact | null = null
  for (const fact of country.facts) {
    if (!fact.figure || !measures.includes(fact.measure)) continue
    if (fact.date) {
      if (hasBegunBy(fact.date, asOf) && (!dated || fact.figure.max > dated.figure!.max)) dated = fact
    } else if (!undated || fact.figure.max > undated.figure!.max) undated = fact
  }
  return dated ?? undated
}

export function largestFigure(
  countries: readonly Country[],
  layer: 'volunteers' | 'deaths',
  people: readonly Person[] = [],
): number {
  const measures = FIGURE_MEASURES[layer]
  let max = 1
  for (const c of countries) {
    for (const f of c.facts) if (f.figure && measures.includes(f.measure)) max = Math.max(max, f.figure.max)
    max = Math.max(max, namedCases(people, c.iso3, layer, '9999-12-31').length)
  }
  return max
}
