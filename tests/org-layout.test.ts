import { describe, expect, it } from 'vitest'
import type { Unit } from '../src/data/schema'
import { nodeText } from '../src/features/orgchart/node-text'
import {
  AFFILIATED_NOTE,
  ancestorIds,
  branchIds,
  buildOrgStructure,
  flattenTree,
  pruneTree,
  unplacedNodes,
} from '../src/features/orgchart/org-structure'
import { buildAtlas, mapNamesOf } from '../src/model/atlas'
import { NO_FILTERS, type UnitFilters } from '../src/model/types'
import { selectUnits } from '../src/model/unit-selection'
import { atlas, countries, events, mapShapes, units } from './helpers/atlas'

const TODAY = '2026-11-27'
const structure = buildOrgStructure(units)

function rowsFor(
  filters: Partial<UnitFilters> = {},
  collapsed: ReadonlySet<string> = new Set(),
  asOf = TODAY,
) {
  const result = selectUnits(atlas, { ...NO_FILTERS, ...filters }, asOf)
  const root = pruneTree(structure.chain!, (id) => result.shown.has(id))
  return root ? flattenTree([root], collapsed) : []
}

function unitLike(id: string, parent: string | null, wing: Unit['wing'] = 'legion'): Unit {
  return {
    id,
    name: id,
    nameLost: false,
    kind: 'unit',
    wing,
    parent,
    nationalities: { iso3: [], peoples: [] },
    formed: null,
    disbanded: null,
    merged: null,
    conflicts: [],
  }
}

describe('the structure of the chart', () => {
  it('puts the Armed Forces of Ukraine at the root', () => {
    expect(structure.chain!.data.id).toBe('armed-forces-of-ukraine')
    expect(structure.chain!.children!.map((c) => c.data.id)).toEqual([
      'ground-forces',
      'territorial-defense-forces',
      'main-directorate-of-intelligence',
    ])
  })

  it('puts the International Legion and a group of affiliated units, marked not part of the Legion proper, under the Ground Forces', () => {
    const ground = structure.chain!.find((n) => n.data.id === 'ground-forces')!
    const [legion, affiliated] = ground.children!
    expect(legion!.data.id).toBe('international-legion')
    expect(legion!.children).toHaveLength(15)
    expect(affiliated!.data).toMatchObject({
      type: 'group',
      title: 'Affiliated units',
      note: AFFILIATED_NOTE,
    })
    expect(affiliated!.children!.map((c) => c.data.id)).toEqual([
      'sheikh-mansur-battalion',
      'chechen-unit-name-lost',
      'muslim-caucasian-unit-name-lost',
      'black-maple-company',
      'norman-brigade',
    ])
  })

  it('puts the International Legion of the Defence Intelligence and its units under the Main Directorate of Intelligence', () => {
    const hur = structure.chain!.find((n) => n.data.id === 'main-directorate-of-intelligence')!
    expect(hur.children!.map((c) => c.data.id)).toEqual(['international-legion-of-the-defence-intelligence'])
    expect(hur.children![0]!.children).toHaveLength(10)
    expect(ancestorIds(structure.chain, 'terror-battalion')).toEqual([
      'belarusian-volunteer-corps',
      'international-legion-of-the-defence-intelligence',
      'main-directorate-of-intelligence',
      'armed-forces-of-ukraine',
    ])
  })

  it('keeps the units the source names without placing them apart from the tree', () => {
    expect(structure.unplaced.map((u) => u.id)).toEqual([
      'carpathian-sich-battalion',
      'tactical-group-belarus',
      '49th-infantry-battalion',
      'azov-battalion',
      'lssg',
      '72nd-mechanized-brigade',
    ])
    expect(structure.chain!.descendants().some((n) => n.data.id === 'lssg')).toBe(false)
  })

  it('lists a record with a missing parent or a cycle as unplaced instead of failing', () => {
    const broken = [
      ...units,
      unitLike('orphan', 'no-such-unit'),
      unitLike('loop-a', 'loop-b'),
      unitLike('loop-b', 'loop-a'),
    ]
    const result = buildOrgStructure(broken)
    expect(result.chain!.descendants()).toHaveLength(structure.chain!.descendants().length)
    expect(result.unplaced.map((u) => u.id)).toEqual(expect.arrayContaining(['orphan', 'loop-a', 'loop-b']))
  })
})

