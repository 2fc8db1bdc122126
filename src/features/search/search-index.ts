/**
 * The search index: every document of the atlas in one MiniSearch index, searched word by word
 * (all words must match), each word also as a prefix and with small typos, and the results grouped
 * by kind. The app loads this module, and MiniSearch with it, only when the search is first needed.
 * Plain TypeScript: no React.
 */
import MiniSearch from 'minisearch'
import type { FullAtlas } from '../../model/atlas'
import {
  SEARCH_GROUP_LABEL,
  SEARCH_KINDS,
  searchDocuments,
  type SearchDocument,
  type SearchKind,
} from './search-documents'
import { indexTerm, splitWords } from './search-text'

export interface SearchHit {
  doc: SearchDocument
  /** the folded words of the document that matched, to mark them */
  terms: ReadonlySet<string>
  /** whether a word matched in the record's name (or other names), not only in its text or quotes */
  named: boolean
}

export interface SearchGroup {
  kind: SearchKind
  label: string
  /** how many documents of this kind match; `hits` holds the best of them */
  total: number
  hits: SearchHit[]
}

export interface SearchResults {
  query: string
  /** documents that match, all kinds together */
  total: number
  /**
   * The kinds with a match: first those where the query names a record (in the order of
   * SEARCH_KINDS), then those where it matched only in records' text, then the quotes.
   */
  groups: SearchGroup[]
}

export interface SearchIndex {
  /** how many documents the index holds */
  size: number
  search(query: string, perGroup?: number): SearchResults
}

/** Edits a word may be off by: none for short words, one for most, two for long ones. */
export function typosAllowed(term: string): number | false {
  if (term.length <= 3) return false
  return term.length <= 7 ? 1 : 2
}

export const RESULTS_PER_GROUP = 5

export function createSearchIndex(docs: readonly SearchDocument[]): SearchIndex {
  const byId = new Map(docs.map((d) => [d.id, d]))
  const mini = new MiniSearch<SearchDocument>({
    fields: ['title', 'aliases', 'text', 'quotes'],
    tokenize: splitWords,
    processTerm: indexTerm,
    searchOptions: {
      boost: { title: 3, aliases: 2, text: 1, quotes: 0.5 },
      combineWith: 'AND',
      prefix: true,
      fuzzy: typosAllowed,
    },
  })
  mini.addAll(docs)
  return {
    size: docs.length,
    search(query, perGroup = RESULTS_PER_GROUP) {
      const trimmed = query.trim()
      const empty: SearchResults = { query: trimmed, total: 0, groups: [] }
      if (!trimmed) return empty
      const hits = new Map<SearchKind, SearchHit[]>(SEARCH_KINDS.map((kind) => [kind, []]))
      const results = mini.search(trimmed)
      for (const result of results) {
        const doc = byId.get(result.id as string)
        if (!doc) continue
        const fields = Object.values(result.match).flat()
        const named = doc.kind !== 'quote' && (fields.includes('title') || fields.includes('aliases'))
        hits.get(doc.kind)!.push({ doc, terms: new Set(result.terms), named })
      }
      const groups = SEARCH_KINDS.map((kind) => {
        // Stable: the records the query names first, each part in the order of relevance.
        const all = hits.get(kind)!.sort((a, b) => Number(b.named) - Number(a.named))
        return { kind, label: SEARCH_GROUP_LABEL[kind], total: all.length, hits: all.slice(0, perGroup) }
      }).filter((g) => g.total > 0)
      const naming = (g: SearchGroup) => (g.kind === 'quote' ? 2 : g.hits[0]!.named ? 0 : 1)
      return {
        query: trimmed,
        total: results.length,
        groups: groups.sort((a, b) => naming(a) - naming(b)),
      }
    },
  }
}

/** The index of everything the atlas holds (the people too, once they have loaded). */
export function buildSearchIndex(atlas: FullAtlas): SearchIndex {
  return createSearchIndex(searchDocuments(atlas))
}
