/**
 * What the search covers, as documents built from the atlas: one for each country, unit, event
 * and person, and one for each distinct quote a record carries. Each says which record choosing
 * it selects. Plain TypeScript: no React, no search library.
 */
import type { Person, FullConflict, FullEvent, SourceRef } from '../../data/schema'
import { formatSourceDate } from '../../lib/dates'
import type { FullAtlas } from '../../model/atlas'
import { EVENT_KIND_LABEL, NAME_LOST_LABEL, WING_LABEL } from '../../model/vocabulary'

export const SEARCH_KINDS = ['country', 'unit', 'event', 'person', 'quote'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** The groups of the results, in the order they are listed. */
export const SEARCH_GROUP_LABEL: Record<SearchKind, string> = {
  country: 'Countries',
  unit: 'Units',
  event: 'Events',
  person: 'People',
  quote: 'Quotes',
}

/** The record a result selects, and so the view that shows it. */
export type SearchTarget =
  | { kind: 'country'; id: string }
  | { kind: 'unit'; id: string }
  | { kind: 'event'; id: string; date: FullEvent['date'] }

export interface SearchDocument {
  /** unique among the documents: "unit:norman-brigade", "quote:person:craig-lang:0" */
  id: string
  kind: SearchKind
  /** what the result shows first: the record's name or title, or the quote */
  title: string
  /** other names the record goes by (a person's aliases) */
  aliases: string
  /** the record's own words beside its name: a unit's or person's description, a country's stance */
  text: string
  /** a record's quotes, one a line: they count, a little, towards the record's own match */
  quotes: string
  /** shown under the title when no matched word is in `text` */
  detail: string
  /** null: the record is not linked to anything a view can select (a person with no country, unit or event) */
  target: SearchTarget | null
}

/** Every distinct quote of a record: its sources, its facts' sources and its conflicts' claims. */
function quotesOf(refs: readonly SourceRef[], conflicts: readonly FullConflict[]): SourceRef[] {
  const all = [...refs, ...conflicts.flatMap((c) => c.claims.map((claim) => claim.source))]
  const seen = new Set<string>()
  return all.filter((ref) => !seen.has(ref.quote) && seen.add(ref.quote))
}

/** Where choosing a person leads: their country, else their unit, else their event (as the people table does). */
export function personTarget(atlas: FullAtlas, person: Person): SearchTarget | null {
  const country = person.nationalities.find((iso3) => atlas.country(iso3))
  if (country) return { kind: 'country', id: country }
  const unit = person.units.find((id) => atlas.unit(id))
  if (unit) return { kind: 'unit', id: unit }
  const event = person.events.map((id) => atlas.event(id)).find((e) => e)
  return event ? { kind: 'event', id: event.id, date: event.date } : null
}

function personName(person: Person): string {
  return person.name ?? `${NAME_LOST_LABEL}: ${person.description}`
}

/** A record's document beside the quotes it carries. */
interface RecordEntry {
  doc: Omit<SearchDocument, 'quotes'>
  quotes: SourceRef[]
}

function recordEntries(atlas: FullAtlas): RecordEntry[] {
  return [
    ...atlas.countries.map((c) => ({
      doc: {
        id: `country:${c.iso3}`,
        kind: 'country' as const,
        title: c.name,
        aliases: '',
        text: c.statement ?? '',
        detail: c.statement ? `Official stance: ${c.statement}` : 'No official stance in the summary table',
        target: { kind: 'country' as const, id: c.iso3 },
      },
      quotes: quotesOf([...c.sources, ...c.facts.map((f) => f.source)], c.conflicts),
    })),
    ...atlas.units.map((u) => ({
      doc: {
        id: `unit:${u.id}`,
        kind: 'unit' as const,
        title: u.name,
        aliases: '',
        text: u.description,
        detail: u.wing ? WING_LABEL[u.wing] : 'Command structure',
        target: { kind: 'unit' as const, id: u.id },
      },
      quotes: quotesOf(u.sources, u.conflicts),
    })),
    ...atlas.events.map((e) => ({
      doc: {
        id: `event:${e.id}`,
        kind: 'event' as const,
        title: e.title,
        aliases: '',
        text: '',
        detail: `${EVENT_KIND_LABEL[e.kind]}, ${e.date ? formatSourceDate(e.date) : 'date not stated'}`,
        target: { kind: 'event' as const, id: e.id, date: e.date },
      },
      quotes: quotesOf(e.sources, e.conflicts),
    })),
    ...atlas.people.map((p) => ({
      doc: {
        id: `person:${p.id}`,
        kind: 'person' as const,
        title: personName(p),
        aliases: p.aliases.join(', '),
        text: p.name ? p.description : '',
        detail: p.name ? p.description : '',
        target: personTarget(atlas, p),
      },
      quotes: quotesOf([...p.sources, ...p.facts.map((f) => f.source)], p.conflicts),
    })),
  ]
}

/** Which record a quote several records carry leads to: the most specific one. */
const OWNER_ORDER: readonly SearchKind[] = ['event', 'unit', 'country', 'person']

const OWNER_WORD: Record<SearchKind, string> = {
  country: 'Country',
  unit: 'Unit',
  event: 'Event',
  person: 'Person',
  quote: 'Quote',
}

/**
 * The documents of the search: the records, then each distinct quote once (the same sentence in
 * a section quoted by a country, an event and a person is one result), leading to the most
 * specific record that carries it.
 */
export function searchDocuments(atlas: FullAtlas): SearchDocument[] {
  const records = recordEntries(atlas)
  const owners = new Map<string, { ref: SourceRef; docs: RecordEntry['doc'][] }>()
  for (const { doc, quotes } of records) {
    for (const ref of quotes) {
      const key = `${ref.section}\n${ref.quote}`
      const entry = owners.get(key)
      if (entry) entry.docs.push(doc)
      else owners.set(key, { ref, docs: [doc] })
    }
  }
  const rank = (d: RecordEntry['doc']) => OWNER_ORDER.indexOf(d.kind)
  const quotes = [...owners.values()].map(({ ref, docs }, i): SearchDocument => {
    const owner = [...docs].sort((a, b) => rank(a) - rank(b))[0]!
    const others = docs.length - 1
    const from = `${OWNER_WORD[owner.kind]}: ${owner.title}${others ? ` (and ${others} more)` : ''}`
    return {
      id: `quote:${i}`,
      kind: 'quote',
      title: ref.quote,
      aliases: '',
      text: '',
      quotes: '',
      detail: `${from} · ${ref.section}`,
      target: owner.target,
    }
  })
  return [
    ...records.map(({ doc, quotes }) => ({ ...doc, quotes: quotes.map((q) => q.quote).join('\n') })),
    ...quotes,
  ]
}