describe('the visible rows', () => {
  it('lists the rows in reading order with level, position and set size', () => {
    const rows = rowsFor()
    expect(rows).toHaveLength(43 - 6 + 1) // the related units are apart; the affiliated group is added
    expect(rows[0]).toMatchObject({ id: 'armed-forces-of-ukraine', level: 1, posInSet: 1, setSize: 1 })
    const legion = rows.find((r) => r.id === 'international-legion')!
    expect(legion).toMatchObject({ level: 3, posInSet: 1, setSize: 2, childCount: 15, expanded: true })
    const next = rows[rows.indexOf(legion) + 1]!
    expect(next).toMatchObject({
      id: '1st-battalion',
      level: 4,
      posInSet: 1,
      setSize: 15,
      parentId: legion.id,
    })
    expect(rows.find((r) => r.id === 'terror-battalion')).toMatchObject({ level: 5, setSize: 1 })
  })

  it('leaves out the descendants of a collapsed node but keeps their count', () => {
    const rows = rowsFor({}, new Set(['international-legion']))
    expect(rows.some((r) => r.id === '1st-battalion')).toBe(false)
    expect(rows.find((r) => r.id === 'international-legion')).toMatchObject({
      childCount: 15,
      expanded: false,
    })
  })

  it('drops the group of affiliated units when none of them is shown', () => {
    const rows = rowsFor({ nationality: 'BLR' })
    expect(rows.map((r) => r.id)).toEqual([
      'armed-forces-of-ukraine',
      'ground-forces',
      'international-legion',
      'pahonia-regiment',
      'main-directorate-of-intelligence',
      'international-legion-of-the-defence-intelligence',
      'freedom-of-russia-legion',
      'belarusian-volunteer-corps',
      'kastus-kalinouski-regiment',
    ])
  })

  it('shows the unplaced units as a flat list of their own', () => {
    const rows = flattenTree(
      unplacedNodes(structure.unplaced, (id) => id !== 'lssg'),
      new Set(),
    )
    expect(rows).toHaveLength(5)
    expect(rows.every((r) => r.level === 1 && r.setSize === 5 && r.childCount === 0)).toBe(true)
  })

  it('collapses every branch but the root with the ids branchIds gives', () => {
    const result = selectUnits(atlas, NO_FILTERS, TODAY)
    const root = pruneTree(structure.chain!, (id) => result.shown.has(id))!
    const ids = branchIds(root)
    expect(ids).toContain('international-legion')
    expect(ids).toContain('belarusian-volunteer-corps')
    expect(ids).not.toContain('1st-battalion')
    const rows = flattenTree([root], new Set(ids.filter((id) => id !== root.datum.id)))
    expect(rows.map((r) => r.id)).toEqual([
      'armed-forces-of-ukraine',
      'ground-forces',
      'territorial-defense-forces',
      'main-directorate-of-intelligence',
    ])
  })
})

