/**
 * The org chart's data chain, pure and without a DOM:
 *   Unit[] -> OrgStructure (stratified chain of command + unplaced units)
 *          -> ShownNode (pruned to what the filters and date show)
 *          -> TreeRow[] (flattened in reading order, collapsed branches left out: the ARIA tree)
 *          -> ChartLayout (boxes and link paths for the wide chart; d3-hierarchy's tidy tree).
 * The wide chart is a top-down tidy tree of the chain of command whose units hang below their
 * structure node as an indented column, so thirty units do not make it thirty columns wide.
 */
import { stratify, tree, type HierarchyNode } from 'd3-hierarchy'
import type { Unit, Wing } from '../../data/schema'
import type { IsoDate } from '../../model/types'
import { formedText, statusText } from '../../model/unit-status'

export type OrgDatum =
  | { type: 'unit'; id: string; parentId: string | null; unit: Unit }
  /** a heading node the chart adds, e.g. the affiliated units under the Ground Forces */
  | { type: 'group'; id: string; parentId: string; wing: Wing; title: string; note: string }

export interface OrgStructure {
  /** the chain of command with the Armed Forces of Ukraine at the root; null without a root */
  chain: HierarchyNode<OrgDatum> | null
  /** units the source names without placing them, and any record whose parents do not lead to the root */
  unplaced: Unit[]
}

export const AFFILIATED_NOTE = 'not part of the Legion proper'
export const NAME_LOST_TAG = 'name lost in source'
export const CONFLICT_TAG = 'conflicting claims'

const groupId = (wing: Wing, parent: string) => `group:${wing}:${parent}`

/**
 * Stratifies the units. Affiliated units are gathered under an added "Affiliated units" node below
 * their parent, so they are visibly apart from the Legion. Records that would break the tree (a
 * second root, a missing parent, a cycle) are listed as unplaced instead of failing the view.
 */
export function buildOrgStructure(units: Unit[]): OrgStructure {
  const byId = new Map(units.map((u) => [u.id, u]))
  const root = units.find((u) => u.parent === null && u.wing !== 'related')
  const leadsToRoot = (unit: Unit): boolean => {
    const seen = new Set<string>()
    for (let u: Unit | undefined = unit; u; u = u.parent ? byId.get(u.parent) : undefined) {
      if (u === root) return true
      if (seen.has(u.id)) return false
      seen.add(u.id)
    }
    return false
  }
  const placed = root ? units.filter(leadsToRoot) : []
  const unplaced = units.filter((u) => !placed.includes(u))
  if (!root) return { chain: null, unplaced }

  const data: OrgDatum[] = []
  const groups = new Set<string>()
  for (const unit of placed) {
    const parent = unit.parent ? byId.get(unit.parent) : undefined
    let parentId = unit.parent
    if (unit.wing === 'affiliated' && parent && parent.wing !== 'affiliated') {
      parentId = groupId('affiliated', parent.id)
      if (!groups.has(parentId)) {
        groups.add(parentId)
        data.push({
          type: 'group',
          id: parentId,
          parentId: parent.id,
          wing: 'affiliated',
          title: 'Affiliated units',
          note: AFFILIATED_NOTE,
        })
      }
    }
    data.push({ type: 'unit', id: unit.id, parentId, unit })
  }
  const chain = stratify<OrgDatum>()
    .id((d) => d.id)
    .parentId((d) => d.parentId)(data)
  return { chain, unplaced }
}

/** A node the chart shows, with the children it shows. */
export interface ShownNode {
  datum: OrgDatum
  children: ShownNode[]
}

/**
 * Keeps the records `isShown` accepts (a child only below a shown parent) and the added group nodes
 * that keep at least one child; null when the root itself is not shown.
 */
export function pruneTree(node: HierarchyNode<OrgDatum>, isShown: (id: string) => boolean): ShownNode | null {
  const children = (node.children ?? [])
    .map((c) => pruneTree(c, isShown))
    .filter((c): c is ShownNode => c !== null)
  if (node.data.type === 'group') return children.length ? { datum: node.data, children } : null
  return isShown(node.data.id) ? { datum: node.data, children } : null
}

/** Unplaced units as top-level nodes of their own list. */
export function unplacedNodes(units: Unit[], isShown: (id: string) => boolean): ShownNode[] {
  return units
    .filter((u) => isShown(u.id))
    .map((unit) => ({ datum: { type: 'unit', id: unit.id, parentId: null, unit }, children: [] }))
}

