import { useLayoutEffect, useRef } from 'react'
import type { TreeHandlers } from './ChartDrawing'
import { OTHER_NOTE, OTHER_TITLE } from './chart-metrics'
import type { TreeRow } from './org-structure'
import { OrgTree } from './OrgTree'

/**
 * The chart as an indented list for narrow panes (phones): the chain of command, then the units
 * the source does not place, scrolling inside the pane. The selected unit is scrolled into the
 * list's view (the list alone moves; the page never does).
 */
export function OrgList({
  chainRows,
  otherRows,
  handlers,
  keep,
}: {
  chainRows: TreeRow[]
  otherRows: TreeRow[]
  handlers: TreeHandlers
  keep: string | null
}) {
  const scroller = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    const list = scroller.current
    const card = keep ? list?.querySelector<HTMLElement>(`[data-node-id="${keep}"]`) : null
    if (!list || !card) return
    const l = list.getBoundingClientRect()
    const c = card.getBoundingClientRect()
    const margin = 8
    if (c.top < l.top + margin) list.scrollTop -= l.top + margin - c.top
    else if (c.bottom > l.bottom - margin)
      list.scrollTop += Math.min(c.bottom - l.bottom + margin, c.top - l.top - margin)
  }, [keep, chainRows, otherRows])
  return (
    <div ref={scroller} className="org-list">
      {chainRows.length ? (
        <OrgTree label="Chain of command" rows={chainRows} placement={null} {...handlers} />
      ) : (
        <p className="empty">No unit in the chain of command matches.</p>
      )}
      <h3 className="org-other__title">{OTHER_TITLE}</h3>
      <p className="org-other__note">{OTHER_NOTE}</p>
      {otherRows.length ? (
        <OrgTree
          label={OTHER_TITLE}
          className="org-tree--grid"
          rows={otherRows}
          placement={null}
          {...handlers}
        />
      ) : (
        <p className="empty">None of them matches.</p>
      )}
    </div>
  )
}
