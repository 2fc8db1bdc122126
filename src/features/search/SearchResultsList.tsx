import type { SearchHit, SearchResults } from './search-index'
import { groupCount, hitDetail, hitTitle } from './search-summary'
import { markWords } from './search-text'

/** The text with the words the search matched in <mark>. */
function Marked({ text, terms }: { text: string; terms: ReadonlySet<string> }) {
  return (
    <>
      {markWords(text, terms).map((piece, i) =>
        piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text,
      )}
    </>
  )
}

export const optionId = (listboxId: string, index: number) => `${listboxId}-option-${index}`

/**
 * The results as a listbox of groups (Countries, Units, Events, People, Quotes), each option a
 * result with its matched words marked. Options are numbered across the groups, as the keyboard
 * moves through them. A result that leads nowhere (a person the source links to no country, unit
 * or event) is listed but disabled.
 */
export function SearchResultsList({
  id,
  results,
  active,
  hidden,
  onChoose,
}: {
  id: string
  results: SearchResults | null
  active: number
  hidden: boolean
  onChoose: (hit: SearchHit) => void
}) {
  const groups = results?.groups ?? []
  // Each group's first option's number: options are numbered across the groups.
  const starts = groups.map((_, g) => groups.slice(0, g).reduce((n, group) => n + group.hits.length, 0))
  return (
    <div role="listbox" id={id} aria-label="Search results" className="search__listbox" hidden={hidden}>
      {groups.map((group, g) => {
        const labelId = `${id}-${group.kind}`
        return (
          <ul key={group.kind} role="group" aria-labelledby={labelId} className="search__group">
            <li role="presentation" id={labelId} className="search__group-label">
              {group.label} <span className="search__group-count">· {groupCount(group)}</span>
            </li>
            {group.hits.map((hit, h) => {
              const i = starts[g]! + h
              const disabled = hit.doc.target === null
              return (
                <li
                  key={hit.doc.id}
                  id={optionId(id, i)}
                  role="option"
                  aria-selected={i === active}
                  aria-disabled={disabled || undefined}
                  className={`search__option search__option--${hit.doc.kind}`}
                  onClick={() => onChoose(hit)}
                >
                  <span className="search__option-title">
                    <Marked text={hitTitle(hit)} terms={hit.terms} />
                  </span>
                  <span className="search__option-detail">
                    <Marked text={hitDetail(hit)} terms={hit.terms} />
                    {disabled && ' (not linked to a country, unit or event in the atlas)'}
                  </span>
                </li>
              )
            })}
          </ul>
        )
      })}
    </div>
  )
}
