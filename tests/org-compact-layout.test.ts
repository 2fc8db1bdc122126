/**
 * The compact org chart's geometry, without a DOM: the real data laid out with the app's metrics
 * and a measure from average character widths.
 */
import { describe, expect, it } from 'vitest'
import {
  estimateCardHeight,
  roughMeasure,
  widthForName,
  wrappedLines,
  type Detail,
} from '../src/features/orgchart/card-size'
import { chartMetrics, otherHeadingHeight } from '../src/features/orgchart/chart-metrics'
import { layoutScene, type ChartScene } from '../src/features/orgchart/chart-scene'
import { balancedColumns, balancedSplits } from '../src/features/orgchart/grid-columns'
import { nodeText } from '../src/features/orgchart/node-text'
import type { PlacedNode } from '../src/features/orgchart/org-layout'
import {
  buildOrgStructure,
  flattenTree,
  pruneTree,
  unplacedNodes,
} from '../src/features/orgchart/org-structure'
import { packingShift } from '../src/features/orgchart/tree-packing'
import { flowItem, flowItems } from '../src/features/orgchart/unit-flow'
import { NO_FILTERS, type UnitFilters } from '../src/model/types'
import { selectUnits } from '../src/model/unit-selection'
import { atlas, units } from './helpers/atlas'

const TODAY = '2026-11-27'
const structure = buildOrgStructure(units)
const DETAILS: Detail[] = ['names', 'full']

function rowsFor(filters: Partial<UnitFilters> = {}, collapsed: ReadonlySet<string> = new Set()) {
  const result = selectUnits(atlas, { ...NO_FILTERS, ...filters }, TODAY)
  const root = pruneTree(structure.chain!, (id) => result.shown.has(id))
  const chain = root ? flattenTree([root], collapsed) : []
  const other = flattenTree(
    unplacedNodes(structure.unplaced, (id) => result.shown.has(id)),
    new Set(),
  )
  return { chain, other }
}

function scene(detail: Detail, aspect = 1, rows = rowsFor()): ChartScene {
  const texts = new Map([...rows.chain, ...rows.other].map((r) => [r.id, nodeText(r.datum, TODAY, atlas)]))
  return layoutScene(
    rows.chain,
    rows.other,
    chartMetrics(detail, (r) => texts.get(r.id)!, roughMeasure),
    {
      aspect,
      headingHeight: otherHeadingHeight(roughMeasure),
    },
  )
}