describe('what a node says', () => {
  // As in the app once the map's file has loaded: it names the countries countries.json lacks (UKR, ARM).
  const named = buildAtlas({
    countries,
    units,
    events,
    mapNames: mapNamesOf(mapShapes),
  })
  const textOf = (id: string, asOf = TODAY) => {
    const row = [
      ...rowsFor({}, new Set(), asOf),
      ...flattenTree(
        unplacedNodes(structure.unplaced, () => true),
        new Set(),
      ),
    ].find((r) => r.id === id)!
    return nodeText(row.datum, asOf, named)
  }

  it('begins the accessible name with the unit name and then says what the card shows, in full', () => {
    expect(textOf('pahonia-regiment').label).toBe(
      'Pahonia Regiment, Belarus, disbanded 1 July 2023, formation date not stated',
    )
    expect(textOf('3rd-battalion', '2023-01-01').label).toBe(
      '3rd Battalion, South Korea, Turkey, to be disbanded on 31 December 2025 (announced; the source does not confirm it happened), formed 27 February 2022',
    )
  })

  it('names countries, never their codes, where a person reads', () => {
    expect(textOf('azov-battalion').nationalities).toBe('Croatia')
    expect(textOf('carpathian-sich-battalion').nationalities).toBe('Taiwan')
    expect(textOf('bolivar-battalion').nationalities).toBe(
      'Colombia, Venezuela, Ecuador, Argentina, Ukraine, United States, Australia · South Americans',
    )
    expect(textOf('armenian-legion').nationalities).toBe('Armenia')
    expect(textOf('dzhokhar-dudayev-battalion').nationalities).toBe('Chechens')
    expect(textOf('terror-battalion').nationalities).toBe('nationalities not stated')
    for (const id of ['azov-battalion', 'bolivar-battalion', '3rd-battalion', 'armenian-legion'])
      expect(`${textOf(id).nationalities} ${textOf(id).label}`).not.toMatch(/\b[A-Z]{3}\b/)
  })

  it('gives each status its mark and short words: active, formation date not stated, planned, disbanded, merged', () => {
    expect(textOf('russian-volunteer-corps')).toMatchObject({
      mark: 'active',
      status: 'active · formed August 2022',
    })
    expect(textOf('black-bridge')).toMatchObject({
      mark: 'undated',
      status: 'active · formation date not stated',
    })
    expect(textOf('1st-battalion', '2024-01-01')).toMatchObject({
      mark: 'disbandment-planned',
      status: 'disbandment planned, 31 December 2025 (not confirmed)',
    })
    // A planned disbandment stays planned after its date.
    expect(textOf('1st-battalion', '2026-06-01').mark).toBe('disbandment-planned')
    expect(textOf('pahonia-regiment')).toMatchObject({ mark: 'disbanded', status: 'disbanded 1 July 2023' })
    expect(textOf('german-volunteer-corps').mark).toBe('merged')
    expect(textOf('german-volunteer-corps').status).toMatch(/^merged into 49th Infantry Battalion/)
    expect(textOf('international-legion').mark).toBeNull()
  })

  it('flags a unit the source contradicts itself about, on the card and in its name', () => {
    const text = textOf('kastus-kalinouski-regiment')
    expect(text.conflicted).toBe(true)
    expect(text.tags).toContain('conflicting claims')
    expect(text.label.startsWith('Kastuś Kalinoŭski Regiment, ')).toBe(true)
    expect(text.label).toContain('conflicting claims in the source')
    expect(textOf('pahonia-regiment').conflicted).toBe(false)
  })

  it('marks a unit whose name the source lost, and keeps its descriptive name first', () => {
    const text = textOf('khamzat-gelayev-battalion')
    expect(text.name).toBe('Chechen battalion honouring Khamzat Gelayev')
    expect(text.tags).toContain('name lost in source')
    expect(text.label.startsWith('Chechen battalion honouring Khamzat Gelayev, name lost in source')).toBe(
      true,
    )
  })

  it('marks affiliated units as not part of the Legion proper', () => {
    expect(textOf('norman-brigade').tags).toEqual([AFFILIATED_NOTE])
    expect(textOf('norman-brigade').label).toContain('not part of the Legion proper')
    expect(textOf('group:affiliated:ground-forces').label).toBe(
      'Affiliated units, not part of the Legion proper',
    )
  })

  it('shows a structural node without a mark or nationalities, with its formation date when known', () => {
    expect(textOf('international-legion')).toMatchObject({
      nationalities: null,
      mark: null,
      status: 'formed 27 February 2022',
    })
    expect(textOf('armed-forces-of-ukraine').status).toBeNull()
  })
})
