/**
 * What is linked to the selection, in every view's terms: the countries the map outlines, the
 * units the org chart marks and the events the timeline marks. Pure; no DOM.
 */
import type { Atlas } from './atlas'

export interface SelectionIds {
  country: string | null
  unit: string | null
  event: string | null
}

export interface LinkedRecords {
  /** what kind of record the links come from; null without a selection */
  by: 'country' | 'unit' | 'event' | null
  /** the selected record's name or title; null for a dated event of the brief copy (model/event-title.ts) */
  about: string | null
  /** alpha-3 codes: the unit's nationalities, the event's countries, or the country itself */
  countries: readonly string[]
  unitIds: ReadonlySet<string>
  eventIds: ReadonlySet<string>
}

export const NOTHING_LINKED: LinkedRecords = {
  by: null,
  about: null,
  countries: [],
  unitIds: new Set(),
  eventIds: new Set(),
}

const ids = (records: ReadonlyArray<{ id: string }>) => new Set(records.map((r) => r.id))

const lastLinked = new WeakMap<Atlas, { key: string; linked: LinkedRecords }>()

/** The records linked to the selected country, unit or event; the same object for the same selection. */
export function linkedRecords(atlas: Atlas, selection: SelectionIds): LinkedRecords {
  const key = `${selection.country}|${selection.unit}|${selection.event}`
  const last = lastLinked.get(atlas)
  if (last?.key === key) return last.linked
  const linked = computeLinked(atlas, selection)
  lastLinked.set(atlas, { key, linked })
  return linked
}

function computeLinked(atlas: Atlas, { country, unit, event }: SelectionIds): LinkedRecords {
  if (country) {
    return {
      by: 'country',
      about: atlas.countryName(country),
      countries: [country],
      unitIds: ids(atlas.unitsOfCountry(country)),
      eventIds: ids(atlas.eventsOfCountry(country)),
    }
  }
  const u = unit ? atlas.unit(unit) : undefined
  if (u) {
    return {
      by: 'unit',
      about: u.name,
      countries: u.nationalities.iso3,
      unitIds: new Set([u.id]),
      eventIds: ids(atlas.eventsOfUnit(u.id)),
    }
  }
  const e = event ? atlas.event(event) : undefined
  if (e) {
    return {
      by: 'event',
      about: e.title ?? null,
      countries: e.countries,
      unitIds: new Set(e.units),
      eventIds: new Set([e.id]),
    }
  }
  return NOTHING_LINKED
}
