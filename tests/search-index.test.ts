/**
 * The search index over the real data, without a DOM: what a query finds, in which group, with
 * accents and case folded and small typos forgiven; and the library kept out of the first load.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PeopleFileSchema } from '../src/data/schema'
import { buildAtlas } from '../src/model/atlas'
import { personTarget, searchDocuments } from '../src/features/search/search-documents'
import { buildSearchIndex, type SearchResults } from '../src/features/search/search-index'
import { hitDetail, resultsSummary } from '../src/features/search/search-summary'
import { excerpt, foldWord, markWords } from '../src/features/search/search-text'
import { atlas as withoutPeople } from './helpers/atlas'

const people = PeopleFileSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../data/people.json'), 'utf8')),
)
const atlas = buildAtlas({
  countries: withoutPeople.countries,
  units: withoutPeople.units,
  events: withoutPeople.events,
  people,
})
const index = buildSearchIndex(atlas)

const group = (results: SearchResults, label: string) => results.groups.find((g) => g.label === label)
/** The ids of a group's listed results, best first. */
const ids = (query: string, label: string) =>
  group(index.search(query), label)?.hits.map((h) => h.doc.id) ?? []

describe('the six words of the issue', () => {
  it('the records they name are in the data', () => {
    expect(atlas.event('yavoriv-strike')?.title).toContain('Yavoriv')
    expect(people.find((p) => p.id === 'finbar-cafferkey')?.name).toBe('Finbar Cafferkey')
    expect(people.find((p) => p.id === 'craig-lang')?.name).toBe('Craig Lang')
    expect(people.find((p) => p.id === 'denis-kapustin')?.name).toBe('Denis Kapustin')
    expect(atlas.unit('norman-brigade')?.name).toBe('Norman Brigade')
    expect(atlas.unit('georgian-legion')?.name).toBe('Georgian Legion')
  })

  it('"Yavoriv" finds the strike on the Yavoriv base first among events, and events come first', () => {
    const results = index.search('Yavoriv')
    expect(results.groups[0]!.label).toBe('Events')
    expect(ids('Yavoriv', 'Events')[0]).toBe('event:yavoriv-strike')
  })

  it('"Cafferkey" finds Finbar Cafferkey among people and his death among events', () => {
    expect(ids('Cafferkey', 'People')[0]).toBe('person:finbar-cafferkey')
    expect(ids('Cafferkey', 'Events')[0]).toBe('event:finbar-cafferkey-killed')
  })

  it('"Craig Lang" finds the person, both words required', () => {
    expect(ids('Craig Lang', 'People')).toEqual(['person:craig-lang'])
    // "Craig" alone also finds Craig Mackintosh; the second word narrows it to one.
    expect(ids('Craig', 'People')).toContain('person:craig-mackintosh')
  })

  it('"Kapustin" finds Denis Kapustin, and the Russian Volunteer Corps he leads', () => {
    expect(ids('Kapustin', 'People')[0]).toBe('person:denis-kapustin')
    expect(ids('Kapustin', 'Units')).toContain('unit:russian-volunteer-corps')
  })

  it('"Norman" finds the Norman Brigade first, and the units group first', () => {
    expect(index.search('Norman').groups[0]!.label).toBe('Units')
    expect(ids('Norman', 'Units')[0]).toBe('unit:norman-brigade')
  })

  it('"Georgian" finds the Georgian Legion first among units, and Georgia among countries', () => {
    expect(ids('Georgian', 'Units')[0]).toBe('unit:georgian-legion')
    expect(ids('Georgian', 'Countries')[0]).toBe('country:GEO')
    expect(ids('Georgian', 'Events')).toContain('event:georgian-legion-formed')
  })
})

describe('folding and typos', () => {
  it('folds accents and case: "Kalinouski" and "KASTUS" find Kastuś Kalinoŭski', () => {
    expect(foldWord('Kalinoŭski')).toBe('kalinouski')
    expect(foldWord('Kastuś')).toBe('kastus')
    expect(foldWord('Tromsø')).toBe('tromso')
    expect(ids('Kalinouski', 'Units')[0]).toBe('unit:kastus-kalinouski-regiment')
    expect(ids('KASTUS kalinouski', 'Units')[0]).toBe('unit:kastus-kalinouski-regiment')
  })

  it.each([
    ['Yavorov', 'Events', 'event:yavoriv-strike'],
    ['Cafferky', 'People', 'person:finbar-cafferkey'],
    ['Kapusstin', 'People', 'person:denis-kapustin'],
    ['Normn', 'Units', 'unit:norman-brigade'],
    ['Georgain', 'Units', 'unit:georgian-legion'],
  ])('forgives a small typo: "%s"', (query, label, id) => {
    expect(ids(query, label).slice(0, 3)).toContain(id)
  })

  it('matches the start of a word while it is typed', () => {
    expect(ids('Yavo', 'Events')).toContain('event:yavoriv-strike')
    expect(ids('Norm', 'Units')[0]).toBe('unit:norman-brigade')
  })

  it('skips little words: "the Norman Brigade" finds the brigade', () => {
    expect(ids('the Norman Brigade', 'Units')[0]).toBe('unit:norman-brigade')
  })

  it('finds nothing for a word that is nowhere, and nothing for a blank query', () => {
    expect(index.search('zzqxw').total).toBe(0)
    expect(resultsSummary(index.search('zzqxw'))).toBe('No matches for “zzqxw”')
    expect(index.search('   ').groups).toEqual([])
  })
})

