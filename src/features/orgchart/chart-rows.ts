/**
 * What the org chart draws at a date, pure: the rows of the chain of command and of the units the
 * source names without placing them, and each card's text. The chart renders them, and lays out
 * ahead the dates a scrub may reach (`use-scene-prefetch`), from the same functions.
 */
import type { Atlas } from '../../model/atlas'
import type { IsoDate } from '../../model/types'
import { nodeTextAt, type NodeText } from './node-text'
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

const lastTexts = new WeakMap<
  readonly TreeRow[],
  { otherRows: readonly TreeRow[]; texts: Map<string, NodeText> }
>()

/**
 * Each row's card text at the date. For the same rows, the same map as last time while every
 * card's text is the same (a date step that changes no unit's state): what is drawn from it (the
 * layouts' keys, the cards) is then not looked at again.
 */
export function rowTexts(
  chainRows: readonly TreeRow[],
  otherRows: readonly TreeRow[],
  asOf: IsoDate,
  atlas: Atlas,
): Map<string, NodeText> {
  const texts = new Map<string, NodeText>()
  for (const row of chainRows) texts.set(row.id, nodeTextAt(row.datum, asOf, atlas))
  for (const row of otherRows) texts.set(row.id, nodeTextAt(row.datum, asOf, atlas))
  const last = lastTexts.get(chainRows)
  if (last && last.otherRows === otherRows && [...texts].every(([id, t]) => last.texts.get(id) === t))
    return last.texts
  lastTexts.set(chainRows, { otherRows, texts })
  return texts
}
