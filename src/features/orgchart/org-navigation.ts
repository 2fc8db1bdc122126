/**
 * The keyboard model of the WAI-ARIA tree pattern over the visible rows, as pure functions: the
 * component turns a key into one of these actions and only draws the result.
 */
import { foldText } from '../../model/text'
import type { TreeRow } from './org-structure'

export type TreeAction =
  | { type: 'focus'; id: string }
  | { type: 'expand'; id: string }
  | { type: 'collapse'; id: string }
  | { type: 'select'; id: string }

/** The action for a key on the active row, or null when the key means nothing to the tree. */
export function treeKeyAction(rows: TreeRow[], activeId: string, key: string): TreeAction | null {
  const index = rows.findIndex((r) => r.id === activeId)
  const row = rows[index]
  if (!row) return rows[0] ? { type: 'focus', id: rows[0].id } : null
  const focus = (r: TreeRow | undefined): TreeAction | null => (r ? { type: 'focus', id: r.id } : null)
  switch (key) {
    case 'ArrowDown':
      return focus(rows[index + 1])
    case 'ArrowUp':
      return focus(rows[index - 1])
    case 'Home':
      return focus(rows[0])
    case 'End':
      return focus(rows[rows.length - 1])
    case 'ArrowRight':
      if (!row.childCount) return null
      return row.expanded ? focus(rows[index + 1]) : { type: 'expand', id: row.id }
    case 'ArrowLeft':
      if (row.childCount && row.expanded) return { type: 'collapse', id: row.id }
      return focus(rows.find((r) => r.id === row.parentId))
    case 'Enter':
    case ' ':
      return { type: 'select', id: row.id }
    default:
      return null
  }
}

/**
 * Type-ahead: the next row after the active one (wrapping round) whose name begins with the typed
 * text, ignoring case and diacritics; a repeated single letter cycles through the rows it starts.
 */
export function typeAheadMatch(rows: TreeRow[], activeId: string, typed: string): string | null {
  const text = foldText(typed)
  if (!text) return null
  const start = rows.findIndex((r) => r.id === activeId)
  const repeated = text.length > 1 && [...text].every((ch) => ch === text[0])
  const prefix = repeated ? text[0]! : text
  // A longer text refines the current match, so it may stay on the active row.
  const from = text.length > 1 && !repeated ? start : start + 1
  for (let i = 0; i < rows.length; i++) {
    const row = rows[(((from + i) % rows.length) + rows.length) % rows.length]!
    if (foldText(row.name).startsWith(prefix)) return row.id
  }
  return null
}
