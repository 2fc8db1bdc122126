/**
 * The map's legend at a given as-of date: its entries in order with their counts, what each entry
 * can pin, and which countries an entry holds. Pure functions over the layer values of map-layer.ts.
 */
import type { Country } from '../data/schema'
import { STANCES, LEGALITIES } from '../data/schema'
import { CONFLICT_LABEL, LEGEND_NOTE, type ExtraCategory } from './vocabulary'
import {
  CATEGORY_FILL,
  categoryDefinition,
  categoryLabel,
  STANCE_CATEGORIES,
  type CountryLayerValue,
  type MapCategory,
} from './map-layer'
import type { MapLayer } from './types'

/**
 * What a legend entry is about, one idea each: a value the map colours; a state of the world at the
 * as-of date (the Legion did not exist yet); a property of a stance (its date is not stated: the
 * hatch); or "no data" for a country the source covers. The other "no data", a country the source
 * does not cover, is not a category of any value: the legend adds it (NOT_IN_SOURCE_LABEL).
 */
export type LegendKind = 'value' | 'state' | 'property' | 'no-data'

export interface LegendEntry {
  category: MapCategory
  kind: LegendKind
  label: string
  /** what the entry means, in words (the legend's tooltip) */
  definition: string
  /** the short words the legend shows on screen beside the entry, where its label needs them */
  note: string | null
  fill: string
  /** countries drawn in this category; for a stance, those whose statement is dated */
  count: number
  /** for a stance: countries in this category whose statement the source does not date */
  undated: number
}

const CHOROPLETH_VALUES: Record<'legality' | 'stance', MapCategory[]> = {
  legality: STANCE_CATEGORIES.filter((c) => (LEGALITIES as readonly string[]).includes(c)),
  stance: [...STANCES],
}

/** Every entry a layer's legend can have, in order, with its kind. */
function legendOrder(layer: MapLayer): Array<[MapCategory, LegendKind]> {
  if (layer === 'legality' || layer === 'stance')
    return [
      ...CHOROPLETH_VALUES[layer].map((c): [MapCategory, LegendKind] => [c, 'value']),
      ['before-legion', 'state'],
      ['undated', 'property'],
      ['no-stance', 'no-data'],
    ]
  return [
    ['figure', 'value'],
    ['figure-undated', 'value'],
    ['no-figure', 'no-data'],
  ]
}

/**
 * The legend of a layer: its values in order with how many countries show each, then the state
 * and the property that apply at this date, then the one "no data" of a covered country.
 */
export function legendEntries(
  layer: MapLayer,
  values: ReadonlyMap<string, CountryLayerValue>,
): LegendEntry[] {
  const counts = new Map<MapCategory, number>()
  const undated = new Map<MapCategory, number>()
  for (const v of values.values()) {
    const into = v.undated ? undated : counts
    into.set(v.category, (into.get(v.category) ?? 0) + 1)
  }
  const undatedTotal = [...undated.values()].reduce((a, b) => a + b, 0)
  return (
    legendOrder(layer)
      .map(([category, kind]) => ({
        category,
        kind,
        label: categoryLabel(category),
        definition: categoryDefinition(category),
        note: LEGEND_NOTE[category as ExtraCategory] ?? null,
        fill: CATEGORY_FILL[category],
        count: category === 'undated' ? undatedTotal : (counts.get(category) ?? 0),
        undated: undated.get(category) ?? 0,
      }))
      // The state and the property that depend on the date appear only when some country has them.
      .filter((e) => !(e.kind === 'state' || e.kind === 'property') || e.count > 0)
  )
}

/**
 * What the legend can pin (and the URL's `legend=` names): a category, or the countries whose
 * record holds conflicting claims (the ⚠ beside their names).
 */
export type LegendKey = MapCategory | 'conflicts'

export const LEGEND_KEYS: readonly LegendKey[] = [
  ...(Object.keys(CATEGORY_FILL) as MapCategory[]),
  'conflicts',
]

/** The keys a layer's legend can show: a pin outside them belongs to another layer. */
export function legendKeys(layer: MapLayer): LegendKey[] {
  return [...legendOrder(layer).map(([category]) => category), 'conflicts']
}

/** Whether a country belongs to a legend entry: what the entry highlights and the list narrows to. */
export function inLegendEntry(
  key: LegendKey,
  value: CountryLayerValue,
  country: Pick<Country, 'conflicts'>,
): boolean {
  if (key === 'conflicts') return country.conflicts.length > 0
  if (key === 'undated') return value.undated
  return value.category === key
}

/** A legend entry's name, as the list says what it is narrowed to ("16 illegal"). */
export function legendKeyLabel(key: LegendKey): string {
  return key === 'conflicts' ? CONFLICT_LABEL : categoryLabel(key)
}

/** "illegal (6 dated, 7 date not stated)", as the exports' legend says an entry. */
export function legendEntryText(entry: LegendEntry): string {
  if (!entry.undated) return `${entry.label} (${entry.count})`
  return `${entry.label} (${entry.count} dated, ${entry.undated} date not stated)`
}