/** One visible item of the ARIA tree, in reading order. */
export interface TreeRow {
  id: string
  datum: OrgDatum
  name: string
  /** 1 at the root */
  level: number
  posInSet: number
  setSize: number
  parentId: string | null
  /** children the filters show, whether or not the row is expanded */
  childCount: number
  expanded: boolean
}

export function nodeName(datum: OrgDatum): string {
  return datum.type === 'unit' ? datum.unit.name : datum.title
}

/** Depth-first reading order of the shown nodes; a collapsed node's descendants are left out. */
export function flattenTree(roots: ShownNode[], collapsed: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = []
  const visit = (nodes: ShownNode[], level: number, parentId: string | null) => {
    nodes.forEach((node, i) => {
      const id = node.datum.id
      const expanded = node.children.length > 0 && !collapsed.has(id)
      rows.push({
        id,
        datum: node.datum,
        name: nodeName(node.datum),
        level,
        posInSet: i + 1,
        setSize: nodes.length,
        parentId,
        childCount: node.children.length,
        expanded,
      })
      if (expanded) visit(node.children, level + 1, id)
    })
  }
  visit(roots, 1, null)
  return rows
}

/** Ids of every node with children: collapsing them all leaves the root and its children. */
export function branchIds(root: ShownNode | null): string[] {
  if (!root) return []
  const ids: string[] = []
  const visit = (n: ShownNode) => {
    if (!n.children.length) return
    ids.push(n.datum.id)
    n.children.forEach(visit)
  }
  visit(root)
  return ids
}

/** Ids of the nodes above a record, nearest first (group nodes included). */
export function ancestorIds(chain: HierarchyNode<OrgDatum> | null, id: string): string[] {
  const node = chain?.find((n) => n.data.id === id)
  return node
    ? node
        .ancestors()
        .slice(1)
        .map((n) => n.data.id)
    : []
}

// ---------------------------------------------------------------------------------------------
// What a node says

export interface NodeText {
  name: string
  /** "BLR, MDA · Chechens"; null for structural nodes without any */
  nationalities: string | null
  /** the status words at the date; null for structural and group nodes */
  status: string | null
  /** "formed 27 February 2022" or "formed: unknown"; null for group nodes and undated structure */
  formed: string | null
  tags: string[]
  /** the accessible name: begins with the name, then everything the card shows */
  label: string
}

export function nodeText(
  datum: OrgDatum,
  asOf: IsoDate,
  nameOf: (id: string) => string,
  countryName: (iso3: string) => string | undefined = () => undefined,
): NodeText {
  if (datum.type === 'group') {
    return {
      name: datum.title,
      nationalities: null,
      status: null,
      formed: null,
      tags: [datum.note],
      label: `${datum.title}, ${datum.note}`,
    }
  }
  const u = datum.unit
  const isUnit = u.kind === 'unit'
  const { iso3, peoples } = u.nationalities
  const codes = iso3.join(', ')
  const nationalities =
    iso3.length || peoples.length
      ? [codes, peoples.join(', ')].filter(Boolean).join(' · ')
      : isUnit
        ? 'nationalities not stated'
        : null
  const spoken = [...iso3.map((c) => countryName(c) ?? c), ...peoples].join(', ')
  const status = isUnit ? statusText(u, asOf, nameOf) : null
  const formed = isUnit || u.formed ? formedText(u) : null
  const conflicted = u.conflicts.length > 0
  const tags = [
    ...(u.nameLost ? [NAME_LOST_TAG] : []),
    ...(u.wing === 'affiliated' && isUnit ? [AFFILIATED_NOTE] : []),
    // The source contradicts itself about this unit (its date, its place): say so on the card.
    ...(conflicted ? [CONFLICT_TAG] : []),
  ]
  const label = [
    u.name,
    ...(u.nameLost ? [NAME_LOST_TAG] : []),
    spoken || nationalities,
    status,
    formed,
    ...(conflicted ? ['conflicting claims in the source'] : []),
  ]
    .concat(u.wing === 'affiliated' && isUnit ? [`affiliated, ${AFFILIATED_NOTE}`] : [])
    .filter(Boolean)
    .join(', ')
  return { name: u.name, nationalities, status, formed, tags, label }
}

// ---------------------------------------------------------------------------------------------
// The wide chart

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
