import type { Conflict, SourceRef } from '../../data/schema'

/** The passages a record comes from: section path and the exact quote. */
export function SourceList({ sources }: { sources: SourceRef[] }) {
  return (
    <ul className="source-list">
      {sources.map((s, i) => (
        <li key={i}>
          <q>{s.quote}</q> <cite>{s.section}</cite>
        </li>
      ))}
    </ul>
  )
}

/** Where the source contradicts itself: every claim, each with its quote. */
export function ConflictList({ conflicts }: { conflicts: readonly Conflict[] }) {
  if (!conflicts.length) return null
  return (
    <details className="conflicts" open>
      <summary className="conflicts__title">
        <span className="badge badge--conflict">Conflicting claims ({conflicts.length})</span> the source
        contradicts itself here
      </summary>
      {conflicts.map((c, i) => (
        <div key={i} className="conflict">
          <p className="conflict__about">On {c.about}:</p>
          <ul>
            {c.claims.map((claim, j) => (
              <li key={j}>
                {claim.claim} — <q>{claim.source.quote}</q> <cite>{claim.source.section}</cite>
              </li>
            ))}
          </ul>
          {c.note && <p className="conflict__note">{c.note}</p>}
        </div>
      ))}
    </details>
  )
}
