import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { briefCopyOf } from '../scripts/brief-copy.mjs'
import type { Unit } from '../src/data/schema'
import { buildAtlas } from '../src/model/atlas'
import { foldText } from '../src/model/text'
import { hasFilters, NO_FILTERS, type UnitFilters } from '../src/model/types'
import { nationalityOptions, needsDescriptions, selectUnits, unitMatches } from '../src/model/unit-selection'
import { changedBetween, formedText, statusText, unitStateAt } from '../src/model/unit-status'
import { atlas, countries, units } from './helpers/atlas'

const unit = (id: string): Unit => atlas.unit(id)!
const TODAY = '2026-11-27'
const filtered = (f: Partial<UnitFilters>, asOf = TODAY) => selectUnits(atlas, { ...NO_FILTERS, ...f }, asOf)
const sorted = (ids: Iterable<string>) => [...ids].sort()
const ids = (list: readonly Unit[]) => list.map((u) => u.id)

describe('the status of a unit at the as-of date', () => {
  const state = (id: string, asOf: string) => unitStateAt(atlas, unit(id), asOf)

  it('is "not yet formed" before the formation period starts, and a month counts from its first day', () => {
    expect(state('2nd-battalion', '2022-09-30')).toBe('not-yet')
    expect(state('2nd-battalion', '2022-10-01')).toBe('disbandment-planned')
  })

  it('puts an undated unit of the Legion proper in the structure from the Legion’s own date, never before', () => {
    expect(state('pahonia-regiment', '2014-01-01')).toBe('not-yet')
    expect(state('pahonia-regiment', '2022-02-26')).toBe('not-yet')
    expect(state('pahonia-regiment', '2022-02-27')).toBe('active')
    expect(statusText(atlas, unit('pahonia-regiment'), '2014-01-01')).toBe(
      "not yet in the structure: formation date not stated (shown from its parent's formation, 27 February 2022)",
    )
    expect(statusText(atlas, unit('bolivar-battalion'), TODAY)).toBe(
      "formation date not stated (shown from its parent's formation, 27 February 2022)",
    )
  })

  it('shows no undated unit before the Legion was created, even where nothing above it is dated', () => {
    for (const id of [
      'freedom-of-russia-legion',
      'norman-brigade',
      'belarusian-volunteer-corps',
      'terror-battalion',
    ])
      expect(state(id, '2014-01-01')).toBe('not-yet')
    expect(state('norman-brigade', '2022-02-27')).toBe('active')
    expect(statusText(atlas, unit('norman-brigade'), TODAY)).toBe(
      "formation date not stated (shown from the Legion's creation, 27 February 2022)",
    )
  })

  it('shows a unit the source dates to 2014 from 2014, also where that date is a conflicting claim', () => {
    expect(state('georgian-legion', '2014-01-01')).toBe('active')
    expect(state('georgian-legion', '2013-12-31')).toBe('not-yet')
    expect(state('kastus-kalinouski-regiment', '2014-01-01')).toBe('active')
    expect(unit('kastus-kalinouski-regiment').conflicts.map((c) => c.about)).toContain('formation date')
  })

  it('reads a planned disbandment as planned at every date, never as done', () => {
    for (const asOf of ['2022-03-01', '2025-12-30', '2025-12-31', '2026-01-15'])
      expect(state('1st-battalion', asOf)).toBe('disbandment-planned')
    expect(statusText(atlas, unit('1st-battalion'), '2026-01-15')).toBe(
      'to be disbanded on 31 December 2025 (announced; the source does not confirm it happened)',
    )
  })

  it('shows units disbanded before the as-of date as disbanded', () => {
    expect(state('pahonia-regiment', '2023-06-30')).toBe('active')
    expect(state('pahonia-regiment', '2023-07-01')).toBe('disbanded')
  })

  it('shows units merged before the as-of date as merged, a year counting from 1 January', () => {
    expect(state('german-volunteer-corps', '2024-12-31')).toBe('active')
    expect(state('german-volunteer-corps', '2025-01-01')).toBe('merged')
  })

  it('says "active" only as "no end reported", since the source rarely confirms a unit still exists', () => {
    expect(statusText(atlas, unit('1st-battalion'), '2022-01-01')).toBe('not yet formed (27 February 2022)')
    expect(statusText(atlas, unit('canadian-ukrainian-brigade'), TODAY)).toBe('active (no end reported)')
  })

  it('names what a merged unit became part of', () => {
    expect(statusText(atlas, unit('german-volunteer-corps'), TODAY)).toBe(
      'merged into 49th Infantry Battalion, 2025',
    )
  })

  it('says "formation date not stated" where the formation date is null and keeps a qualifier otherwise', () => {
    expect(formedText(unit('pahonia-regiment'))).toBe('formation date not stated')
    expect(formedText(unit('canadian-ukrainian-brigade'))).toBe('formed March 2022')
    expect(formedText(unit('kastus-kalinouski-regiment'))).toBe(
      'formed by 9 March 2022; the source also says during the 2014 War in Donbas (conflicting claims)',
    )
  })

  it('lists the units whose status changed between two dates, and none for the same date', () => {
    expect(sorted(changedBetween(atlas, '2023-06-01', '2023-08-01'))).toEqual(['pahonia-regiment'])
    expect(sorted(changedBetween(atlas, '2022-09-15', '2022-10-15'))).toEqual(['2nd-battalion'])
    expect(changedBetween(atlas, '2023-06-01', '2023-06-01').size).toBe(0)
  })
})