const allNodes = (s: ChartScene) => [...s.chain.nodes, ...s.other.nodes]
const overlaps = (a: PlacedNode, b: PlacedNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
const at = (s: ChartScene, id: string) => allNodes(s).find((n) => n.row.id === id)!
const childrenOf = (s: ChartScene, id: string) => s.chain.nodes.filter((n) => n.row.parentId === id)

describe.each(DETAILS)('the compact chart (%s)', (detail) => {
  const square = scene(detail)

  it('places every shown row once, without overlaps, inside the drawing', () => {
    const { chain, other } = rowsFor()
    expect(allNodes(square).map((n) => n.row.id)).toEqual(
      expect.arrayContaining([...chain, ...other].map((r) => r.id)),
    )
    expect(allNodes(square)).toHaveLength(chain.length + other.length)
    const nodes = allNodes(square)
    for (const [i, a] of nodes.entries())
      for (const b of nodes.slice(i + 1)) expect(overlaps(a, b), `${a.row.id} / ${b.row.id}`).toBe(false)
    for (const n of nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0)
      expect(n.y).toBeGreaterThanOrEqual(0)
      expect(n.x + n.width).toBeLessThanOrEqual(square.width)
      expect(n.y + n.height).toBeLessThanOrEqual(square.height)
    }
  })

  it('is about as wide as it is tall for the real data', () => {
    const ratio = square.width / square.height
    expect(ratio).toBeGreaterThan(2 / 3)
    expect(ratio).toBeLessThan(3 / 2)
  })

  it('wraps the Legion’s fifteen units under it instead of stacking them in one column', () => {
    // Arranged for a laptop's pane, as the app does; the overview lets short names share a line.
    const pane = scene(detail, 1.4)
    const legion = at(pane, 'international-legion')
    const units = childrenOf(pane, 'international-legion')
    expect(units).toHaveLength(15)
    expect(new Set(units.map((n) => n.x)).size).toBeGreaterThan(1)
    const tallest = Math.max(...units.map((n) => n.y + n.height)) - Math.min(...units.map((n) => n.y))
    const oneColumn = units.reduce((sum, n) => sum + n.height, 0)
    expect(tallest).toBeLessThan(oneColumn * 0.9)
    for (const unit of units) expect(unit.y).toBeGreaterThan(legion.y + legion.height)
  })

  it('puts every child below its parent, a unit’s own units indented under it', () => {
    for (const n of square.chain.nodes) {
      if (n.row.parentId === null) continue
      const parent = at(square, n.row.parentId)
      expect(n.y, n.row.id).toBeGreaterThan(parent.y + parent.height - 0.01)
    }
    const corps = at(square, 'belarusian-volunteer-corps')
    const terror = at(square, 'terror-battalion')
    expect(terror.x).toBeGreaterThan(corps.x)
    expect(terror.x).toBeLessThan(corps.x + corps.width)
  })

  it('follows the shape of the window it is arranged for', () => {
    const wide = scene(detail, 2.2)
    const tall = scene(detail, 0.6)
    expect(wide.width / wide.height).toBeGreaterThan(tall.width / tall.height)
  })

  it('gets shorter when a branch is collapsed and narrower when filters hide branches', () => {
    const collapsed = scene(detail, 1, rowsFor({}, new Set(['international-legion'])))
    expect(collapsed.height * collapsed.width).toBeLessThan(square.height * square.width)
    expect(allNodes(collapsed).some((n) => n.row.id === '1st-battalion')).toBe(false)
    const belarus = scene(detail, 1, rowsFor({ nationality: 'BLR' }))
    expect(belarus.width * belarus.height).toBeLessThan((square.width * square.height) / 2)
  })

  it('frames the units the source does not place apart from the chain, with room for the heading', () => {
    const frame = square.otherFrame!
    expect(square.other.nodes).toHaveLength(6)
    for (const n of square.other.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(frame.x)
      expect(n.x + n.width).toBeLessThanOrEqual(frame.x + frame.width)
      expect(n.y).toBeGreaterThanOrEqual(frame.heading.y + frame.heading.height)
      expect(n.y + n.height).toBeLessThanOrEqual(frame.y + frame.height)
    }
    for (const n of square.chain.nodes) expect(overlaps(n, { ...frame, row: n.row }), n.row.id).toBe(false)
  })
})

describe('the links and frames', () => {
  it('draws a link to every card of the full chart but the root, each a right-angled path', () => {
    const full = scene('full')
    const { chain } = rowsFor()
    expect(full.chain.links).toHaveLength(chain.length - 1)
    expect(new Set(full.chain.links.map((l) => l.id)).size).toBe(full.chain.links.length)
    expect(full.chain.links.every((l) => /^M[\d.]+,[\d.]+([VH][\d.]+)+$/.test(l.d))).toBe(true)
  })

  it('in the overview, frames each node’s units and links the node to its frame', () => {
    const names = scene('names')
    expect(names.chain.frames).toHaveLength(3)
    for (const parent of [
      'international-legion',
      'group:affiliated:ground-forces',
      'international-legion-of-the-defence-intelligence',
    ]) {
      const frame = names.chain.frames.find((f) =>
        childrenOf(names, parent).every((n) => n.x >= f.x && n.x + n.width <= f.x + f.width && n.y >= f.y),
      )
      expect(frame, parent).toBeDefined()
      expect(names.chain.links.some((l) => l.id === `${parent}>units`)).toBe(true)
    }
  })
})

