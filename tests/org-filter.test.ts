import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UnitsFileSchema, type Unit } from '../src/data/schema'
import {
  filterUnits,
  foldText,
  hasFilters,
  NO_FILTERS,
  nationalityOptions,
  type OrgFilters,
} from '../src/features/orgchart/org-filter'
import { changedBetween, formedText, statusAt, statusText } from '../src/model/unit-status'

const units = UnitsFileSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../data/units.json'), 'utf8')),
)
const unit = (id: string): Unit => units.find((u) => u.id === id)!
const TODAY = '2026-11-27'
const filtered = (f: Partial<OrgFilters>, asOf = TODAY) => filterUnits(units, { ...NO_FILTERS, ...f }, asOf)
const sorted = (ids: Iterable<string>) => [...ids].sort()

describe('the status of a unit at the as-of date', () => {
  it('is "not yet formed" before the formation period starts, and a month counts from its first day', () => {
    expect(statusAt(unit('2nd-battalion'), '2022-09-30')).toBe('not-yet')
    expect(statusAt(unit('2nd-battalion'), '2022-10-01')).toBe('active')
  })

  it('takes a unit without a formation date to exist at every date', () => {
    expect(statusAt(unit('pahonia-regiment'), '2014-01-01')).toBe('active')
  })

  it('does not count a planned disbandment before its date, and counts it once the date has come', () => {
    expect(statusAt(unit('1st-battalion'), '2025-12-30')).toBe('active')
    expect(statusAt(unit('1st-battalion'), '2025-12-31')).toBe('disbanded')
  })

  it('shows units disbanded before the as-of date as disbanded', () => {
    expect(statusAt(unit('pahonia-regiment'), '2023-06-30')).toBe('active')
    expect(statusAt(unit('pahonia-regiment'), '2023-07-01')).toBe('disbanded')
  })

  it('shows units merged before the as-of date as merged, a year counting from 1 January', () => {
    expect(statusAt(unit('german-volunteer-corps'), '2024-12-31')).toBe('active')
    expect(statusAt(unit('german-volunteer-corps'), '2025-01-01')).toBe('merged')
  })

  it('keeps the "planned" qualifier visible before and after the date', () => {
    expect(statusText(unit('1st-battalion'), '2024-01-01')).toBe(
      'active; disbandment planned for 31 December 2025',
    )
    expect(statusText(unit('1st-battalion'), TODAY)).toBe('disbanded 31 December 2025 (planned)')
  })

  it('says "active" only as "no end reported", since the source rarely confirms a unit still exists', () => {
    expect(statusText(unit('azov-battalion'), TODAY)).toBe('active (no end reported)')
  })

  it('names what a merged unit became part of', () => {
    const names = (id: string) => unit(id).name
    expect(statusText(unit('german-volunteer-corps'), TODAY, names)).toBe(
      'merged into 49th Infantry Battalion, 2025',
    )
  })

  it('says "formed: unknown" where the formation date is null and keeps a qualifier otherwise', () => {
    expect(formedText(unit('pahonia-regiment'))).toBe('formed: unknown')
    expect(formedText(unit('kastus-kalinouski-regiment'))).toBe('formed by 9 March 2022')
  })

  it('lists the units whose status changed between two dates, and none for the same date', () => {
    expect(sorted(changedBetween(units, '2023-06-01', '2023-08-01'))).toEqual(['pahonia-regiment'])
    expect(sorted(changedBetween(units, '2022-09-15', '2022-10-15'))).toEqual(['2nd-battalion'])
    expect(changedBetween(units, '2023-06-01', '2023-06-01').size).toBe(0)
  })
})

describe('filtering the units', () => {
  it('shows and counts every unit when no filter is set', () => {
    const result = filtered({})
    expect(hasFilters(NO_FILTERS)).toBe(false)
    expect(result.total).toBe(37)
    expect(result.matches.size).toBe(37)
    expect(result.shown.size).toBe(43)
  })

  it('hides units not yet formed at the as-of date, from the chart and from the count', () => {
    const result = filtered({}, '2022-09-15')
    expect(result.total).toBe(34)
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
    expect(sorted(result.matches)).toEqual([
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
    expect(sorted(result.matches)).toEqual(['terror-battalion'])
    expect(result.shown.has('belarusian-volunteer-corps')).toBe(true)
  })

  it('matches a named people as a nationality', () => {
    expect(sorted(filtered({ nationality: 'Chechens' }).matches)).toEqual([
      'chechen-unit-name-lost',
      'dzhokhar-dudayev-battalion',
      'ichkerian-battalion',
      'khamzat-gelayev-battalion',
      'sheikh-mansur-battalion',
    ])
  })

  it('filters by the status at the as-of date', () => {
    expect(sorted(filtered({ status: 'disbanded' }, '2024-01-01').matches)).toEqual(['pahonia-regiment'])
    expect(filtered({ status: 'disbanded' }).matches.size).toBe(5)
    expect(sorted(filtered({ status: 'merged' }).matches)).toEqual(['german-volunteer-corps'])
    expect(filtered({ status: 'active' }).matches.size).toBe(31)
  })

  it('filters by wing', () => {
    expect(filtered({ wing: 'hur' }).matches.size).toBe(11)
    expect(filtered({ wing: 'affiliated' }).matches.size).toBe(5)
    expect(filtered({ wing: 'related' }).shown.has('armed-forces-of-ukraine')).toBe(false)
  })

  it('combines filters: every one must hold', () => {
    expect(sorted(filtered({ wing: 'legion', nationality: 'BLR' }).matches)).toEqual(['pahonia-regiment'])
  })

  it('searches names and descriptions, ignoring case, diacritics and word order', () => {
    expect(sorted(filtered({ query: 'kastus KALINOUSKI' }).matches)).toEqual(['kastus-kalinouski-regiment'])
    expect(sorted(filtered({ query: 'Mamulashvili' }).matches)).toEqual(['georgian-legion'])
    expect(sorted(filtered({ query: 'volunteers Polish' }).matches)).toEqual(['polish-volunteer-corps'])
    expect(filtered({ query: '   ' }).matches.size).toBe(37)
  })

  it('never counts a structural node as a match', () => {
    const result = filtered({ query: 'Intelligence' })
    expect(result.matches.has('main-directorate-of-intelligence')).toBe(false)
    expect(result.matches.has('international-legion-of-the-defence-intelligence')).toBe(false)
  })

  it('folds case and diacritics', () => {
    expect(foldText('Kastuś Kalinoŭski Bolívar')).toBe('kastus kalinouski bolivar')
  })
})

describe('the nationality choices', () => {
  it('lists every country code and people in the units once, named when the countries are known', () => {
    const names: Record<string, string> = { BLR: 'Belarus', POL: 'Poland' }
    const options = nationalityOptions(units, (iso3) => names[iso3])
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
    const options = nationalityOptions(units)
    const firstPeople = options.findIndex((o) => o.kind === 'people')
    expect(options.slice(firstPeople).every((o) => o.kind === 'people')).toBe(true)
    const labels = options.slice(0, firstPeople).map((o) => o.label)
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b)))
  })
})
