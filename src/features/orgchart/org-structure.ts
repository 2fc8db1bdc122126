/**
 * The org chart's structure, pure and without a DOM:
 *   Unit[] -> OrgStructure (stratified chain of command + unplaced units)
 *          -> ShownNode (pruned to what the filters and date show)
 *          -> TreeRow[] (flattened in reading order, collapsed branches left out: the ARIA tree).
 * `org-layout.ts` places the rows for the wide chart; `node-text.ts` says what each card reads.
 */
import { stratify, type HierarchyNode } from 'd3-hierarchy'
import type { Unit, Wing } from '../../data/schema'

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
export function buildOrgStructure(units: readonly Unit[]): OrgStructure {
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
export function unplacedNodes(units: readonly Unit[], isShown: (id: string) => boolean): ShownNode[] {
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
