import { memo, Profiler, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { useEventTitles } from '../../data/use-event-titles'
import { onProfilerRender } from '../../lib/render-probe'
import { formatSourceDate } from '../../lib/dates'
import { eventTitle, type EventTitles } from '../../model/event-title'
import { EVENT_KIND_LABEL } from '../../model/vocabulary'
import type { PlacedMark } from './event-lanes'
import { markColor } from './event-kinds'
import { bandTop, type LaneLayout } from './lane-layout'

/** Where each row is drawn in a lane's 24 px: day marks, then month and year bars under them. */
const ROW_Y = [1, 15, 20] as const
const ROW_HEIGHT = [12, 4, 3] as const

/** "7 March 2022, Formation: …", or "5 events, 2 March 2022 to 9 March 2022: open to see them". */
export function markLabel(mark: PlacedMark, titles: EventTitles): string {
  const first = mark.events[0]!
  if (!mark.cluster)
    return `${formatSourceDate(first.date!)}, ${EVENT_KIND_LABEL[first.kind]}: ${eventTitle(first, titles)}${first.conflicts.length ? ' (conflicting claims in the source)' : ''}`
  const from = formatSourceDate(first.date!)
  const to = formatSourceDate(mark.events[mark.events.length - 1]!.date!)
  return `${mark.events.length} events, ${from === to ? from : `${from} to ${to}`}: open to see them`
}

/**
 * The event marks, in their lanes. Each is a target at least 24 px square (a transparent hit
 * rectangle around its drawn shape). Memoized with props that do not change with the as-of date,
 * so scrubbing never renders them. One tab stop: arrow keys move between marks.
 */
export const EventMarks = memo(function EventMarks({
  marks,
  layout,
  highlighted,
  selected,
  onOpen,
  onHover,
}: {
  marks: PlacedMark[]
  layout: LaneLayout
  highlighted: ReadonlySet<string>
  selected: string | null
  onOpen: (mark: PlacedMark, element: Element) => void
  onHover: (mark: PlacedMark | null, element: Element | null) => void
}) {
  const [focusKey, setFocusKey] = useState<string | null>(null)
  // The titles come with the full events.json, after the first paint: the marks render once more then.
  const titles = useEventTitles()
  const root = useRef<SVGGElement>(null)
  // Opening a cluster from a focused mark replaces the marks; focus moves to the new view's first.
  const refocus = useRef(false)
  useEffect(() => {
    if (!refocus.current) return
    refocus.current = false
    root.current?.querySelector<SVGGElement>('[tabindex="0"]')?.focus()
  }, [marks])
  const ordered = [...marks].sort((a, b) => a.hitX0 - b.hitX0 || a.lane - b.lane)
  const current = ordered.find((m) => m.key === focusKey) ?? ordered[0]
  const dimmed = highlighted.size > 0
  // Year spans first, so the marks drawn over them take the pointer where they overlap.
  const drawn = [...marks].sort((a, b) => b.row - a.row)

  const focusMark = (mark: PlacedMark | undefined) => {
    if (!mark) return
    setFocusKey(mark.key)
    root.current?.querySelector<SVGGElement>(`[data-mark="${CSS.escape(mark.key)}"]`)?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, mark: PlacedMark) => {
    const index = ordered.indexOf(mark)
    const sameLane = (dir: 1 | -1) => {
      const lanes = marks.map((m) => m.lane).filter((l) => (dir > 0 ? l > mark.lane : l < mark.lane))
      if (!lanes.length) return undefined
      const lane = dir > 0 ? Math.min(...lanes) : Math.max(...lanes)
      return marks
        .filter((m) => m.lane === lane)
        .sort((a, b) => Math.abs(a.hitX0 - mark.hitX0) - Math.abs(b.hitX0 - mark.hitX0))[0]
    }
    const moves: Record<string, () => PlacedMark | undefined> = {
      ArrowRight: () => ordered[index + 1],
      ArrowLeft: () => ordered[index - 1],
      ArrowDown: () => sameLane(1),
      ArrowUp: () => sameLane(-1),
      Home: () => ordered[0],
      End: () => ordered[ordered.length - 1],
    }
    if (moves[event.key]) {
      event.preventDefault()
      focusMark(moves[event.key]!())
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      refocus.current = mark.cluster
      onOpen(mark, event.currentTarget)
    }
  }

  // The Profiler sits inside the memo boundary: it reports only when the marks really render.
  return (
    <Profiler id="event-marks" onRender={onProfilerRender}>
      <g ref={root} className="event-marks" role="list" aria-label="Events">
        {drawn.map((mark) => {
          const band = bandTop(layout, mark.lane)
          const block = band + (layout.bandHeight - 24) / 2
          const y = block + ROW_Y[mark.row]
          const h = ROW_HEIGHT[mark.row] + (mark.cluster && mark.row === 0 ? 1 : 0)
          const isHighlighted = mark.events.some((e) => highlighted.has(e.id))
          const isSelected = mark.events.some((e) => e.id === selected)
          const className = [
            'event-mark',
            mark.cluster ? 'event-mark--cluster' : '',
            dimmed && !isHighlighted ? 'is-dimmed' : '',
            isHighlighted ? 'is-highlighted' : '',
            isSelected ? 'is-selected' : '',
          ].join(' ')
          // A cluster of points is a badge filling its target; a span keeps its length.
          const badge = mark.cluster && mark.hitX1 - mark.hitX0 <= 24
          // Wide shapes (a day when zoomed in) keep a pixel of air on each side from their neighbours.
          const inset = badge || mark.x1 - mark.x0 > 12 ? 1 : 0
          const x = (badge ? mark.hitX0 : mark.x0) + inset
          const width = (badge ? mark.hitX1 - mark.hitX0 : mark.x1 - mark.x0) - 2 * inset
          return (
            <g
              key={mark.key}
              data-mark={mark.key}
              role="listitem"
              className={className}
              tabIndex={mark === current ? 0 : -1}
              aria-label={markLabel(mark, titles)}
              onClick={(event) => {
                event.stopPropagation()
                onOpen(mark, event.currentTarget)
              }}
              onPointerDown={(event) => event.stopPropagation()}
              onPointerEnter={(event) => onHover(mark, event.currentTarget)}
              onPointerLeave={() => onHover(null, null)}
              onFocus={(event) => {
                setFocusKey(mark.key)
                onHover(mark, event.currentTarget)
              }}
              onBlur={() => onHover(null, null)}
              onKeyDown={(event) => onKeyDown(event, mark)}
            >
              <rect
                className="event-mark__hit"
                x={mark.hitX0}
                y={band}
                width={mark.hitX1 - mark.hitX0}
                height={layout.bandHeight}
              />
              <rect
                className="event-mark__shape"
                x={x}
                y={y}
                width={width}
                height={h}
                rx={mark.row === 0 && !mark.cluster && width <= 9 ? 3 : 1}
                fill={markColor(mark.events.map((e) => e.kind))}
              />
              {mark.cluster && mark.row === 0 && (
                <text x={x + width / 2} y={y + ROW_HEIGHT[0] - 2.5} className="event-mark__count">
                  {mark.events.length}
                </text>
              )}
            </g>
          )
        })}
      </g>
    </Profiler>
  )
})
