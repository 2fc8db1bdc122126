import './cite.css'
import type { SourceRef } from '../../data/schema'
import { LIVE_ARTICLE_CAVEAT, passageUrl } from '../../model/citation'

/**
 * A section name that opens the passage in the live article, in a new tab: the section's anchor
 * plus a text fragment, so that browsers that support it scroll to the quote and highlight it.
 */
export function PassageLink({ source }: { source: SourceRef }) {
  return (
    <cite>
      <a
        className="passage-link"
        href={passageUrl(source)}
        target="_blank"
        rel="noopener noreferrer"
        title={`Open in the live article (${LIVE_ARTICLE_CAVEAT})`}
      >
        {source.section}
        <span className="visually-hidden"> (live article, opens in a new tab)</span>
        <span aria-hidden="true">&nbsp;↗</span>
      </a>
    </cite>
  )
}

/**
 * A quote and the section it comes from, linked to the passage in the live article. Until the
 * sources have loaded (the first load has none, src/data/brief-copies.ts) it says so.
 */
export function Passage({ source }: { source: SourceRef | undefined }) {
  if (!source) return <span className="passage-pending">Loading the quote and its section…</span>
  return (
    <>
      <q>{source.quote}</q> <PassageLink source={source} />
    </>
  )
}

/** Said once where quotes are listed: what the section links open, and that it may have changed. */
export function LiveArticleNote() {
  return (
    <p className="details__note details__live-note">
      Section names open the passage in the live Wikipedia article, in a new tab ({LIVE_ARTICLE_CAVEAT}).
    </p>
  )
}
