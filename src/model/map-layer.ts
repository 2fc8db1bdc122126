/**
 * What each country looks like on each map layer at a given as-of date: its category, the words
 * for its value, its fill, and (on the figures layers) the figure shown. Pure functions.
 */
import type { Country, CountryFact, Legality, Person, Stance } from '../data/schema'
import { claimedByText, figureAsOf, FIGURE_MEASURES, formatFigure, namedCases } from './figures'
import { LEGALITIES, STANCES } from '../data/schema'
import { CATEGORY_COLOR, COLOR } from '../lib/tokens'
import {
  EXTRA_CATEGORY_DEFINITION,
  EXTRA_CATEGORY_LABEL,
  LEGALITY_DEFINITION,
  LEGALITY_LABEL,
  MEASURE_LABEL,
  NO_STANCE_RECORDED,
  NOT_YET_STATED,
  STANCE_DEFINITION,
  STANCE_LABEL,
  type ExtraCategory,
} from './vocabulary'
import { formatIsoDate, formatSourceDate, hasBegunBy } from '../lib/dates'
import { LEGION_CREATED } from './legion'
import type { IsoDate, MapLayer } from './types'

export type { ExtraCategory }

/**
 * A stance the map colours: a legality the source states, or an official stance. A table row that
 * says nothing about legality ("unspecified") is not one: the map draws it as "no stance given".
 */
export type StanceCategory = Exclude<Legality, 'unspecified'> | Stance
export type MapCategory = StanceCategory | ExtraCategory

/** The dotted fill of "no stance given", the one kind of "no data" for a country the source covers. */
export const PATTERN_NO_STANCE = 'pattern-no-stance'
export const PATTERN_UNDATED = 'pattern-undated'

/** The categories a stance can have, each drawn hatched when the source gives no date for it. */
export const STANCE_CATEGORIES: readonly StanceCategory[] = [
  ...LEGALITIES.filter((l): l is Exclude<Legality, 'unspecified'> => l !== 'unspecified'),
  ...STANCES,
]

/** The pattern id of a stance the source gives no date for: its colour, hatched with white. */
export const undatedPatternId = (category: StanceCategory) => `${PATTERN_UNDATED}-${category}`

/** The fill of each category, from the tokens; "no stance given" and "undated" are patterns. */
export const CATEGORY_FILL: Record<MapCategory, string> = {
  legal: CATEGORY_COLOR.legal,
  conditional: CATEGORY_COLOR.conditional,
  unclear: CATEGORY_COLOR.unclear,
  illegal: CATEGORY_COLOR.illegal,
  permits: CATEGORY_COLOR.permits,
  neutral: CATEGORY_COLOR.neutral,
  discourages: CATEGORY_COLOR.discourages,
  prohibits: CATEGORY_COLOR.prohibits,
  hostile: CATEGORY_COLOR.hostile,
  'before-legion': CATEGORY_COLOR.noFigure,
  undated: `url(#${PATTERN_UNDATED})`,
  'no-stance': `url(#${PATTERN_NO_STANCE})`,
  figure: CATEGORY_COLOR.figure,
  'figure-undated': CATEGORY_COLOR.figureUndated,
  'no-figure': CATEGORY_COLOR.noFigure,
}

/** Countries the source does not cover. */
export const NOT_IN_SOURCE_FILL = COLOR.mapNotInSource

const isExtra = (category: MapCategory): category is ExtraCategory => category in EXTRA_CATEGORY_LABEL

/** A category in words, as the legend, the tooltips and the accessible names say it. */
export function categoryLabel(category: MapCategory): string {
  if (isExtra(category)) return EXTRA_CATEGORY_LABEL[category]
  return (LEGALITY_LABEL as Record<string, string>)[category] ?? STANCE_LABEL[category as Stance]
}

/** What a category means, for the legend's tooltips. */
export function categoryDefinition(category: MapCategory): string {
  if (isExtra(category)) return EXTRA_CATEGORY_DEFINITION[category]
  return (LEGALITY_DEFINITION as Record<string, string>)[category] ?? STANCE_DEFINITION[category as Stance]
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
  /** a stance the source gives no date for: drawn hatched, and counted apart in the legend */
  undated: boolean
  /**
   * On the figures layers, "at least N": N is the larger of the largest dated figure reported by
   * then and the number of people of the country the source names as such cases by then.
   */
  amount: number | null
  /** which of the two N is; null on the choropleth layers */
  basis: 'figure' | 'named' | null
}

