/**
 * What the chart's layout needs to know of the rows before placing them, pure: each node's
 * children, its units as cells (a unit and the units below it), every card's height and the
 * shapes a node's units can take (columns, or a flowing frame's widths), kept per rows and metrics.
 */
import { balancedSplits, stackHeight, tallestOf } from './grid-columns'
import type { ChartMetrics } from './org-layout'
import type { TreeRow } from './org-structure'
import { flowItem, flowItems, flowWidthSteps, type FlowGeometry, type FlowItem } from './unit-flow'

/** From this many units, a node's unit cards take two columns at least. */
const SEVERAL = 4

export const isUnitCard = (row: TreeRow) => row.datum.type === 'unit' && row.datum.unit.kind === 'unit'

/** A unit below a structural node, with the units below it stacked under it. */
export interface Cell {
  rows: { row: TreeRow; nest: number }[]
  height: number
}

/**
 * A shape the units of a node can take: columns (where each starts) or a flowing frame's width;
 * listed from the narrowest (and tallest) to the widest.
 */
export interface Shape {
  height: number
  starts: number[]
  width: number
}

export interface Tree {
  childrenOf: Map<string, TreeRow[]>
  cells: Map<string, Cell[]>
  /** with `flow`: each node's units as items to flow */
  items: Map<string, FlowItem<TreeRow>[]>
  shapes: Map<string, Shape[]>
  height: Map<string, number>
}

/** The narrowest shape no taller than the budget, else the shortest. */
export const shapeWithin = (shapes: Shape[], budget: number) =>
  shapes.find((s) => s.height <= budget) ?? shapes[shapes.length - 1]!

export const flowGeometry = (m: ChartMetrics): FlowGeometry => ({
  pad: m.flow?.pad ?? 0,
  gap: m.columnGap,
  lineGap: m.flow?.lineGap ?? 0,
  indent: m.indent,
  stackGap: m.stackGap,
})

const analysed = new WeakMap<TreeRow[], { m: ChartMetrics; tree: Tree }>()

/** The rows' children, cells and card heights; kept for the same rows and metrics. */
export function analyse(rows: TreeRow[], m: ChartMetrics): Tree {
  const known = analysed.get(rows)
  if (known?.m === m) return known.tree
  const tree = analyseNow(rows, m)
  analysed.set(rows, { m, tree })
  return tree
}

function analyseNow(rows: TreeRow[], m: ChartMetrics): Tree {
  const childrenOf = new Map<string, TreeRow[]>()
  for (const row of rows) {
    if (row.parentId === null) continue
    const list = childrenOf.get(row.parentId) ?? []
    list.push(row)
    childrenOf.set(row.parentId, list)
  }
  const height = new Map<string, number>()
  const widthOf = (r: TreeRow, nest: number) =>
    Math.min(m.flow?.naturalWidth(r) ?? Infinity, m.cardWidth - m.indent * nest)
  const cellOf = (row: TreeRow): Cell => {
    const cellRows: Cell['rows'] = []
    const visit = (r: TreeRow, nest: number) => {
      cellRows.push({ row: r, nest })
      height.set(r.id, m.cardHeight(r, widthOf(r, nest)))
      for (const child of childrenOf.get(r.id) ?? []) visit(child, nest + 1)
    }
    visit(row, 0)
    const h = stackHeight(
      cellRows.map((c) => height.get(c.row.id)!),
      m.stackGap,
    )
    return { rows: cellRows, height: h }
  }
  const cells = new Map<string, Cell[]>()
  const items = new Map<string, FlowItem<TreeRow>[]>()
  for (const row of rows) {
    if (isUnitCard(row) && row.parentId !== null) continue
    const units = (childrenOf.get(row.id) ?? []).filter(isUnitCard)
    if (!units.length) continue
    const own = units.map(cellOf)
    cells.set(row.id, own)
    if (m.flow)
      items.set(
        row.id,
        own.map((cell) =>
          flowItem(
            cell.rows.map(({ row: r, nest }) => ({
              row: r,
              nest,
              width: widthOf(r, nest),
              height: height.get(r.id)!,
            })),
            flowGeometry(m),
          ),
        ),
      )
  }
  const shapes = new Map<string, Shape[]>()
  const g = flowGeometry(m)
  for (const [id, own] of cells) {
    const heights = own.map((c) => c.height)
    const list: Shape[] = []
    const flowing = items.get(id)
    // Several cards never stand in a single column: that is the long list the compact layout ends.
    // (Flowing names share lines wherever they are short enough.)
    const several = own.length >= SEVERAL
    if (flowing)
      for (const width of flowWidthSteps(flowing, g))
        list.push({ height: flowItems(flowing, width, g).height, starts: [], width })
    else if (heights.length)
      balancedSplits(heights, m.stackGap, heights.length).forEach((starts, i) => {
        if (several && i === 0) return
        list.push({ height: tallestOf(heights, m.stackGap, starts), starts, width: 0 })
      })
    shapes.set(id, list)
  }
  return { childrenOf, cells, items, shapes, height }
}

/** Which shape each node's units take within a budget: layouts with the same key are the same. */
export function shapeKey(rows: TreeRow[], m: ChartMetrics, budget: number): string {
  return [...analyse(rows, m).shapes.values()]
    .map((list) => list.indexOf(shapeWithin(list, budget)))
    .join(',')
}

/** Every height one node's units can take: the budgets worth trying in `layoutTree`. */
export function gridBudgets(rows: TreeRow[], m: ChartMetrics): number[] {
  const budgets = new Set<number>()
  for (const list of analyse(rows, m).shapes.values()) for (const shape of list) budgets.add(shape.height)
  return [...budgets].sort((a, b) => a - b)
}
