import { formatSourceDate } from '../../lib/dates'
import type { PlacedMark } from './event-lanes'

export interface Tip {
  mark: PlacedMark
  x: number
  y: number
}

/** The hovered or focused mark: one event's date and title, or a cluster's first five. */
export function TimelineTooltip({ tip, width }: { tip: Tip; width: number }) {
  const { mark } = tip
  const first = mark.events[0]!
  return (
    <div
      className="tooltip timeline__tooltip"
      role="tooltip"
      style={{ left: Math.min(Math.max(0, tip.x - 100), width - 260), top: tip.y + 18 }}
    >
      {mark.cluster ? (
        <>
          <strong>{mark.events.length} events</strong>
          <ul>
            {mark.events.slice(0, 5).map((e) => (
              <li key={e.id}>
                {formatSourceDate(e.date!)}: {e.title}
              </li>
            ))}
            {mark.events.length > 5 && <li>…and {mark.events.length - 5} more. Open to zoom in.</li>}
          </ul>
        </>
      ) : (
        <>
          <span className="tooltip__date">{formatSourceDate(first.date!)}</span>
          <span>{first.title}</span>
          {first.conflicts.length > 0 && <span className="badge badge--conflict">Conflicting claims</span>}
        </>
      )}
    </div>
  )
}