describe('quotes', () => {
  it('finds the text of a quote and leads to the record that carries it', () => {
    const quotes = group(index.search('double-murder suspect'), 'Quotes')!
    const hit = quotes.hits.find((h) => h.doc.title.startsWith('Craig Lang, an American military veteran'))!
    expect(hit.doc.target).toEqual({ kind: 'country', id: 'USA' })
    expect(hit.doc.detail).toBe('Person: Craig Lang · Controversies > Criminals who joined the legion')
  })

  it('lists a sentence several records quote once, leading to the most specific record', () => {
    const sentence = 'In late April 2023, Finbar Cafferkey was killed fighting in the Battle of Bakhmut.'
    const docs = searchDocuments(atlas).filter((d) => d.kind === 'quote' && d.title === sentence)
    expect(docs).toHaveLength(1)
    expect(docs[0]!.target).toMatchObject({ kind: 'event', id: 'finbar-cafferkey-killed' })
    expect(docs[0]!.detail).toMatch(/^Event: Irish activist Finbar Cafferkey was killed .* \(and 2 more\) · /)
  })

  it('covers every quote of every record', () => {
    const quoted = new Set(searchDocuments(atlas).flatMap((d) => (d.kind === 'quote' ? [d.title] : [])))
    const records = [...atlas.countries, ...atlas.units, ...atlas.events, ...atlas.people]
    const all = records.flatMap((r) => [
      ...r.sources.map((s) => s.quote),
      ...r.conflicts.flatMap((c) => c.claims.map((claim) => claim.source.quote)),
      ...('facts' in r ? r.facts.map((f: { source: { quote: string } }) => f.source.quote) : []),
    ])
    expect(all.length).toBeGreaterThan(900)
    expect(all.filter((quote) => !quoted.has(quote))).toEqual([])
  })

  it('says which quote a record matched through when the name does not match', () => {
    const ireland = group(index.search('Cafferkey'), 'Countries')!.hits[0]!
    expect(ireland.doc.id).toBe('country:IRL')
    expect(hitDetail(ireland)).toMatch(/^Quoted: “.*Cafferkey/)
  })
})

describe('where a person leads', () => {
  const person = (id: string) => people.find((p) => p.id === id)!
  it('to their country, else their unit, else nowhere', () => {
    expect(personTarget(atlas, person('craig-lang'))).toEqual({ kind: 'country', id: 'USA' })
    expect(personTarget(atlas, person('denis-kapustin'))).toEqual({
      kind: 'unit',
      id: 'russian-volunteer-corps',
    })
    expect(personTarget(atlas, person('conor-r-kennedy'))).toBeNull()
  })
})

describe('marking and cutting text', () => {
  it('marks each matched word as written, accents and all', () => {
    const pieces = markWords('The Kastuś Kalinoŭski Regiment', new Set(['kalinouski']))
    expect(pieces).toEqual([
      { text: 'The Kastuś ', marked: false },
      { text: 'Kalinoŭski', marked: true },
      { text: ' Regiment', marked: false },
    ])
  })

  it('cuts a long text around its first match, at word boundaries', () => {
    const text = `${'word '.repeat(40)}Yavoriv military base ${'more '.repeat(40)}`.trim()
    const cut = excerpt(text, new Set(['yavoriv']), 60)
    expect(cut).toContain('Yavoriv')
    expect(cut.startsWith('…') && cut.endsWith('…')).toBe(true)
    expect(cut.length).toBeLessThanOrEqual(62)
    expect(excerpt('short', new Set(['x']), 60)).toBe('short')
  })
})

describe('the first load', () => {
  it('imports MiniSearch only in the index module, which the app loads with import()', () => {
    const dir = resolve(__dirname, '../src')
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => [f.replaceAll('\\', '/'), readFileSync(join(dir, f), 'utf8')] as const)
    const library = files.filter(([, text]) => /from 'minisearch'/.test(text)).map(([f]) => f)
    expect(library).toEqual(['features/search/search-index.ts'])
    const staticImports = files.filter(([, text]) => /^import (?!type ).*from '\.\/search-index'/m.test(text))
    expect(staticImports.map(([f]) => f)).toEqual([])
    const lazy = files.filter(([, text]) => text.includes("import('./search-index')")).map(([f]) => f)
    expect(lazy).toEqual(['features/search/use-search-index.ts'])
  })
})
