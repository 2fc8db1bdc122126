/**
 * Which units the org chart shows for the store's filters and "as of" date. Matching units keep
 * their path to the root; every other unit is hidden (not faded), so a filter shortens the chart to
 * what answers it. Pure functions; no DOM.
 */
import type { Unit, Wing } from '../../data/schema'
import type { IsoDate, UnitStatus } from '../../store/app-store'
import { statusAt } from '../../data/unit-status'

export interface OrgFilters {
  wing: Wing | null
  /** alpha-3 code or a named people */
  nationality: string | null
  status: UnitStatus | null
  query: string
}

export const NO_FILTERS: OrgFilters = { wing: null, nationality: null, status: null, query: '' }

export function hasFilters(f: OrgFilters): boolean {
  return f.wing !== null || f.nationality !== null || f.status !== null || f.query.trim() !== ''
}

/** Lower case without diacritics, so "kastus kalinouski" finds "Kastuś Kalinoŭski". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** Whether the unit exists at `asOf`: it has been formed, and so have all the nodes above it. */
export function isPresent(unit: Unit, byId: ReadonlyMap<string, Unit>, asOf: IsoDate): boolean {
  const seen = new Set<string>()
  for (let u: Unit | undefined = unit; u && !seen.has(u.id); u = u.parent ? byId.get(u.parent) : undefined) {
    seen.add(u.id)
    if (statusAt(u, asOf) === 'not-yet') return false
  }
  return true
}

/** Whether a unit (not a structural node) answers every filter at `asOf`. */
export function unitMatches(unit: Unit, filters: OrgFilters, asOf: IsoDate): boolean {
  if (unit.kind !== 'unit') return false
  const status = statusAt(unit, asOf)
  if (status === 'not-yet') return false
  if (filters.wing && unit.wing !== filters.wing) return false
  if (filters.status && status !== filters.status) return false
  if (
    filters.nationality &&
    !unit.nationalities.iso3.includes(filters.nationality) &&
    !unit.nationalities.peoples.includes(filters.nationality)
  )
    return false
  const words = foldText(filters.query).split(/\s+/).filter(Boolean)
  if (words.length) {
    const haystack = foldText(`${unit.name} ${unit.description}`)
    if (!words.every((w) => haystack.includes(w))) return false
  }
  return true
}

export interface FilterResult {
  /** ids of the units that answer the filters */
  matches: Set<string>
  /** ids of every record the chart shows: all present records without filters, else matches and their ancestors */
  shown: Set<string>
  /** units (not structural nodes) present at the date: the "of N" in "12 of 37 units match" */
  total: number
}

export function filterUnits(units: Unit[], filters: OrgFilters, asOf: IsoDate): FilterResult {
  const byId = new Map(units.map((u) => [u.id, u]))
  const present = units.filter((u) => isPresent(u, byId, asOf))
  const total = present.filter((u) => u.kind === 'unit').length
  if (!hasFilters(filters)) {
    const ids = present.filter((u) => u.kind === 'unit').map((u) => u.id)
    return { matches: new Set(ids), shown: new Set(present.map((u) => u.id)), total }
  }
  const matches = new Set(present.filter((u) => unitMatches(u, filters, asOf)).map((u) => u.id))
  const shown = new Set<string>()
  for (const id of matches) {
    for (let u = byId.get(id); u && !shown.has(u.id); u = u.parent ? byId.get(u.parent) : undefined)
      shown.add(u.id)
  }
  return { matches, shown, total }
}

export interface NationalityOption {
  /** the value stored as `nationality`: an alpha-3 code or a people's name */
  value: string
  label: string
  kind: 'country' | 'people'
}

/**
 * Every country code and named people that appears in the units, countries first, each sorted by
 * its label. A code is labelled with the country's name when `countryName` knows it.
 */
export function nationalityOptions(
  units: Unit[],
  countryName: (iso3: string) => string | undefined = () => undefined,
): NationalityOption[] {
  const codes = new Set(units.flatMap((u) => u.nationalities.iso3))
  const peoples = new Set(units.flatMap((u) => u.nationalities.peoples))
  const byLabel = (a: NationalityOption, b: NationalityOption) => a.label.localeCompare(b.label)
  const countries = [...codes].map((iso3): NationalityOption => {
    const name = countryName(iso3)
    return { value: iso3, label: name ? `${name} (${iso3})` : iso3, kind: 'country' }
  })
  const people = [...peoples].map((p): NationalityOption => ({ value: p, label: p, kind: 'people' }))
  return [...countries.sort(byLabel), ...people.sort(byLabel)]
}
