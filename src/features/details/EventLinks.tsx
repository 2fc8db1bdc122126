import type { LegionEvent } from '../../data/schema'
import { formatSourceDate } from '../../lib/dates'
import { useAppStore } from '../../store/app-store'

/** Events as links: choosing one selects it and moves the as-of date to it. */
export function EventLinks({ events }: { events: readonly LegionEvent[] }) {
  const selectEvent = useAppStore((s) => s.selectEvent)
  return (
    <ul className="details__list">
      {events.map((e) => (
        <li key={e.id}>
          <button type="button" className="link-button" onClick={() => selectEvent(e)}>
            {e.date ? formatSourceDate(e.date) : 'Undated'}: {e.title}
          </button>
        </li>
      ))}
    </ul>
  )
}
