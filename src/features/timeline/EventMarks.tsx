import { memo, Profiler, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { onProfilerRender } from '../../lib/render-probe'
import { formatSourceDate } from '../../lib/dates'
import type { PlacedMark } from './event-lanes'
import { EVENT_KIND_COLOR } from './event-kinds'

export const LANE_HEIGHT = 22
const MARK_HEIGHT = 12
const SPAN_HEIGHT = 4

/** "7 March 2022: Zelenskyy announces …", or "5 events, 2 March 2022 to 9 March 2022". */
export function markLabel(mark: PlacedMark): string {
  const first = mark.events[0]!
  if (!mark.cluster)
    return `${formatSourceDate(first.date!)}: ${first.title}${first.conflicts.length ? ' (conflicting claims in the source)' : ''}`
  const last = mark.events[mark.events.length - 1]!
  return `${mark.events.length} events, ${formatSourceDate(first.date!)} to ${formatSourceDate(last.date!)}: open to zoom in`
}

/**
 * The event marks, one lane per kind. Memoized with props that do not change with the as-of
 * date, so scrubbing never renders them. One tab stop: arrow keys move between marks.
 */
export const EventMarks = memo(function EventMarks({
  marks,
  top,
  highlighted,
  selected,
  onOpen,
  onHover,
}: {
  marks: PlacedMark[]
  top: number
  highlighted: ReadonlySet<string>
  selected: string | null
  onOpen: (mark: PlacedMark) => void
  onHover: (mark: PlacedMark | null, x: number, y: number) => void
}) {
  const [focusKey, setFocusKey] = useState<string | null>(null)
  const root = useRef<SVGGElement>(null)
  // Opening a cluster from a focused mark replaces the marks; focus moves to the new view's first.
  const refocus = useRef(false)
  useEffect(() => {
    if (!refocus.current) return
    refocus.current = false
    root.current?.querySelector<SVGGElement>('[tabindex="0"]')?.focus()
  }, [marks])
  const ordered = [...marks].sort((a, b) => a.x0 - b.x0 || a.lane - b.lane)
  const current = ordered.find((m) => m.key === focusKey) ?? ordered[0]
  const dimmed = highlighted.size > 0

  const focusMark = (mark: PlacedMark | undefined, root: Element) => {
    if (!mark) return
    setFocusKey(mark.key)
    const el = root.querySelector<SVGGElement>(`[data-mark="${CSS.escape(mark.key)}"]`)
    el?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, mark: PlacedMark) => {
    const root = event.currentTarget.parentElement!
    const index = ordered.indexOf(mark)
    const sameLane = (dir: 1 | -1) =>
      [...marks]
        .filter((m) => m.lane === mark.lane + dir)
        .sort((a, b) => Math.abs(a.x0 - mark.x0) - Math.abs(b.x0 - mark.x0))[0]
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
      focusMark(moves[event.key]!(), root)
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      refocus.current = mark.cluster
      onOpen(mark)
    }
  }

  // The Profiler sits inside the memo boundary: it reports only when the marks really render.
  return (
    <Profiler id="event-marks" onRender={onProfilerRender}>
      <g ref={root} className="event-marks" role="list" aria-label="Events">
        {marks.map((mark) => {
          const laneTop = top + mark.lane * LANE_HEIGHT
          const y = mark.row === 0 ? laneTop + 2 : laneTop + 4 + MARK_HEIGHT
          const h = mark.row === 0 ? MARK_HEIGHT : SPAN_HEIGHT
          const isHighlighted = mark.events.some((e) => highlighted.has(e.id))
          const isSelected = mark.events.some((e) => e.id === selected)
          const className = [
            'event-mark',
            mark.cluster ? 'event-mark--cluster' : '',
            dimmed && !isHighlighted ? 'is-dimmed' : '',
            isHighlighted ? 'is-highlighted' : '',
            isSelected ? 'is-selected' : '',
          ].join(' ')
          return (
            <g
              key={mark.key}
              data-mark={mark.key}
              role="listitem"
              className={className}
              tabIndex={mark === current ? 0 : -1}
              aria-label={markLabel(mark)}
              onClick={(event) => {
                event.stopPropagation()
                onOpen(mark)
              }}
              onPointerDown={(event) => event.stopPropagation()}
              onPointerEnter={() => onHover(mark, (mark.x0 + mark.x1) / 2, y)}
              onPointerLeave={() => onHover(null, 0, 0)}
              onFocus={() => {
                setFocusKey(mark.key)
                onHover(mark, (mark.x0 + mark.x1) / 2, y)
              }}
              onBlur={() => onHover(null, 0, 0)}
              onKeyDown={(event) => onKeyDown(event, mark)}
            >
              <rect
                x={mark.x0}
                y={y}
                width={Math.max(1, mark.x1 - mark.x0)}
                height={h}
                rx={mark.row === 0 && !mark.cluster && mark.x1 - mark.x0 <= 7 ? 3 : 1}
                fill={EVENT_KIND_COLOR[mark.kind]}
              />
              {mark.cluster && mark.row === 0 && mark.x1 - mark.x0 >= 14 && (
                <text x={(mark.x0 + mark.x1) / 2} y={y + MARK_HEIGHT - 2.5} className="event-mark__count">
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
