/**
 * Which units answer the user's unit filters at the as-of date: the one answer the org chart, the
 * units table and the exports all show. Pure functions over the atlas; no DOM.
 */
import type { Unit } from '../data/schema'
import type { Atlas } from './atlas'
import { compareText, containsWords, queryWords } from './text'
import { hasFilters, type IsoDate, type UnitFilters } from './types'
import { unitStateAt, type UnitPresence } from './unit-status'

/**
 * Whether the filters hold a text query, which looks in the units' descriptions: only the full
 * units.json has them (the first load's brief copy leaves them out), so such filters need the
 * atlas of the full files.
 */
export function needsDescriptions(filters: UnitFilters): boolean {
  return queryWords(filters.query).length > 0
}

/** What a text query looks in: a unit's name and description. Refuses an atlas without them. */
function searchedText(unit: Unit): string {
  const description = 'description' in unit ? unit.description : undefined
  if (typeof description !== 'string')
    throw new Error("A text query needs the units' descriptions: select from the full atlas")
  return `${unit.name} ${description}`
}

/**
 * Whether a unit (not a structural node) answers every filter but the date, given its state at
 * the date. The text query looks in the name and the description.
 */
function answersFilters(unit: Unit, filters: UnitFilters, state: UnitPresence): boolean {
  if (unit.kind !== 'unit') return false
  if (filters.wing && unit.wing !== filters.wing) return false
  if (filters.status && state !== filters.status) return false
  const n = filters.nationality
  if (n && !unit.nationalities.iso3.includes(n) && !unit.nationalities.peoples.includes(n)) return false
  const words = queryWords(filters.query)
  return words.length === 0 || containsWords(searchedText(unit), words)
}

/** Whether a unit is in the structure at `asOf` and answers every filter. */
export function unitMatches(atlas: Atlas, unit: Unit, filters: UnitFilters, asOf: IsoDate): boolean {
  const state = unitStateAt(atlas, unit, asOf)
  return state !== 'not-yet' && answersFilters(unit, filters, state)
}

export interface UnitSelection {
  asOf: IsoDate
  filters: UnitFilters
  /** units in the structure at the date that answer every filter, in the data's order */
  matches: readonly Unit[]
  matchIds: ReadonlySet<string>
  /** units (not structural nodes) in the structure at the date: the M of "N of M units match" */
  present: number
  /**
   * units that would answer the filters but are not yet in the structure at the date (none when a
   * status is chosen: a unit not yet formed has no status)
   */
  notYet: readonly Unit[]
  /** every record the chart draws: all present records without filters, else matches and the nodes above them */
  shown: ReadonlySet<string>
  /** each unit's state at the date, by id */
  state: ReadonlyMap<string, UnitPresence>
}

/**
 * The same answer as `selectUnits`, computed afresh and not kept: for work ahead of the date (the
 * org chart lays out the dates a scrub may reach), which must not displace the views' answer.
 */
export function computeSelection(atlas: Atlas, filters: UnitFilters, asOf: IsoDate): UnitSelection {
  const state = new Map(atlas.units.map((u) => [u.id, unitStateAt(atlas, u, asOf)]))
  const isUnit = (u: Unit) => u.kind === 'unit'
  const presentRecords = atlas.units.filter((u) => state.get(u.id) !== 'not-yet')
  const matches = presentRecords.filter((u) => answersFilters(u, filters, state.get(u.id)!))
  const notYet = filters.status
    ? []
    : atlas.units.filter((u) => state.get(u.id) === 'not-yet' && answersFilters(u, filters, 'not-yet'))
  let shown: Set<string>
  if (!hasFilters(filters)) shown = new Set(presentRecords.map((u) => u.id))
  else {
    shown = new Set()
    for (const unit of matches)
      for (let u: Unit | undefined = unit; u && !shown.has(u.id); u = atlas.parentOf(u)) shown.add(u.id)
  }
  return {
    asOf,
    filters,
    matches,
    matchIds: new Set(matches.map((u) => u.id)),
    present: presentRecords.filter(isUnit).length,
    notYet,
    shown,
    state,
  }
}

const lastSelection = new WeakMap<Atlas, { key: string; selection: UnitSelection }>()

/**
 * The units answering the filters at the date. Every view calls this with the store's choices;
 * the result for the same atlas, filters and date is the same object, computed once.
 */
export function selectUnits(atlas: Atlas, filters: UnitFilters, asOf: IsoDate): UnitSelection {
  const key = JSON.stringify([filters.wing, filters.nationality, filters.status, filters.query, asOf])
  const last = lastSelection.get(atlas)
  if (last?.key === key) return last.selection
  const selection = computeSelection(atlas, filters, asOf)
  lastSelection.set(atlas, { key, selection })
  return selection
}

export interface NationalityOption {
  /** the value stored as `nationality`: an alpha-3 code or a people's name */
  value: string
  /** "Poland (POL)", or a people's name */
  label: string
  kind: 'country' | 'people'
}

/** Every country and named people that appears in the units, countries first, each sorted by name. */
export function nationalityOptions(atlas: Atlas): NationalityOption[] {
  const codes = new Set(atlas.units.flatMap((u) => u.nationalities.iso3))
  const peoples = new Set(atlas.units.flatMap((u) => u.nationalities.peoples))
  const byLabel = (a: NationalityOption, b: NationalityOption) => compareText(a.label, b.label)
  const countries = [...codes].map((iso3): NationalityOption => {
    const name = atlas.countryName(iso3)
    return { value: iso3, label: name === iso3 ? iso3 : `${name} (${iso3})`, kind: 'country' }
  })
  const people = [...peoples].map((p): NationalityOption => ({ value: p, label: p, kind: 'people' }))
  return [...countries.sort(byLabel), ...people.sort(byLabel)]
}