function statementDateText(country: Country): string {
  return country.statedOn ? `stated ${formatSourceDate(country.statedOn)}` : 'date not stated'
}

export function countryLayerValue(
  country: Country,
  layer: MapLayer,
  asOf: IsoDate,
  people: readonly Person[] = [],
): CountryLayerValue {
  const base = { iso3: country.iso3, fact: null, undated: false, amount: null, basis: null }
  if (layer === 'legality' || layer === 'stance') {
    const value = layer === 'legality' ? country.legality : country.stance
    // The table summarises responses to the Legion: none can be older than the Legion itself.
    if (value !== null && asOf < LEGION_CREATED)
      return {
        ...base,
        category: 'before-legion',
        valueText: EXTRA_CATEGORY_LABEL['before-legion'],
        dateText: null,
        fill: CATEGORY_FILL['before-legion'],
      }
    // No row, a statement made after the as-of date, or a row silent on legality: the source
    // covers the country but gives no stance by then. One category; the words say which.
    const noStance = (valueText: string, dateText: string | null): CountryLayerValue => ({
      ...base,
      category: 'no-stance',
      valueText,
      dateText,
      fill: CATEGORY_FILL['no-stance'],
    })
    if (value === null) return noStance(NO_STANCE_RECORDED, null)
    if (country.statedOn && !hasBegunBy(country.statedOn, asOf))
      return noStance(NOT_YET_STATED, statementDateText(country))
    if (value === 'unspecified') return noStance(LEGALITY_LABEL.unspecified, statementDateText(country))
    const label = layer === 'legality' ? LEGALITY_LABEL[value as Legality] : STANCE_LABEL[value as Stance]
    const undated = country.statedOn === null
    return {
      ...base,
      category: value,
      valueText: label,
      dateText: statementDateText(country),
      fill: undated ? `url(#${undatedPatternId(value)})` : CATEGORY_FILL[value],
      undated,
    }
  }
  const fact = figureAsOf(country, FIGURE_MEASURES[layer], asOf)
  const named = namedCases(people, country.iso3, layer, asOf)
  const datedMax = fact?.date ? fact.figure!.max : 0
  if (named.length > datedMax) {
    const measure = layer === 'deaths' ? 'killed' : 'volunteers'
    return {
      ...base,
      category: 'figure',
      valueText: `at least ${named.length} ${measure}: ${named.length} named ${layer === 'deaths' ? 'deaths' : 'volunteers'}`,
      dateText: `people the source names, by ${formatIsoDate(asOf)}${fact ? `; largest figure ${formatFigure(fact)}` : ''}`,
      fill: CATEGORY_FILL.figure,
      fact,
      amount: named.length,
      basis: 'named',
    }
  }
  if (!fact)
    return {
      ...base,
      category: 'no-figure',
      valueText: EXTRA_CATEGORY_LABEL['no-figure'],
      dateText: null,
      fill: CATEGORY_FILL['no-figure'],
    }
  const category = fact.date ? 'figure' : 'figure-undated'
  return {
    ...base,
    category,
    valueText: `${formatFigure(fact)} ${MEASURE_LABEL[fact.measure]}`,
    dateText: `${fact.date ? formatSourceDate(fact.date) : 'date not stated'}, ${claimedByText(fact.claimant)}`,
    fill: CATEGORY_FILL[category],
    fact,
    amount: fact.figure!.max,
    basis: 'figure',
  }
}

export function layerValues(
  countries: readonly Country[],
  layer: MapLayer,
  asOf: IsoDate,
  people: readonly Person[] = [],
): Map<string, CountryLayerValue> {
  return new Map(countries.map((c) => [c.iso3, countryLayerValue(c, layer, asOf, people)]))
}

/** "Poland: legal with permission or conditions" — the accessible name of a country on the map. */
export function accessibleValue(name: string, value: CountryLayerValue): string {
  return value.dateText ? `${name}: ${value.valueText} (${value.dateText})` : `${name}: ${value.valueText}`
}
