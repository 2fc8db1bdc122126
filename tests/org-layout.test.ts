import { describe, expect, it } from 'vitest'
import type { Unit } from '../src/data/schema'
import { nodeText, type NodeText } from '../src/features/orgchart/node-text'
import {
  estimateCardHeight,
  fitScale,
  layoutChart,
  wrappedLines,
  type ChartMetrics,
  type PlacedNode,
} from '../src/features/orgchart/org-layout'
import {
  AFFILIATED_NOTE,
  ancestorIds,
  branchIds,
  buildOrgStructure,
  flattenTree,
  pruneTree,
  unplacedNodes,
  type TreeRow,
} from '../src/features/orgchart/org-structure'
import { buildAtlas } from '../src/model/atlas'
import { NO_FILTERS, type UnitFilters } from '../src/model/types'
import { selectUnits } from '../src/model/unit-selection'
import { atlas, countries, units } from './helpers/atlas'

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

const metrics: ChartMetrics = {
  cardWidth: 200,
  columnGap: 20,
  levelGap: 30,
  indent: 16,
  stackGap: 8,
  margin: 10,
  cardHeight: (row) => (row.datum.type === 'unit' && row.datum.unit.kind === 'unit' ? 60 : 40),
}

const overlaps = (a: PlacedNode, b: PlacedNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

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
    description: 'test',
    sources: [{ section: 'test', quote: 'test' }],
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
  // Names for two countries only, so that other codes read as codes.
  const named = buildAtlas({ units, countries: countries.filter((c) => ['BLR', 'KOR'].includes(c.iso3)) })
  const textOf = (id: string, asOf = TODAY) => {
    const row = rowsFor({}, new Set(), asOf).find((r) => r.id === id)!
    return nodeText(row.datum, asOf, named)
  }

  it('begins the accessible name with the unit name and then says what the card shows', () => {
    expect(textOf('pahonia-regiment').label).toBe(
      'Pahonia Regiment, Belarus, disbanded 1 July 2023, formation date not stated',
    )
    expect(textOf('3rd-battalion', '2023-01-01').label).toBe(
      '3rd Battalion, South Korea, TUR, to be disbanded on 31 December 2025 (announced; the source does not confirm it happened), formed 27 February 2022',
    )
  })

  it('flags a unit the source contradicts itself about, on the card and in its name', () => {
    const text = textOf('kastus-kalinouski-regiment')
    expect(text.tags).toContain('conflicting claims')
    expect(text.label.startsWith('Kastuś Kalinoŭski Regiment, ')).toBe(true)
    expect(text.label).toContain('conflicting claims in the source')
    expect(textOf('pahonia-regiment').tags).not.toContain('conflicting claims')
  })

  it('shows nationalities as codes and people names', () => {
    expect(textOf('bolivar-battalion').nationalities).toBe(
      'COL, VEN, ECU, ARG, UKR, USA, AUS · South Americans',
    )
    expect(textOf('dzhokhar-dudayev-battalion').nationalities).toBe('Chechens')
    expect(textOf('terror-battalion').nationalities).toBe('nationalities not stated')
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

  it('shows a structural node without status or nationalities, with its formation date when known', () => {
    expect(textOf('international-legion')).toMatchObject({
      nationalities: null,
      status: null,
      formed: 'formed 27 February 2022',
    })
    expect(textOf('armed-forces-of-ukraine').formed).toBeNull()
  })
})

describe('the wide chart layout', () => {
  it('places every visible row exactly once, without overlaps', () => {
    const rows = rowsFor()
    const layout = layoutChart(rows, metrics)
    expect(layout.nodes.map((n) => n.row.id).sort()).toEqual(rows.map((r) => r.id).sort())
    for (const [i, a] of layout.nodes.entries())
      for (const b of layout.nodes.slice(i + 1))
        expect(overlaps(a, b), `${a.row.id} / ${b.row.id}`).toBe(false)
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(metrics.margin)
      expect(n.x + n.width).toBeLessThanOrEqual(layout.width)
      expect(n.y + n.height).toBeLessThanOrEqual(layout.height)
    }
  })

  it('draws the chain of command top-down, each parent centred over its children', () => {
    const layout = layoutChart(rowsFor(), metrics)
    const at = (id: string) => layout.nodes.find((n) => n.row.id === id)!
    const centre = (n: PlacedNode) => n.x + n.width / 2
    expect(at('ground-forces').y).toBeGreaterThan(at('armed-forces-of-ukraine').y)
    expect(at('international-legion').y).toBeGreaterThan(at('ground-forces').y)
    const legion = at('international-legion')
    const group = at('group:affiliated:ground-forces')
    expect(centre(at('ground-forces'))).toBeCloseTo((centre(legion) + centre(group)) / 2)
    expect(at('territorial-defense-forces').y).toBe(at('ground-forces').y)
  })

  it('hangs units in an indented column below their structure node, in reading order', () => {
    const layout = layoutChart(rowsFor(), metrics)
    const legion = layout.nodes.find((n) => n.row.id === 'international-legion')!
    const column = layout.nodes.filter((n) => n.row.parentId === 'international-legion')
    expect(column).toHaveLength(15)
    expect(column.every((n) => n.x === legion.x + metrics.indent)).toBe(true)
    expect(column.every((n) => n.x + n.width === legion.x + legion.width)).toBe(true)
    const ys = column.map((n) => n.y)
    expect(ys).toEqual([...ys].sort((a, b) => a - b))
    expect(ys[0]).toBeGreaterThan(legion.y + legion.height)
    const corps = layout.nodes.find((n) => n.row.id === 'belarusian-volunteer-corps')!
    const terror = layout.nodes.find((n) => n.row.id === 'terror-battalion')!
    expect(terror.x).toBe(corps.x + metrics.indent)
    expect(terror.y).toBeGreaterThan(corps.y)
  })

  it('draws one link to every node but the root', () => {
    const rows = rowsFor()
    const layout = layoutChart(rows, metrics)
    expect(layout.links).toHaveLength(rows.length - 1)
    expect(new Set(layout.links.map((l) => l.id)).size).toBe(layout.links.length)
    expect(layout.links.every((l) => /^M[\d.]+,[\d.]+V[\d.]+H[\d.]+(V[\d.]+)?$/.test(l.d))).toBe(true)
  })

  it('gets shorter when a branch is collapsed and narrower when filters hide branches', () => {
    const full = layoutChart(rowsFor(), metrics)
    const collapsed = layoutChart(rowsFor({}, new Set(['international-legion'])), metrics)
    expect(collapsed.height).toBeLessThan(full.height)
    expect(collapsed.nodes.some((n) => n.row.id === '1st-battalion')).toBe(false)
    const belarus = layoutChart(rowsFor({ nationality: 'BLR' }), metrics)
    expect(belarus.width).toBeLessThan(full.width)
  })

  it('lays out nothing for no rows', () => {
    expect(layoutChart([] as TreeRow[], metrics)).toEqual({ nodes: [], links: [], width: 0, height: 0 })
  })
})

