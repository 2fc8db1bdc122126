/**
 * The wide org chart's geometry, pure and without a DOM: card heights from their text, and boxes
 * and link paths for the rows `org-structure.ts` gives (d3-hierarchy's tidy tree). Units hang below
 * their structure node as an indented column, so thirty units do not make it thirty columns wide.
 */
import { stratify, tree } from 'd3-hierarchy'
import type { NodeText } from './node-text'
import type { TreeRow } from './org-structure'

/** Sizes of the card's text, kept in step with orgchart.css. */
export const CARD_TEXT = {
  padX: 9,
  padY: 7,
  border: 1,
  toggle: 22,
  nameLine: 18,
  metaLine: 16,
  tagLine: 19,
  /** padding and border of a tag */
  tagPad: 14,
  tagGap: 3,
} as const

/** The card's fonts: the name, the bold nationalities, the other lines, the italic tags. */
export type TextKind = 'name' | 'strong' | 'meta' | 'tag'

/** Width in px of a text in one of the card's fonts; the view measures with a canvas. */
export type TextMeasure = (text: string, kind: TextKind) => number

/** A measure from average character widths, for when no canvas can measure (tests, old engines). */
export const roughMeasure: TextMeasure = (text, kind) =>
  text.length * { name: 8.6, strong: 7.6, meta: 7.2, tag: 6.6 }[kind]

/** Lines a text takes when the browser wraps it at spaces to `maxWidth` px. */
export function wrappedLines(text: string, maxWidth: number, widthOf: (text: string) => number): number {
  let lines = 1
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (widthOf(candidate) <= maxWidth || !line) {
      line = candidate
    } else {
      lines += 1
      line = word
    }
    // A word wider than the line breaks anywhere (overflow-wrap: anywhere).
    const wide = widthOf(line)
    if (wide > maxWidth && line === word) {
      lines += Math.ceil(wide / maxWidth) - 1
    }
  }
  return lines
}

/** Card height in px for the text, so cards placed one below the other never overlap. */
export function estimateCardHeight(
  text: NodeText,
  width: number,
  hasToggle: boolean,
  measure: TextMeasure = roughMeasure,
): number {
  const c = CARD_TEXT
  const inner = width - 2 * c.padX - 2 * c.border
  const of = (kind: TextKind) => (t: string) => measure(t, kind)
  const name = Math.min(3, wrappedLines(text.name, inner - (hasToggle ? c.toggle : 0), of('name')))
  const lines = (t: string | null, kind: TextKind) => (t ? wrappedLines(t, inner, of(kind)) : 0)
  // The status line starts with a one-em mark and a space.
  const meta =
    lines(text.nationalities, 'strong') +
    lines(text.status && `●\u2002${text.status}`, 'meta') +
    lines(text.formed, 'meta')
  // Tags wrap as whole boxes.
  let tagRows = 0
  let used = 0
  for (const tag of text.tags) {
    const w = Math.min(inner, measure(tag, 'tag') + c.tagPad)
    if (!tagRows || used + c.tagGap + w > inner) {
      tagRows += 1
      used = w
    } else used += c.tagGap + w
  }
  const tags = tagRows ? 3 + tagRows * c.tagLine + (tagRows - 1) * c.tagGap : 0
  return Math.ceil(2 * c.padY + 2 * c.border + name * c.nameLine + meta * c.metaLine + tags)
}

export interface ChartMetrics {
  cardWidth: number
  /** horizontal space between columns */
  columnGap: number
  /** vertical space between levels of the tree */
  levelGap: number
  /** how far a unit's card is indented below its parent in a column */
  indent: number
  /** vertical space between cards of a column */
  stackGap: number
  margin: number
  cardHeight: (row: TreeRow, width: number) => number
}

export interface PlacedNode {
  row: TreeRow
  /** top-left corner */
  x: number
  y: number
  width: number
  height: number
}

export interface PlacedLink {
  id: string
  d: string
}

export interface ChartLayout {
  nodes: PlacedNode[]
  links: PlacedLink[]
  width: number
  height: number
}

const isUnitCard = (row: TreeRow) => row.datum.type === 'unit' && row.datum.unit.kind === 'unit'

/**
 * Places the visible rows. Structural and group nodes form a top-down tidy tree (d3 `tree`), each
 * leaf of which gets a column of its own; units hang in an indented column below their parent.
 * `rows` hold one tree (one row at level 1), as `flattenTree` gives for the chain of command.
 */
