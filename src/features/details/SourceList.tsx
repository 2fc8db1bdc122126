import type { Conflict, FullConflict, SourceRef } from '../../data/schema'
import { CiteButton } from './CiteButton'
import { Passage } from './Passage'

/**
 * The passages a record comes from: the exact quote and its section, linked to the passage in the
 * live article, each with a Cite button.
 */
export function SourceList({
  sources,
  subject,
}: {
  /** undefined until the full files have loaded (the brief copies have no sources) */
  sources: readonly SourceRef[] | undefined
  subject: string
}) {
  if (!sources) return <p className="passage-pending">Loading the sources…</p>
  return (
    <ul className="source-list">
      {sources.map((s, i) => (
        <li key={i}>
          <Passage source={s} />{' '}
          <CiteButton
            subject={subject}
            passages={[s]}
            name={
              sources.length > 1 ? `Cite passage ${i + 1} on ${subject}` : `Cite the passage on ${subject}`
            }
          />
        </li>
      ))}
    </ul>
  )
}

/** Where the source contradicts itself: every claim, each with its quote (once the full files have loaded). */
export function ConflictList({ conflicts }: { conflicts: readonly FullConflict[] | readonly Conflict[] }) {
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
          {'claims' in c ? (
            <>
              <ul>
                {c.claims.map((claim, j) => (
                  <li key={j}>
                    {claim.claim} — <Passage source={claim.source} />
                  </li>
                ))}
              </ul>
              {c.note && <p className="conflict__note">{c.note}</p>}
            </>
          ) : (
            <p className="passage-pending">Loading the claims…</p>
          )}
        </div>
      ))}
    </details>
  )
}