describe('card sizes and fitting', () => {
  const perChar = (t: string) => t.length * 10

  it('wraps text at spaces to the width', () => {
    expect(wrappedLines('one two three', 200, perChar)).toBe(1)
    expect(wrappedLines('one two three', 70, perChar)).toBe(2)
    expect(wrappedLines('one two three', 50, perChar)).toBe(3)
    expect(wrappedLines('abcdefghijklmnopqrst', 50, perChar)).toBe(4)
  })

  it('grows a card for each wrapped line and for its tags', () => {
    const base: NodeText = {
      name: 'Short',
      nationalities: 'BLR',
      status: 'active',
      formed: 'formed: unknown',
      tags: [],
      label: '',
    }
    const measure = (t: string) => t.length * 7
    const one = estimateCardHeight(base, 240, false, measure)
    const longName = estimateCardHeight(
      { ...base, name: 'A much longer name that wraps onto lines' },
      240,
      false,
      measure,
    )
    const tagged = estimateCardHeight({ ...base, tags: ['name lost in source'] }, 240, false, measure)
    expect(longName).toBeGreaterThan(one)
    expect(tagged).toBeGreaterThan(one)
  })

  it('fits a chart into a view without ever scaling above 1', () => {
    expect(fitScale({ width: 2000, height: 1000 }, { width: 1000, height: 1000 })).toBe(0.5)
    expect(fitScale({ width: 1000, height: 4000 }, { width: 1000, height: 1000 })).toBe(0.25)
    expect(fitScale({ width: 300, height: 300 }, { width: 1000, height: 1000 })).toBe(1)
    expect(fitScale({ width: 10000, height: 100 }, { width: 1000, height: 1000 }, 0.2)).toBe(0.2)
  })
})
