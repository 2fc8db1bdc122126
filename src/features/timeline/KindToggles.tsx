import { memo, useMemo } from 'react'
import type { EventKind, LegionEvent } from '../../data/schema'
import { EVENT_KIND_LABEL } from '../../model/vocabulary'
import { EVENT_KIND_COLOR } from './event-kinds'

/** A checkbox per event kind present, with its colour and count, and how many dated events show. */
export const KindToggles = memo(function KindToggles({
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
  // Counted once per events, not at every render (the timeline renders again when its pane resizes).
  const counts = useMemo(() => {
    const all = new Map<EventKind, number>()
    const dated = new Map<EventKind, number>()
    for (const e of events) {
      all.set(e.kind, (all.get(e.kind) ?? 0) + 1)
      if (e.date) dated.set(e.kind, (dated.get(e.kind) ?? 0) + 1)
    }
    return { all, dated, datedTotal: [...dated.values()].reduce((a, b) => a + b, 0) }
  }, [events])
  const shownCount = [...kinds].reduce((n, kind) => n + (counts.dated.get(kind) ?? 0), 0)
  return (
    <fieldset className="timeline__kinds">
      <legend>
        Event kinds ({shownCount} of {counts.datedTotal} dated events shown)
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
          <span className="kind-toggle__count">{counts.all.get(kind) ?? 0}</span>
        </label>
      ))}
    </fieldset>
  )
})
