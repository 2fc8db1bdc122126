import type { LegionEvent } from '../../data/schema'

/** The events the source names without a date: not on the lanes, so listed as chips under them. */
export function UndatedEvents({
  events,
  highlighted,
  selected,
  onOpen,
}: {
  events: readonly LegionEvent[]
  highlighted: ReadonlySet<string>
  selected: string | null
  onOpen: (event: LegionEvent) => void
}) {
  if (!events.length) return null
  return (
    <div className="timeline__undated">
      <span className="timeline__undated-label">Named without a date:</span>
      {events.map((e) => (
        <button
          key={e.id}
          type="button"
          title={e.title}
          className={highlighted.has(e.id) ? 'chip is-highlighted' : 'chip'}
          aria-pressed={e.id === selected}
          onClick={() => onOpen(e)}
        >
          {e.title}
        </button>
      ))}
    </div>
  )
}