describe('packing, columns and flowing', () => {
  it('slides a branch in under a neighbour with nothing below it', () => {
    const shallow = [{ x0: 0, x1: 100, y0: 0, y1: 40 }]
    const deep = [
      { x0: 0, x1: 100, y0: 0, y1: 40 },
      { x0: -200, x1: 100, y0: 60, y1: 300 },
    ]
    // The deep branch's card must clear the shallow one; its wide block below may pass under it.
    expect(packingShift(shallow, deep, 10)).toBe(110)
  })

  it('splits cards into columns in reading order, as even as they can be', () => {
    expect(balancedColumns([10, 10, 10, 10], 0, 2)).toEqual([0, 2])
    expect(balancedColumns([30, 10, 10, 10], 0, 2)).toEqual([0, 1])
    expect(balancedColumns([10, 10, 10], 0, 5)).toEqual([0, 1, 2])
  })

  it('splits exactly as the plain O(count · n²) partition does, on many card lists', () => {
    // The textbook dynamic programme, kept here as the reference the bisection must match.
    const reference = (heights: number[], gap: number, count: number) => {
      const n = heights.length
      const c = Math.max(1, Math.min(count, n))
      const sum = [0]
      for (const h of heights) sum.push(sum[sum.length - 1]! + h)
      const cost = (a: number, b: number) => sum[b]! - sum[a]! + gap * (b - a - 1)
      let best = [0, ...Array<number>(n).fill(Infinity)]
      const cut: number[][] = [[]]
      for (let k = 1; k <= c; k++) {
        const next = Array<number>(n + 1).fill(Infinity)
        const cuts = Array<number>(n + 1).fill(0)
        for (let i = k; i <= n; i++)
          for (let j = k - 1; j < i; j++) {
            const tallest = Math.max(best[j]!, cost(j, i))
            if (tallest < next[i]!) [next[i], cuts[i]] = [tallest, j]
          }
        best = next
        cut.push(cuts)
      }
      const starts: number[] = []
      for (let k = c, i = n; k > 0; k--) starts.unshift((i = cut[k]![i]!))
      return starts
    }
    let seed = 7
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(random() * 30)
      // Card heights as the chart has them: a few sizes, so that equal splits are common.
      const heights = Array.from({ length: n }, () => 20 + 17 * Math.floor(random() * 4))
      const gap = trial % 3 === 0 ? 0 : 6
      for (let count = 1; count <= n + 1; count++)
        expect(balancedColumns(heights, gap, count), `${heights} in ${count}`).toEqual(
          reference(heights, gap, count),
        )
      // One pass for every count gives each count's split, and no count beyond one column a card.
      const splits = balancedSplits(heights, gap, n + 1)
      expect(splits).toHaveLength(n)
      splits.forEach((starts, i) =>
        expect(starts, `${heights} in ${i + 1}`).toEqual(reference(heights, gap, i + 1)),
      )
    }
  })

  it('flows items along a line and wraps them onto the next, in reading order', () => {
    const g = { pad: 5, gap: 10, lineGap: 2, indent: 12, stackGap: 2 }
    const items = [40, 50, 30, 60].map((w, i) =>
      flowItem([{ row: `r${i}`, nest: 0, width: w, height: 20 }], g),
    )
    const { boxes, height } = flowItems(items, 2 * 5 + 40 + 10 + 50, g)
    expect(boxes.map((b) => [b.row, b.x, b.y])).toEqual([
      ['r0', 5, 5],
      ['r1', 55, 5],
      ['r2', 5, 27],
      ['r3', 45, 27],
    ])
    expect(height).toBe(5 + 20 + 2 + 20 + 5)
  })
})

describe('card sizes', () => {
  const perChar = (t: string) => t.length * 10
  const text = nodeText(rowsFor().chain.find((r) => r.id === 'international-legion')!.datum, TODAY, atlas)

  it('wraps text at spaces to the width', () => {
    expect(wrappedLines('one two three', 200, perChar)).toBe(1)
    expect(wrappedLines('one two three', 70, perChar)).toBe(2)
    expect(wrappedLines('one two three', 50, perChar)).toBe(3)
    expect(wrappedLines('abcdefghijklmnopqrst', 50, perChar)).toBe(4)
  })

  it('is shorter in the overview than with its details, and grows as it narrows', () => {
    const row = (width: number, detail: Detail) =>
      estimateCardHeight(text, width, false, detail, roughMeasure)
    expect(row(200, 'names')).toBeLessThan(row(200, 'full'))
    expect(row(120, 'full')).toBeGreaterThan(row(300, 'full'))
  })

  it('widens a structural card rather than wrapping its name onto many lines', () => {
    const width = widthForName(text, [140, 200, 400], 'full', roughMeasure)
    const lines = (w: number) => wrappedLines(text.name, w - 20, (t) => roughMeasure(t, 'name'))
    expect(lines(width)).toBeLessThanOrEqual(2)
    expect(width).toBeGreaterThan(140)
  })
})
