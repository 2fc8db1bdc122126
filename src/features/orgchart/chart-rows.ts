/**
 * What the org chart draws at a date, pure: the rows of the chain of command and of the units the
 * source names without placing them, and each card's text. The chart renders them, and lays out
 * ahead the dates a scrub may reach (`use-scene-prefetch`), from the same functions.
 */
import type { Atlas } from '../../model/atlas'
import type { IsoDate } from '../../model/types'
import { nodeText, type NodeText } from './node-text'
import {
  flattenTree,
  pruneTree,
  unplacedNodes,
  type OrgStructure,
  type ShownNode,
  type TreeRow,
} from './org-structure'

const NO_COLLAPSED: ReadonlySet<string> = new Set()

/** The chain's shown tree, or null where nothing of it is shown. */
export const shownChain = (structure: OrgStructure, shown: ReadonlySet<string>): ShownNode | null =>
  structure.chain ? pruneTree(structure.chain, (id) => shown.has(id)) : null

export const chainRowsOf = (chain: ShownNode | null, collapsed: ReadonlySet<string>): TreeRow[] =>
  chain ? flattenTree([chain], collapsed) : []

export const otherRowsOf = (structure: OrgStructure, shown: ReadonlySet<string>): TreeRow[] =>
  flattenTree(
    unplacedNodes(structure.unplaced, (id) => shown.has(id)),
    NO_COLLAPSED,
  )

/** Each row's card text at the date. */
export const rowTexts = (rows: readonly TreeRow[], asOf: IsoDate, atlas: Atlas): Map<string, NodeText> =>
  new Map(rows.map((row) => [row.id, nodeText(row.datum, asOf, atlas)]))
