import type { LegionEvent } from '../../data/schema'
import { useEventTitles } from '../../data/use-event-titles'
import { formatSourceDate } from '../../lib/dates'
import { eventTitle } from '../../model/event-title'
import { useAppStore } from '../../store/app-store'

/** Events as links: choosing one selects it and moves the as-of date to it. */
export function EventLinks({ events }: { events: readonly LegionEvent[] }) {
  const selectEvent = useAppStore((s) => s.selectEvent)
  // The details read the brief atlas until the full files come: a dated event's title comes then.
  const titles = useEventTitles(true)
  return (
    <ul className="details__list">
      {events.map((e) => (
        <li key={e.id}>
          <button type="button" className="link-button" onClick={() => selectEvent(e)}>
            {e.date ? formatSourceDate(e.date) : 'Undated'}: {eventTitle(e, titles)}
          </button>
        </li>
      ))}
    </ul>
  )
}
