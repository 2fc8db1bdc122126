/**
 * The words the search says about its results: what a group's label reads, what each result shows
 * under its title, and the count a screen reader hears. Plain TypeScript.
 */
import type { SearchKind } from './search-documents'
import type { SearchGroup, SearchHit, SearchResults } from './search-index'
import { excerpt, hasMatch } from './search-text'

const NOUN: Record<SearchKind, [one: string, many: string]> = {
  country: ['country', 'countries'],
  unit: ['unit', 'units'],
  event: ['event', 'events'],
  person: ['person', 'people'],
  quote: ['quote', 'quotes'],
}

function count(n: number, [one, many]: readonly [string, string]): string {
  return `${n} ${n === 1 ? one : many}`
}

/** "24 matches for “Georgian”: 2 countries, 1 unit, 4 events, 3 people, 14 quotes." */
export function resultsSummary(results: SearchResults): string {
  if (results.total === 0) return noMatchesText(results.query)
  const parts = results.groups.map((g) => count(g.total, NOUN[g.kind]))
  return `${count(results.total, ['match', 'matches'])} for “${results.query}”: ${parts.join(', ')}.`
}

export function noMatchesText(query: string): string {
  return `No matches for “${query.trim()}”`
}

/** "5 of 14" when only the best of a group are listed, else "3": said after the group's name. */
export function groupCount(group: SearchGroup): string {
  const shown = group.hits.length
  return shown < group.total ? `${shown} of ${group.total}` : String(shown)
}

/** The result's title, cut around the matched word when it is long (event titles, quotes). */
export function hitTitle(hit: SearchHit): string {
  const title = excerpt(hit.doc.title, hit.terms, 150)
  return hit.doc.kind === 'quote' ? `“${title}”` : title
}

/**
 * The line under a result's title: where its match is when it is not in the name (the record's
 * text, else the quote that matched), else what the record is.
 */
export function hitDetail(hit: SearchHit): string {
  const { doc, terms } = hit
  if (doc.kind === 'quote' || hit.named) return doc.detail
  if (hasMatch(doc.text, terms)) return excerpt(doc.text, terms, 110)
  const quote = doc.quotes.split('\n').find((q) => hasMatch(q, terms))
  return quote ? `Quoted: “${excerpt(quote, terms, 100)}”` : doc.detail
}
