import type { EventKind, LegionEvent } from '../../data/schema'
import { TIMELINE_HINT } from '../../model/vocabulary'
import { KindToggles } from './KindToggles'
import { useInputKind } from './use-input-kind'

/**
 * Above the lanes: the kinds shown (a disclosure, so the lanes keep the room), the zoom buttons
 * and a hint in the terms of the input in use.
 */
export function TimelineToolbar({
  events,
  present,
  kinds,
  onKinds,
  isDefault,
  isFull,
  onZoom,
  onDefault,
  onFull,
}: {
  events: readonly LegionEvent[]
  present: readonly EventKind[]
  kinds: ReadonlySet<EventKind>
  onKinds: (kinds: ReadonlySet<EventKind>) => void
  isDefault: boolean
  isFull: boolean
  onZoom: (factor: number) => void
  onDefault: () => void
  onFull: () => void
}) {
  const input = useInputKind()
  const shown = present.filter((k) => kinds.has(k)).length
  return (
    <div className="timeline__toolbar">
      <details className="timeline__kinds-menu">
        <summary>
          Kinds {shown === present.length ? `(all ${present.length})` : `(${shown} of ${present.length})`}
        </summary>
        <div className="timeline__kinds-popover">
          <KindToggles events={events} present={present} kinds={kinds} onChange={onKinds} />
        </div>
      </details>
      <div className="zoom-buttons" role="group" aria-label="Timeline zoom">
        <button
          type="button"
          aria-label="Zoom out on the timeline"
          onClick={() => onZoom(2)}
          aria-disabled={isFull}
        >
          −
        </button>
        <button type="button" aria-label="Zoom in on the timeline" onClick={() => onZoom(0.5)}>
          +
        </button>
        <button type="button" onClick={onDefault} aria-pressed={isDefault}>
          Legion period
        </button>
        <button type="button" onClick={onFull} aria-pressed={isFull}>
          Show all
        </button>
      </div>
      <p className="timeline__hint" data-input={input}>
        {TIMELINE_HINT[input]}
      </p>
    </div>
  )
}
