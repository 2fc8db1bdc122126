import type { EventKind, LegionEvent } from '../../data/schema'
import { EVENT_KIND_LABEL } from '../../model/vocabulary'
import { EVENT_KIND_COLOR } from './event-kinds'

/** A checkbox per event kind present, with its colour and count, and how many dated events show. */
export function KindToggles({
  events,
  present,
  kinds,
  onChange,
}: {
  events: readonly LegionEvent[]
  present: readonly EventKind[]
  kinds: ReadonlySet<EventKind>
  onChange: (kinds: ReadonlySet<EventKind>) => void
}) {
  const shownCount = events.filter((e) => e.date && kinds.has(e.kind)).length
  return (
    <fieldset className="timeline__kinds">
      <legend>
        Event kinds ({shownCount} of {events.filter((e) => e.date).length} dated events shown)
      </legend>
      {present.map((kind) => (
        <label key={kind} className="kind-toggle">
          <input
            type="checkbox"
            checked={kinds.has(kind)}
            onChange={() => {
              const next = new Set(kinds)
              if (next.has(kind)) next.delete(kind)
              else next.add(kind)
              onChange(next)
            }}
          />
          <span
            className="kind-toggle__swatch"
            style={{ background: EVENT_KIND_COLOR[kind] }}
            aria-hidden="true"
          />
          {EVENT_KIND_LABEL[kind]}
          <span className="kind-toggle__count">{events.filter((e) => e.kind === kind).length}</span>
        </label>
      ))}
    </fieldset>
  )
}
