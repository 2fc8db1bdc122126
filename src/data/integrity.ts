/**
 * Checks that span records and files: ids that must exist, a tree without cycles, quotes that
 * must stand verbatim in the source. Pure functions, shared by validate-data and the tests.
 */
import type { DataProblem } from './data-problems'
import type { Person, FullCountry, FullEvent, FullUnit, SourceRef } from './schema'

/** The four files as they are, quotes and all. */
export interface Dataset {
  countries: FullCountry[]
  units: FullUnit[]
  events: FullEvent[]
  people: Person[]
}

const FILES = {
  countries: 'data/countries.json',
  units: 'data/units.json',
  events: 'data/events.json',
  people: 'data/people.json',
} as const

function problem(
  file: string,
  record: number,
  recordLabel: string,
  field: string,
  message: string,
): DataProblem {
  return { file, record, recordLabel, field, message }
}

/**
 * Referential integrity: unique ids, parents and merge targets that exist, no cycles, event units
 * that exist, country codes that are either a country record or a shape on the map, and people
 * whose units, events and nationalities exist and whose name is null exactly when it was lost.
 */
export function checkIntegrity(data: Dataset, mapCodes: ReadonlySet<string>): DataProblem[] {
  const problems: DataProblem[] = []
  const countryCodes = new Set<string>()
  data.countries.forEach((c, i) => {
    if (countryCodes.has(c.iso3)) problems.push(problem(FILES.countries, i, c.iso3, 'iso3', 'duplicate iso3'))
    countryCodes.add(c.iso3)
    if (c.ambiguous && !c.ambiguity)
      problems.push(problem(FILES.countries, i, c.iso3, 'ambiguity', 'ambiguous without a reason'))
    if ((c.legality === null) !== (c.statement === null) || (c.stance === null) !== (c.statement === null))
      problems.push(
        problem(
          FILES.countries,
          i,
          c.iso3,
          'statement',
          'legality, stance and statement must be null together',
        ),
      )
  })
  const knownCode = (code: string) => countryCodes.has(code) || mapCodes.has(code)

  const unitById = new Map<string, FullUnit>()
  data.units.forEach((u, i) => {
    if (unitById.has(u.id)) problems.push(problem(FILES.units, i, u.id, 'id', 'duplicate id'))
    unitById.set(u.id, u)
  })
  data.units.forEach((u, i) => {
    if (u.parent !== null && !unitById.has(u.parent))
      problems.push(problem(FILES.units, i, u.id, 'parent', `no unit has id "${u.parent}"`))
    if (u.merged && !unitById.has(u.merged.into))
      problems.push(problem(FILES.units, i, u.id, 'merged.into', `no unit has id "${u.merged.into}"`))
    u.nationalities.iso3.forEach((code, j) => {
      if (!knownCode(code))
        problems.push(
          problem(
            FILES.units,
            i,
            u.id,
            `nationalities.iso3.${j}`,
            `"${code}" is neither a country record nor a map shape`,
          ),
        )
    })
    // Walk up the parents; a walk longer than the number of units has met a cycle.
    let steps = 0
    for (let p = u.parent; p !== null && unitById.has(p); p = unitById.get(p)!.parent) {
      if (++steps > data.units.length || p === u.id) {
        problems.push(problem(FILES.units, i, u.id, 'parent', 'the parent chain has a cycle'))
        break
      }
    }
  })

  const eventIds = new Set<string>()
  data.events.forEach((e, i) => {
    if (eventIds.has(e.id)) problems.push(problem(FILES.events, i, e.id, 'id', 'duplicate id'))
    eventIds.add(e.id)
    e.units.forEach((id, j) => {
      if (!unitById.has(id))
        problems.push(problem(FILES.events, i, e.id, `units.${j}`, `no unit has id "${id}"`))
    })
    e.countries.forEach((code, j) => {
      if (!knownCode(code))
        problems.push(
          problem(
            FILES.events,
            i,
            e.id,
            `countries.${j}`,
            `"${code}" is neither a country record nor a map shape`,
          ),
        )
    })
  })

  const personIds = new Set<string>()
  data.people.forEach((p, i) => {
    const at = (field: string, message: string) =>
      problems.push(problem(FILES.people, i, p.id, field, message))
    if (personIds.has(p.id)) at('id', 'duplicate id')
    personIds.add(p.id)
    if (p.nameLost !== (p.name === null))
      at(
        'nameLost',
        p.nameLost ? 'nameLost is true but name is not null' : 'name is null but nameLost is false',
      )
    p.units.forEach((id, j) => {
      if (!unitById.has(id)) at(`units.${j}`, `no unit has id "${id}"`)
    })
    p.events.forEach((id, j) => {
      if (!eventIds.has(id)) at(`events.${j}`, `no event has id "${id}"`)
    })
    p.nationalities.forEach((code, j) => {
      if (!knownCode(code)) at(`nationalities.${j}`, `"${code}" is neither a country record nor a map shape`)
    })
    for (const field of ['units', 'events', 'nationalities', 'roles', 'aliases'] as const) {
      const values: readonly string[] = p[field]
      const twice = new Set(values.filter((v, j) => values.indexOf(v) !== j))
      for (const value of twice) at(field, `lists "${value}" twice`)
    }
  })
  return problems
}

/** Every source reference in a record, with the field path it sits at. */
function sourceRefs(record: FullCountry | FullUnit | FullEvent | Person): Array<[string, SourceRef]> {
  const refs: Array<[string, SourceRef]> = record.sources.map((s, i) => [`sources.${i}`, s])
  record.conflicts.forEach((c, i) =>
    c.claims.forEach((claim, j) => refs.push([`conflicts.${i}.claims.${j}.source`, claim.source])),
  )
  if ('facts' in record) record.facts.forEach((f, i) => refs.push([`facts.${i}.source`, f.source]))
  return refs
}

/** Section titles of the article, as "Parent > Child" paths, read from its heading lines. */
export function sectionPaths(sourceText: string): Set<string> {
  const paths = new Set<string>()
  const stack: string[] = []
  for (const line of sourceText.split('\n')) {
    const m = /^(=+)\s*(.*?)\s*=+\s*$/.exec(line)
    if (!m) continue
    const level = m[1]!.length // "=" is the article title, "==" a section, ...
    stack.length = Math.max(0, level - 2)
    if (level >= 2) {
      stack.push(m[2]!)
      paths.add(stack.join(' > '))
    }
  }
  paths.add('Infobox')
  paths.add('Lead')
  return paths
}

/** Quotes that are not verbatim in the source, and sections that are not headings of it. */
export function checkSources(data: Dataset, sourceText: string): DataProblem[] {
  const sections = sectionPaths(sourceText)
  const problems: DataProblem[] = []
  const scan = (file: string, records: Array<FullCountry | FullUnit | FullEvent | Person>) =>
    records.forEach((r, i) => {
      const label = 'iso3' in r ? r.iso3 : r.id
      for (const [field, ref] of sourceRefs(r)) {
        if (!sourceText.includes(ref.quote))
          problems.push(
            problem(
              file,
              i,
              label,
              `${field}.quote`,
              `not found verbatim in the source: "${ref.quote.slice(0, 80)}"`,
            ),
          )
        if (!sections.has(ref.section))
          problems.push(
            problem(file, i, label, `${field}.section`, `"${ref.section}" is not a section of the source`),
          )
      }
    })
  scan(FILES.countries, data.countries)
  scan(FILES.units, data.units)
  scan(FILES.events, data.events)
  scan(FILES.people, data.people)
  return problems
}
