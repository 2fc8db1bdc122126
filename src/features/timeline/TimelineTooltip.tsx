import { useEventTitles } from '../../data/use-event-titles'
import { formatSourceDate } from '../../lib/dates'
import { eventTitle, hasEventTitle } from '../../model/event-title'
import { EVENT_KIND_LABEL } from '../../model/vocabulary'
import type { PlacedMark } from './event-lanes'

/** Where a mark is, relative to the timeline's box. */
export interface MarkPlace {
  x: number
  top: number
  bottom: number
}

export interface Tip extends MarkPlace {
  mark: PlacedMark
}

const TIP_WIDTH = 260

/** Left and top of a box of `width` beside a mark: under it when there is room, else over it. */
export function placeBeside(place: MarkPlace, width: number, box: { width: number; height: number }) {
  const left = Math.min(Math.max(0, place.x - width / 2), Math.max(0, box.width - width))
  const below = place.bottom + 6
  return below < box.height * 0.55 ? { left, top: below } : { left, bottom: box.height - place.top + 6 }
}

/** The hovered or focused mark: one event's date, kind and title, or a cluster's first five. */
export function TimelineTooltip({ tip, box }: { tip: Tip; box: { width: number; height: number } }) {
  const { mark } = tip
  const first = mark.events[0]!
  const titles = useEventTitles(true)
  return (
    <div
      className="tooltip timeline__tooltip"
      role="tooltip"
      style={{ ...placeBeside(tip, TIP_WIDTH, box), width: Math.min(TIP_WIDTH, box.width) }}
    >
      {mark.cluster ? (
        <>
          <strong>{mark.events.length} events</strong>
          <ul>
            {mark.events.slice(0, 5).map((e) => (
              <li key={e.id}>
                {formatSourceDate(e.date!)}: {eventTitle(e, titles)}
              </li>
            ))}
            {mark.events.length > 5 && <li>…and {mark.events.length - 5} more.</li>}
          </ul>
        </>
      ) : (
        <>
          <span className="tooltip__date">
            {formatSourceDate(first.date!)} · {EVENT_KIND_LABEL[first.kind]}
          </span>
          <span className={hasEventTitle(first, titles) ? undefined : 'tooltip__pending'}>
            {eventTitle(first, titles)}
          </span>
          {first.conflicts.length > 0 && <span className="badge badge--conflict">Conflicting claims</span>}
        </>
      )}
    </div>
  )
}
