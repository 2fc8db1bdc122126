import { useEffect, useRef } from 'react'
import type { LegionEvent } from '../../data/schema'
import { useEventTitles } from '../../data/use-event-titles'
import { formatSourceDate } from '../../lib/dates'
import { eventTitle } from '../../model/event-title'
import { EVENT_KIND_LABEL } from '../../model/vocabulary'
import type { PlacedMark } from './event-lanes'
import { placeBeside, type MarkPlace } from './TimelineTooltip'

const LIST_WIDTH = 320

/**
 * The events of a cluster that zooming cannot tell apart (the same day, month or year), as a list
 * to choose from. Escape, Close or a press outside closes it; focus goes back to the mark.
 */
export function ClusterList({
  mark,
  place,
  box,
  opener,
  onChoose,
  onClose,
}: {
  mark: PlacedMark
  place: MarkPlace
  box: { width: number; height: number }
  opener: Element | null
  onChoose: (event: LegionEvent) => void
  onClose: () => void
}) {
  const root = useRef<HTMLDivElement>(null)
  const titles = useEventTitles(true)
  useEffect(() => {
    root.current?.querySelector<HTMLButtonElement>('li button')?.focus()
    const onPress = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) onClose()
    }
    document.addEventListener('pointerdown', onPress, true)
    return () => {
      document.removeEventListener('pointerdown', onPress, true)
      if (opener instanceof HTMLElement || opener instanceof SVGElement) opener.focus()
    }
  }, [onClose, opener])
  const first = formatSourceDate(mark.events[0]!.date!)
  const last = formatSourceDate(mark.events[mark.events.length - 1]!.date!)
  const title = `${mark.events.length} events, ${first === last ? first : `${first} to ${last}`}`
  return (
    <div
      ref={root}
      className="timeline__cluster-list"
      role="dialog"
      aria-label={title}
      style={{
        ...placeBeside(place, LIST_WIDTH, box),
        width: Math.min(LIST_WIDTH, box.width),
        maxHeight: box.height - 8,
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onClose()
        }
      }}
    >
      <div className="timeline__cluster-head">
        <strong>{title}</strong>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <ul>
        {mark.events.map((e) => (
          <li key={e.id}>
            <button type="button" className="link-button" onClick={() => onChoose(e)}>
              {EVENT_KIND_LABEL[e.kind]}: {eventTitle(e, titles)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}
