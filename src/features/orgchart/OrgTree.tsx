import {
  memo,
  Profiler,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react'
import { flushSync } from 'react-dom'
import type { Detail } from './card-size'
import { meetsRegion, type DrawnRegion } from './chart-window'
import type { NodeText } from './node-text'
import type { PlacedNode } from './org-layout'
import { AFFILIATED_NOTE, CONFLICT_TAG, NAME_LOST_TAG, type TreeRow } from './org-structure'
import { treeKeyAction, typeAheadMatch } from './org-navigation'
import { CONFLICT_GLYPH, STATUS_GLYPH } from './status-marks'
import { useFocusHandover } from './use-focus-handover'
import { onProfilerRender } from '../../lib/render-probe'
import type { UnitPresence } from '../../model/unit-status'

/** How each card looks apart from its text: the view decides, the tree only draws it. */
export interface NodeLook {
  text: NodeText
  /** undefined for structural and group nodes */
  status?: UnitPresence
  /** shown only because a unit below it matches the filters */
  context: boolean
  /** linked to the selected country or event: outlined, and said after the name */
  linked: 'country' | 'event' | null
  /** changed status since the previous date: highlighted briefly */
  changed: boolean
}

const TYPE_AHEAD_MS = 800

/** Where the chart draws a tree's cards, at one level of detail, in the drawing's coordinates. */
export interface TreePlacement {
  detail: Detail
  nodes: readonly PlacedNode[]
  /** the part of the drawing to render cards in: others are left out but for the active and selected */
  region?: DrawnRegion | null
  width: number
  height: number
}

/**
 * One WAI-ARIA tree: a single tab stop (roving tabindex), arrow keys, Home/End, type-ahead, Enter
 * to select. Drawn either in the chart (cards placed by `placement`, over the whole drawing) or,
 * without one, as an indented list in normal flow.
 */
export function OrgTree({
  label,
  rows,
  looks,
  selected,
  placement,
  className,
  onToggle,
  onSelect,
}: {
  label: string
  rows: TreeRow[]
  looks: ReadonlyMap<string, NodeLook>
  selected: string | null
  placement: TreePlacement | null
  className?: string
  onToggle: (id: string, expand: boolean) => void
  onSelect: (id: string) => void
}) {
  const treeRef = useRef<HTMLDivElement>(null)
  const typed = useRef({ text: '', at: 0 })
  const [active, setActive] = useState<string | null>(null)
  const has = (id: string | null) => !!id && rows.some((r) => r.id === id)
  const activeId = has(active) ? active! : has(selected) ? selected! : (rows[0]?.id ?? null)
  useFocusHandover(treeRef, label, placement !== null, setActive)

  const focusRow = (id: string) => {
    // Rendered before it is focused: in the chart a card outside the rendered part is not drawn.
    flushSync(() => setActive(id))
    // In the chart the window pans the card into view itself; the page must not scroll for it.
    treeRef.current
      ?.querySelector<HTMLElement>(`[data-node-id="${id}"]`)
      ?.focus({ preventScroll: placement !== null })
  }

  const toggle = (row: TreeRow) => {
    if (row.expanded) {
      // Keep the active row visible: collapsing its ancestor makes the ancestor active.
      const at = rows.indexOf(row)
      const activeAt = rows.findIndex((r) => r.id === activeId)
      const inside = activeAt > at && rows.slice(at + 1, activeAt + 1).every((r) => r.level > row.level)
      if (inside) setActive(row.id)
    }
    onToggle(row.id, !row.expanded)
  }

  const activate = (row: TreeRow) => {
    if (row.datum.type === 'group') toggle(row)
    else onSelect(row.id)
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (!activeId || event.altKey || event.ctrlKey || event.metaKey) return
    const action = treeKeyAction(rows, activeId, event.key)
    if (action) {
      event.preventDefault()
      const row = rows.find((r) => r.id === action.id)
      if (action.type === 'focus') focusRow(action.id)
      else if (row && action.type === 'select') activate(row)
      else if (row) toggle(row)
      return
    }
    if (event.key.length === 1 && event.key !== ' ') {
      const now = Date.now()
      const text = (now - typed.current.at < TYPE_AHEAD_MS ? typed.current.text : '') + event.key
      typed.current = { text, at: now }
      const found = typeAheadMatch(rows, activeId, text)
      if (found) {
        event.preventDefault()
        focusRow(found)
      }
    }
  }

  // One click handler for the tree, so that a card's props are its data alone and a card a date
  // step leaves as it was is not rendered again (OrgNode is memoized).
  const onClick = (event: MouseEvent) => {
    const card = (event.target as Element).closest<HTMLElement>('[data-node-id]')
    const row = card && rows.find((r) => r.id === card.dataset.nodeId)
    if (!row) return
    setActive(row.id)
    if ((event.target as Element).closest('[data-toggle]')) toggle(row)
    else activate(row)
  }

  // The focused card is the tree's tab stop, however it got the focus (a click, a hand-over).
  const onFocus = (event: FocusEvent) => {
    const id = (event.target as Element).closest<HTMLElement>('[data-node-id]')?.dataset.nodeId
    if (id && id !== active) setActive(id)
  }

  const placed = placement ? new Map(placement.nodes.map((n) => [n.row.id, n])) : null
  const renderRow = (row: TreeRow) => {
    const box = placed?.get(row.id)
    if (placed && !box) return null
    const region = placement?.region
    if (box && region && !meetsRegion(region, box) && row.id !== activeId && row.id !== selected) return null
    return (
      <OrgNode
        key={row.id}
        row={row}
        look={looks.get(row.id)!}
        x={box?.x}
        y={box?.y}
        width={box?.width}
        height={box?.height}
        active={row.id === activeId}
        selected={row.id === selected}
      />
    )
  }

  return (
    <div
      ref={treeRef}
      role="tree"
      aria-label={label}
      className={[
        'org-tree',
        placement ? `org-tree--chart org-tree--${placement.detail}` : 'org-tree--list',
        className ?? '',
      ].join(' ')}
      style={placement ? { width: placement.width, height: placement.height } : undefined}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onClick={onClick}
    >
      {rows.map(renderRow)}
    </div>
  )
}

const TAG_CLASS: Record<string, string> = {
  [NAME_LOST_TAG]: 'org-tag--lost',
  [AFFILIATED_NOTE]: 'org-tag--affiliated',
  [CONFLICT_TAG]: 'org-tag--conflict',
}

const LINKED_TEXT = {
  country: 'has volunteers from the selected country',
  event: 'named by the selected event',
} as const

/** A card: placed at x, y in the chart, or indented by its level in the list. */
const OrgNode = memo(function OrgNode({
  row,
  look,
  x,
  y,
  width,
  height,
  active,
  selected,
}: {
  row: TreeRow
  look: NodeLook
  x?: number
  y?: number
  width?: number
  height?: number
  active: boolean
  selected: boolean
}) {
  const { text } = look
  const style: CSSProperties =
    x === undefined ? ({ '--level': row.level - 1 } as CSSProperties) : { left: x, top: y, width, height }
  const datum = row.datum
  const kind = datum.type === 'group' ? 'group' : datum.unit.kind
  const classes = [
    'org-node',
    `org-node--${kind}`,
    datum.type === 'unit' && datum.unit.wing ? `org-node--${datum.unit.wing}` : '',
    look.status ? `is-${look.status}` : '',
    look.context ? 'is-context' : '',
    look.linked ? 'is-linked' : '',
    row.childCount > 0 ? 'has-toggle' : '',
    selected ? 'is-selected' : '',
  ]
  return (
    <Profiler id="org-node" onRender={onProfilerRender}>
      <div
        role="treeitem"
        data-node-id={row.id}
        aria-label={look.linked ? `${text.label}, ${LINKED_TEXT[look.linked]}` : text.label}
        aria-level={row.level}
        aria-setsize={row.setSize}
        aria-posinset={row.posInSet}
        aria-expanded={row.childCount ? row.expanded : undefined}
        aria-selected={datum.type === 'unit' ? selected : undefined}
        tabIndex={active ? 0 : -1}
        className={classes.filter(Boolean).join(' ')}
        style={style}
      >
        {look.changed && <span className="org-node__changed" aria-hidden="true" />}
        {text.mark && (
          <span className={`org-node__mark org-mark--${text.mark}`} aria-hidden="true">
            {STATUS_GLYPH[text.mark]}
          </span>
        )}
        <span className="org-node__name">
          {text.name}
          {text.conflicted && (
            <span className="org-node__conflict" aria-hidden="true">
              {' '}
              {CONFLICT_GLYPH}
            </span>
          )}
        </span>
        {text.nationalities && (
          <span className="org-node__line org-node__nationalities">{text.nationalities}</span>
        )}
        {text.status && <span className="org-node__line org-node__status">{text.status}</span>}
        {text.tags.length > 0 && (
          <span className="org-node__tags">
            {text.tags.map((tag) => (
              <span key={tag} className={`org-tag ${TAG_CLASS[tag] ?? ''}`}>
                {tag}
              </span>
            ))}
          </span>
        )}
        {row.childCount > 0 && (
          <span
            className="org-node__toggle"
            data-toggle=""
            aria-hidden="true"
            title={row.expanded ? 'Collapse' : `Expand (${row.childCount} below)`}
          >
            {row.expanded ? '−' : `+${row.childCount}`}
          </span>
        )}
      </div>
    </Profiler>
  )
})
