// The bench's 10× dataset (scripts/scale-data.mjs) is data the app accepts: it passes the same
// schemas and integrity checks as data/, with ten times the events, people and Legion units.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mapCodesFromTopology } from '../scripts/data-paths'
import { scaleData } from '../scripts/scale-data.mjs'
import { parseDataText } from '../src/data/data-problems'
import { checkIntegrity } from '../src/data/integrity'
import { CountriesFileSchema, EventsFileSchema, PeopleFileSchema, UnitsFileSchema } from '../src/data/schema'

const ROOT = resolve(import.meta.dirname, '..')
const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8')

describe('the bench’s scaled dataset', () => {
  const countries = parseDataText('data/countries.json', read('data/countries.json'), CountriesFileSchema)
  const units = parseDataText('data/units.json', read('data/units.json'), UnitsFileSchema)
  const events = parseDataText('data/events.json', read('data/events.json'), EventsFileSchema)
  const people = parseDataText('data/people.json', read('data/people.json'), PeopleFileSchema)
  const scaled = scaleData({ units, events, people }, 10)

  it('copies every event, person and Legion unit ten times, the chain of command once', () => {
    const structures = units.filter((u) => u.kind === 'structure').length
    expect(scaled.events).toHaveLength(events.length * 10)
    expect(scaled.people).toHaveLength(people.length * 10)
    expect(scaled.units).toHaveLength(structures + (units.length - structures) * 10)
    // One chain of command: its root is not copied.
    const roots = (list: typeof units) => list.filter((u) => u.parent === null && u.kind === 'structure')
    expect(roots(scaled.units)).toEqual(roots(units))
  })

  it('passes the schemas and the integrity checks the app applies to data/', () => {
    const text = (records: unknown) => JSON.stringify(records)
    const reparsed = {
      countries,
      units: parseDataText('data/units.json', text(scaled.units), UnitsFileSchema),
      events: parseDataText('data/events.json', text(scaled.events), EventsFileSchema),
      people: parseDataText('data/people.json', text(scaled.people), PeopleFileSchema),
    }
    expect(checkIntegrity(reparsed, mapCodesFromTopology(ROOT))).toEqual([])
  })

  it('moves a copy’s references to the same copy', () => {
    const pahonia = scaled.units.find((u) => u.id === 'pahonia-regiment--x3')!
    expect(pahonia.name).toBe('Pahonia Regiment (copy 3)')
    // Under the one Legion; a copied unit's parent that is a unit is the same copy's.
    expect(pahonia.parent).toBe('international-legion')
    const terror = scaled.units.find((u) => u.id === 'terror-battalion--x3')!
    expect(terror.parent).toBe(`${units.find((u) => u.id === 'terror-battalion')!.parent}--x3`)
    const withUnits = scaled.events.find((e) => e.id.endsWith('--x4') && e.units.length > 0)!
    for (const id of withUnits.units) expect(id.endsWith('--x4') || !id.includes('--x')).toBe(true)
  })
})