describe('filtering the units', () => {
  it('shows and counts every unit when no filter is set', () => {
    const result = filtered({})
    expect(hasFilters(NO_FILTERS)).toBe(false)
    expect(result.present).toBe(37)
    expect(result.matches.length).toBe(37)
    expect(result.shown.size).toBe(43)
  })

  it('hides units not yet formed at the as-of date, from the chart and from the count', () => {
    const result = filtered({}, '2022-09-15')
    expect(result.present).toBe(34)
    for (const id of ['2nd-battalion', 'karelian-group', 'german-volunteer-corps'])
      expect(result.shown.has(id)).toBe(false)
    expect(result.shown.has('1st-battalion')).toBe(true)
  })

  it('hides the units below a structure that did not exist yet', () => {
    const result = filtered({}, '2022-01-01')
    expect(result.shown.has('international-legion')).toBe(false)
    expect(result.shown.has('pahonia-regiment')).toBe(false)
    // The Georgian Legion dates from 2014 and sits under a structure with no date.
    expect(result.shown.has('georgian-legion')).toBe(true)
    expect(filtered({}, '2014-06-01').shown.has('armed-forces-of-ukraine')).toBe(true)
  })

  it('keeps the path to the root of each matching unit and hides the rest', () => {
    const result = filtered({ nationality: 'BLR' })
    expect(sorted(ids(result.matches))).toEqual([
      'belarusian-volunteer-corps',
      'freedom-of-russia-legion',
      'kastus-kalinouski-regiment',
      'pahonia-regiment',
      'tactical-group-belarus',
    ])
    for (const id of [
      'armed-forces-of-ukraine',
      'ground-forces',
      'international-legion',
      'main-directorate-of-intelligence',
      'international-legion-of-the-defence-intelligence',
    ])
      expect(result.shown.has(id)).toBe(true)
    expect(result.shown.has('territorial-defense-forces')).toBe(false)
    expect(result.shown.has('1st-battalion')).toBe(false)
    expect(result.shown.has('terror-battalion')).toBe(false)
  })

  it('shows the unit above a match even when that unit does not match', () => {
    const result = filtered({ query: 'its own composition' })
    expect(sorted(ids(result.matches))).toEqual(['terror-battalion'])
    expect(result.shown.has('belarusian-volunteer-corps')).toBe(true)
  })

  it('matches a named people as a nationality', () => {
    expect(sorted(ids(filtered({ nationality: 'Chechens' }).matches))).toEqual([
      'chechen-unit-name-lost',
      'dzhokhar-dudayev-battalion',
      'ichkerian-battalion',
      'khamzat-gelayev-battalion',
      'sheikh-mansur-battalion',
    ])
  })

  it('filters by the status at the as-of date', () => {
    expect(sorted(ids(filtered({ status: 'disbanded' }, '2024-01-01').matches))).toEqual(['pahonia-regiment'])
    expect(filtered({ status: 'disbanded' }).matches.length).toBe(1)
    expect(filtered({ status: 'disbandment-planned' }).matches.length).toBe(4)
    expect(sorted(ids(filtered({ status: 'merged' }).matches))).toEqual(['german-volunteer-corps'])
    expect(filtered({ status: 'active' }).matches.length).toBe(31)
  })

  it('filters by wing', () => {
    expect(filtered({ wing: 'hur' }).matches.length).toBe(11)
    expect(filtered({ wing: 'affiliated' }).matches.length).toBe(5)
    expect(filtered({ wing: 'related' }).shown.has('armed-forces-of-ukraine')).toBe(false)
  })

  it('combines filters: every one must hold', () => {
    expect(sorted(ids(filtered({ wing: 'legion', nationality: 'BLR' }).matches))).toEqual([
      'pahonia-regiment',
    ])
  })

  it('searches names and descriptions, ignoring case, diacritics and word order', () => {
    expect(sorted(ids(filtered({ query: 'kastus KALINOUSKI' }).matches))).toEqual([
      'kastus-kalinouski-regiment',
    ])
    expect(sorted(ids(filtered({ query: 'Mamulashvili' }).matches))).toEqual(['georgian-legion'])
    expect(sorted(ids(filtered({ query: 'volunteers Polish' }).matches))).toEqual(['polish-volunteer-corps'])
    expect(filtered({ query: '   ' }).matches.length).toBe(37)
  })

  it('lists apart the units that would match but are not yet formed, and none when a status is chosen', () => {
    const result = filtered({ wing: 'hur' }, '2022-03-01')
    expect(result.matches.every((u) => unitMatches(atlas, u, result.filters, '2022-03-01'))).toBe(true)
    expect(result.notYet.length).toBeGreaterThan(0)
    expect(result.notYet.every((u) => u.wing === 'hur' && result.state.get(u.id) === 'not-yet')).toBe(true)
    expect(result.matches.length + result.notYet.length).toBe(filtered({ wing: 'hur' }).matches.length)
    expect(filtered({ wing: 'hur', status: 'active' }, '2022-03-01').notYet).toEqual([])
  })

  it('gives the same selection object for the same atlas, filters and date', () => {
    expect(filtered({ wing: 'hur' }, '2022-03-01')).toBe(filtered({ wing: 'hur' }, '2022-03-01'))
  })

  it('never counts a structural node as a match', () => {
    const result = filtered({ query: 'Intelligence' })
    expect(result.matchIds.has('main-directorate-of-intelligence')).toBe(false)
    expect(result.matchIds.has('international-legion-of-the-defence-intelligence')).toBe(false)
  })

  it('folds case and diacritics', () => {
    expect(foldText('Kastuś Kalinoŭski Bolívar')).toBe('kastus kalinouski bolivar')
  })
})

