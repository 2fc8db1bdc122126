/**
 * The atlas: the data files joined into one index, built once per load and read by every view.
 * Records by id, a name for every country (the dataset's, else the map's, else the code), and the
 * relations in both directions. Plain TypeScript; no React.
 */
import type { Country, LegionEvent, Person, FullCountry, FullEvent, FullUnit, Unit } from '../data/schema'

export interface AtlasFiles<
  C extends Country = Country,
  U extends Unit = Unit,
  E extends LegionEvent = LegionEvent,
> {
  countries?: readonly C[]
  units?: readonly U[]
  events?: readonly E[]
  people?: readonly Person[]
  /** names of the map's shapes by alpha-3 code, for countries the dataset has no record of */
  mapNames?: ReadonlyMap<string, string>
}

/**
 * The atlas as every view reads it. Its records may lack the words only the details show (the
 * first load's brief copies do, src/data/brief-copies.ts); a view that shows quotes reads a
 * FullAtlas, the same index over the files as they are.
 */
export type Atlas = AtlasOf<Country, Unit, LegionEvent>
export type FullAtlas = AtlasOf<FullCountry, FullUnit, FullEvent>

export interface AtlasOf<C extends Country, U extends Unit, E extends LegionEvent> {
  countries: readonly C[]
  units: readonly U[]
  events: readonly E[]
  /** the people the source names (empty until people.json has loaded) */
  people: readonly Person[]
  country(iso3: string): C | undefined
  unit(id: string): U | undefined
  event(id: string): E | undefined
  /** "Poland" for POL: the dataset's name, else the map's, else the code itself */
  countryName(iso3: string): string
  /** the unit's name, else its id */
  unitName(id: string): string
  /** the node above a unit, when it is in the data */
  parentOf(unit: Unit): U | undefined
  /** the units with the country among their nationalities */
  unitsOfCountry(iso3: string): readonly U[]
  /** the events that name the country */
  eventsOfCountry(iso3: string): readonly E[]
  /** the events that name the unit */
  eventsOfUnit(id: string): readonly E[]
  /** the people of a country: those the source makes its nationals */
  peopleOfCountry(iso3: string): readonly Person[]
  /** the people the source places in, at the head of, or at the founding of a unit */
  peopleOfUnit(id: string): readonly Person[]
  /** the people an event names or concerns */
  peopleOfEvent(id: string): readonly Person[]
  /** the units an event names that are in the data */
  unitsOfEvent(event: LegionEvent): readonly U[]
  /**
   * Whether the value may be the nationality filter: a country of the dataset (choosing a country
   * sets it) or a code or people that a unit names.
   */
  isNationality(value: string): boolean
}

const NONE: readonly never[] = Object.freeze([])

function groupBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const list = groups.get(key)
      if (list) list.push(item)
      else groups.set(key, [item])
    }
  }
  return groups
}

export function buildAtlas<C extends Country, U extends Unit, E extends LegionEvent>(
  files: AtlasFiles<C, U, E>,
): AtlasOf<C, U, E> {
  const countries: readonly C[] = files.countries ?? NONE
  const units: readonly U[] = files.units ?? NONE
  const events: readonly E[] = files.events ?? NONE
  const people = files.people ?? NONE
  const mapNames = files.mapNames ?? new Map<string, string>()
  const countryById = new Map(countries.map((c) => [c.iso3, c]))
  const unitById = new Map(units.map((u) => [u.id, u]))
  const eventById = new Map(events.map((e) => [e.id, e]))
  const unitsByCountry = groupBy(units, (u) => u.nationalities.iso3)
  const eventsByCountry = groupBy(events, (e) => e.countries)
  const eventsByUnit = groupBy(events, (e) => e.units)
  const peopleByCountry = groupBy(people, (p) => p.nationalities)
  const peopleByUnit = groupBy(people, (p) => p.units)
  const peopleByEvent = groupBy(people, (p) => p.events)
  const peoples = new Set(units.flatMap((u) => u.nationalities.peoples))
  return {
    countries,
    units,
    events,
    people,
    country: (iso3) => countryById.get(iso3),
    unit: (id) => unitById.get(id),
    event: (id) => eventById.get(id),
    countryName: (iso3) => countryById.get(iso3)?.name ?? mapNames.get(iso3) ?? iso3,
    unitName: (id) => unitById.get(id)?.name ?? id,
    parentOf: (unit) => (unit.parent ? unitById.get(unit.parent) : undefined),
    unitsOfCountry: (iso3) => unitsByCountry.get(iso3) ?? NONE,
    eventsOfCountry: (iso3) => eventsByCountry.get(iso3) ?? NONE,
    eventsOfUnit: (id) => eventsByUnit.get(id) ?? NONE,
    peopleOfCountry: (iso3) => peopleByCountry.get(iso3) ?? NONE,
    peopleOfUnit: (id) => peopleByUnit.get(id) ?? NONE,
    peopleOfEvent: (id) => peopleByEvent.get(id) ?? NONE,
    unitsOfEvent: (event) => event.units.map((id) => unitById.get(id)).filter((u): u is U => !!u),
    isNationality: (value) => countryById.has(value) || unitsByCountry.has(value) || peoples.has(value),
  }
}

/** The names of the map's shapes by alpha-3 code. */
export function mapNamesOf(map: {
  shapes: ReadonlyArray<{ a3: string; name: string }>
}): Map<string, string> {
  return new Map(map.shapes.map((s) => [s.a3, s.name]))
}