export function layoutChart(rows: TreeRow[], m: ChartMetrics): ChartLayout {
  if (!rows.length) return { nodes: [], links: [], width: 0, height: 0 }
  const childrenOf = new Map<string, TreeRow[]>()
  for (const row of rows) {
    if (row.parentId === null) continue
    const list = childrenOf.get(row.parentId) ?? []
    list.push(row)
    childrenOf.set(row.parentId, list)
  }
  const byId = new Map(rows.map((r) => [r.id, r]))
  // A node's children form a column when it is a unit or when any child is one.
  const stacks = (row: TreeRow) => isUnitCard(row) || (childrenOf.get(row.id) ?? []).some(isUnitCard)
  const inColumn = (row: TreeRow) => row.parentId !== null && stacks(byId.get(row.parentId)!)

  const treeRows = rows.filter((r) => !inColumn(r))
  const maxDepth = Math.max(...treeRows.map((r) => r.level - 1))
  // Each leaf gets a chain of stand-ins down to the deepest level, so no deeper node and no
  // column of units can share its x.
  type Item = { id: string; parentId: string | null; row: TreeRow | null }
  const items: Item[] = treeRows.map((row) => ({ id: row.id, parentId: row.parentId, row }))
  const treeParents = new Set(treeRows.map((r) => r.parentId))
  for (const row of treeRows) {
    if (treeParents.has(row.id)) continue
    let parentId = row.id
    for (let depth = row.level; depth <= maxDepth; depth++) {
      const id = `stand-in:${row.id}:${depth}`
      items.push({ id, parentId, row: null })
      parentId = id
    }
  }
  const hierarchy = stratify<Item>()
    .id((d) => d.id)
    .parentId((d) => d.parentId)(items)
  const root = tree<Item>()
    .nodeSize([m.cardWidth + m.columnGap, 1])
    .separation((a, b) => (a.parent === b.parent ? 1 : 1.1))(hierarchy)

  const levelHeight: number[] = []
  for (const row of treeRows) {
    const d = row.level - 1
    levelHeight[d] = Math.max(levelHeight[d] ?? 0, m.cardHeight(row, m.cardWidth))
  }
  const levelY: number[] = [m.margin]
  for (let d = 1; d <= maxDepth; d++) levelY[d] = levelY[d - 1]! + (levelHeight[d - 1] ?? 0) + m.levelGap

  const points = root.descendants().filter((n) => n.data.row)
  const minX = Math.min(...points.map((n) => n.x))
  const nodes: PlacedNode[] = []
  const links: PlacedLink[] = []
  const placed = new Map<string, PlacedNode>()
  for (const point of points) {
    const row = point.data.row!
    const node: PlacedNode = {
      row,
      x: point.x - minX + m.margin,
      y: levelY[row.level - 1]!,
      width: m.cardWidth,
      height: m.cardHeight(row, m.cardWidth),
    }
    nodes.push(node)
    placed.set(row.id, node)
  }
  for (const point of points) {
    const child = placed.get(point.data.id)!
    const parent = point.parent?.data.row ? placed.get(point.parent.data.id) : undefined
    if (!parent) continue
    const px = parent.x + parent.width / 2
    const cx = child.x + child.width / 2
    const mid = child.y - m.levelGap / 2
    links.push({
      id: `${parent.row.id}>${child.row.id}`,
      d: `M${px},${parent.y + parent.height}V${mid}H${cx}V${child.y}`,
    })
  }

  const placeColumn = (parent: PlacedNode, nest: number) => {
    let y = parent.y + parent.height + m.stackGap
    const spine = parent.x + m.indent / 2
    for (const row of childrenOf.get(parent.row.id) ?? []) {
      const x = parent.x + m.indent
      const width = m.cardWidth - m.indent * nest
      const node: PlacedNode = { row, x, y, width, height: m.cardHeight(row, width) }
      nodes.push(node)
      const linkY = y + Math.min(node.height / 2, 20)
      links.push({
        id: `${parent.row.id}>${row.id}`,
        d: `M${spine},${parent.y + parent.height}V${linkY}H${x}`,
      })
      y = placeColumnBelow(node, nest + 1)
    }
    return y
  }
  const placeColumnBelow = (node: PlacedNode, nest: number): number =>
    node.row.expanded ? placeColumn(node, nest) : node.y + node.height + m.stackGap
  for (const node of [...nodes]) if (stacks(node.row) && node.row.expanded) placeColumn(node, 1)

  const width = Math.max(...nodes.map((n) => n.x + n.width)) + m.margin
  const height = Math.max(...nodes.map((n) => n.y + n.height)) + m.margin
  return { nodes, links, width, height }
}

/** The scale that shows a w×h chart whole in a view, never above 1. */
export function fitScale(
  content: { width: number; height: number },
  view: { width: number; height: number },
  min = 0.2,
): number {
  if (!content.width || !content.height || !view.width || !view.height) return 1
  return Math.max(min, Math.min(1, view.width / content.width, view.height / content.height))
}