describe('the nationality choices', () => {
  it('lists every country code and people in the units once, named when the countries are known', () => {
    const named = buildAtlas({ units, countries: countries.filter((c) => ['BLR', 'POL'].includes(c.iso3)) })
    const options = nationalityOptions(named)
    const values = options.map((o) => o.value)
    expect(new Set(values).size).toBe(values.length)
    const expected = new Set(units.flatMap((u) => [...u.nationalities.iso3, ...u.nationalities.peoples]))
    expect(new Set(values)).toEqual(expected)
    expect(options.find((o) => o.value === 'BLR')).toEqual({
      value: 'BLR',
      label: 'Belarus (BLR)',
      kind: 'country',
    })
    expect(options.find((o) => o.value === 'GEO')).toEqual({ value: 'GEO', label: 'GEO', kind: 'country' })
    expect(options.find((o) => o.value === 'Chechens')?.kind).toBe('people')
  })

  it('puts the countries first, each group sorted by its label', () => {
    const options = nationalityOptions(atlas)
    const firstPeople = options.findIndex((o) => o.kind === 'people')
    expect(options.slice(firstPeople).every((o) => o.kind === 'people')).toBe(true)
    const labels = options.slice(0, firstPeople).map((o) => o.label)
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)))
  })
})

describe('a text query over the brief copy, whose units have no descriptions', () => {
  const briefUnits = JSON.parse(
    briefCopyOf(readFileSync(resolve(__dirname, '../data/units.json'), 'utf8')),
  ) as Unit[]
  const brief = buildAtlas({ countries, units: briefUnits })

  it('needs the full files: the other filters answer as before, a query refuses', () => {
    expect(briefUnits.some((u) => 'description' in u)).toBe(false)
    expect(needsDescriptions({ ...NO_FILTERS, query: '  ' })).toBe(false)
    expect(needsDescriptions({ ...NO_FILTERS, query: 'corps' })).toBe(true)
    const hur = { ...NO_FILTERS, wing: 'hur' as const }
    expect(ids(selectUnits(brief, hur, TODAY).matches)).toEqual(ids(filtered(hur).matches))
    expect(() => selectUnits(brief, { ...NO_FILTERS, query: 'corps' }, TODAY)).toThrow(
      /A text query needs the units' descriptions/,
    )
  })
})
