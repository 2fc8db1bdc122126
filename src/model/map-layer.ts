/**
 * What each country looks like on each map layer at a given as-of date: its category, the words
 * for its value, its fill, and (on the figures layers) the figure shown. Pure functions.
 */
import type { Country, CountryFact, FactMeasure, Legality, Stance } from '../data/schema'
import { LEGALITIES, STANCES } from '../data/schema'
import { LEGALITY_LABEL, MEASURE_LABEL, STANCE_LABEL } from './vocabulary'
import { formatSourceDate, hasBegunBy } from '../lib/dates'
import type { IsoDate, MapLayer } from './types'

/** Categories beyond the enumerations: a country without a table row, a statement dated later. */
export type ExtraCategory = 'no-stance' | 'not-yet' | 'figure' | 'figure-undated' | 'no-figure'
export type MapCategory = Legality | Stance | ExtraCategory

export const PATTERN_NO_STANCE = 'pattern-no-stance'
export const PATTERN_NOT_YET = 'pattern-not-yet'

/** Colour-blind-safe (Okabe–Ito) fills; the two "no value" states are patterns, not greys. */
export const CATEGORY_FILL: Record<MapCategory, string> = {
  legal: '#0072B2',
  conditional: '#56B4E9',
  unclear: '#F0E442',
  illegal: '#D55E00',
  unspecified: '#CC79A7',
  permits: '#0072B2',
  neutral: '#009E73',
  discourages: '#E69F00',
  prohibits: '#D55E00',
  hostile: '#5b1a4a',
  'no-stance': `url(#${PATTERN_NO_STANCE})`,
  'not-yet': `url(#${PATTERN_NOT_YET})`,
  figure: '#c9d6e3',
  'figure-undated': '#ecdcbc',
  'no-figure': '#e4e4e4',
}

export const NOT_IN_SOURCE_FILL = '#f1f1ef'

export const EXTRA_LABEL: Record<ExtraCategory, string> = {
  'no-stance': 'no stance recorded',
  'not-yet': 'not yet stated',
  figure: 'figure reported',
  'figure-undated': 'figure reported, date not stated',
  'no-figure': 'no figure reported',
}

export const FIGURE_MEASURES: Record<'volunteers' | 'deaths', readonly FactMeasure[]> = {
  volunteers: ['applied', 'registered', 'arrived', 'serving'],
  deaths: ['killed'],
}

export interface CountryLayerValue {
  iso3: string
  category: MapCategory
  /** the value in words, e.g. "legal with permission or conditions" */
  valueText: string
  /** when the statement was made or the figure reported, in words */
  dateText: string | null
  fill: string
  /** the figure drawn on the figures layers */
  fact: CountryFact | null
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

function statementDateText(country: Country): string {
  return country.statedOn ? `stated ${formatSourceDate(country.statedOn)}` : 'date not stated'
}

export function countryLayerValue(country: Country, layer: MapLayer, asOf: IsoDate): CountryLayerValue {
  const base = { iso3: country.iso3, fact: null }
  if (layer === 'legality' || layer === 'stance') {
    const value = layer === 'legality' ? country.legality : country.stance
    if (value === null)
      return {
        ...base,
        category: 'no-stance',
        valueText: EXTRA_LABEL['no-stance'],
        dateText: null,
        fill: CATEGORY_FILL['no-stance'],
      }
    if (country.statedOn && !hasBegunBy(country.statedOn, asOf))
      return {
        ...base,
        category: 'not-yet',
        valueText: EXTRA_LABEL['not-yet'],
        dateText: statementDateText(country),
        fill: CATEGORY_FILL['not-yet'],
      }
    const label = layer === 'legality' ? LEGALITY_LABEL[value as Legality] : STANCE_LABEL[value as Stance]
    return {
      ...base,
      category: value,
      valueText: label,
      dateText: statementDateText(country),
      fill: CATEGORY_FILL[value],
    }
  }
  const fact = figureAsOf(country, FIGURE_MEASURES[layer], asOf)
  if (!fact)
    return {
      ...base,
      category: 'no-figure',
      valueText: EXTRA_LABEL['no-figure'],
      dateText: null,
      fill: CATEGORY_FILL['no-figure'],
    }
  const category = fact.date ? 'figure' : 'figure-undated'
  return {
    ...base,
    category,
    valueText: `${formatFigure(fact)} ${MEASURE_LABEL[fact.measure]}`,
    dateText: `${fact.date ? formatSourceDate(fact.date) : 'date not stated'}, claimed by ${fact.claimant}`,
    fill: CATEGORY_FILL[category],
    fact,
  }
}

export function layerValues(
  countries: readonly Country[],
  layer: MapLayer,
  asOf: IsoDate,
): Map<string, CountryLayerValue> {
  return new Map(countries.map((c) => [c.iso3, countryLayerValue(c, layer, asOf)]))
}

export interface LegendEntry {
  category: MapCategory
  label: string
  fill: string
  count: number
}

/** The legend of a choropleth layer: every category, in order, with how many countries show it. */
export function legendEntries(layer: MapLayer, values: Map<string, CountryLayerValue>): LegendEntry[] {
  const order: MapCategory[] =
    layer === 'legality'
      ? [...LEGALITIES, 'not-yet', 'no-stance']
      : layer === 'stance'
        ? [...STANCES, 'not-yet', 'no-stance']
        : ['figure', 'figure-undated', 'no-figure']
  const counts = new Map<MapCategory, number>()
  for (const v of values.values()) counts.set(v.category, (counts.get(v.category) ?? 0) + 1)
  return order.map((category) => ({
    category,
    label:
      category in EXTRA_LABEL
        ? EXTRA_LABEL[category as ExtraCategory]
        : layer === 'legality'
          ? LEGALITY_LABEL[category as Legality]
          : STANCE_LABEL[category as Stance],
    fill: CATEGORY_FILL[category],
    count: counts.get(category) ?? 0,
  }))
}

/** "Poland: legal with permission or conditions" — the accessible name of a country on the map. */
export function accessibleValue(name: string, value: CountryLayerValue): string {
  return value.dateText ? `${name}: ${value.valueText} (${value.dateText})` : `${name}: ${value.valueText}`
}
