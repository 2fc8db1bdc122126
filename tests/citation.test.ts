/** Links to a passage of the live article, and the citation a writer copies. Pure functions. */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sourceTextPath } from '../scripts/data-paths'
import { PeopleFileSchema, type SourceRef } from '../src/data/schema'
import {
  ARTICLE_URL,
  buildCitation,
  encodeTextTerm,
  localIsoDate,
  passageUrl,
  sectionAnchor,
  sectionUrl,
  textDirective,
} from '../src/model/citation'
import { atlas } from './helpers/atlas'

const people = PeopleFileSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../data/people.json'), 'utf8')),
)

const UK_SECTION = 'International response > United Kingdom'
const SOURCE_PATH = sourceTextPath(resolve(__dirname, '..'))
const IN_CI = !['', '0', 'false'].includes((process.env.CI ?? '').toLowerCase())
const itWithSource = it.skipIf(!existsSync(SOURCE_PATH) && !IN_CI)

/** Every passage the data cites: records, figures, people's facts and conflicting claims. */
function allRefs(): SourceRef[] {
  const refs: SourceRef[] = []
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect)
    else if (value && typeof value === 'object') {
      const v = value as Record<string, unknown>
      if (typeof v.section === 'string' && typeof v.quote === 'string') refs.push(v as unknown as SourceRef)
      else Object.values(v).forEach(collect)
    }
  }
  collect([atlas.countries, atlas.units, atlas.events, people])
  return refs
}
const ref = (section: string, quote: string) => ({ section, quote })

describe('section anchors, as Wikipedia makes them', () => {
  it('is the last part of the section path, spaces as underscores', () => {
    expect(sectionAnchor(UK_SECTION)).toBe('United_Kingdom')
    expect(sectionAnchor('International response > Croatia > Post-formation')).toBe('Post-formation')
    expect(sectionAnchor('Summary of official international government responses')).toBe(
      'Summary_of_official_international_government_responses',
    )
    expect(sectionAnchor('Controversies > Criminals who joined the legion')).toBe(
      'Criminals_who_joined_the_legion',
    )
  })

  it('percent-encodes what a fragment may not hold and keeps what it may', () => {
    expect(sectionAnchor('International response > Côte d’Ivoire')).toBe('C%C3%B4te_d%E2%80%99Ivoire')
    expect(sectionAnchor('Georgia (country)')).toBe('Georgia_(country)')
    expect(sectionAnchor('100% "legal" #1')).toBe('100%25_%22legal%22_%231')
    expect(sectionAnchor('Foo: bar')).toBe('Foo:_bar')
  })

  it('has none for the lead and the infobox, which have no heading', () => {
    expect(sectionAnchor('Lead')).toBeNull()
    expect(sectionAnchor('Infobox')).toBeNull()
    expect(sectionUrl('Lead')).toBe(ARTICLE_URL)
    expect(sectionUrl(UK_SECTION)).toBe(`${ARTICLE_URL}#United_Kingdom`)
  })
})

describe('text fragments, as the spec encodes them', () => {
  it('percent-encodes "-", "&" and "," (the directive’s syntax) and spaces, and keeps plain letters', () => {
    expect(encodeTextTerm('Task & Purpose')).toBe('Task%20%26%20Purpose')
    expect(encodeTextTerm('1,500–2,000')).toBe('1%2C500%E2%80%932%2C000')
    expect(encodeTextTerm('Post-formation')).toBe('Post%2Dformation')
    expect(encodeTextTerm('a:~:b#c%d')).toBe('a%3A~%3Ab%23c%25d')
  })

  it('matches a quote of up to 18 words whole, without its final full stop', () => {
    expect(textDirective(ref(UK_SECTION, 'Viktor Yatsunyk was killed by a landmine in Izium.'))).toBe(
      'Viktor%20Yatsunyk%20was%20killed%20by%20a%20landmine%20in%20Izium',
    )
    const eighteen =
      'As of January 2023, eight British volunteer fighters and aid workers were known to be killed in Ukraine.'
    expect(decodeURIComponent(textDirective(ref(UK_SECTION, eighteen)))).toBe(eighteen.slice(0, -1))
  })

  it('matches a longer quote by its first nine and last five words (textStart,textEnd)', () => {
    const quote =
      'It is illegal for citizens of the United Kingdom to enlist in the International Legion under the Foreign Enlistment Act 1870.'
    const directive = textDirective(ref('Summary of official international government responses', quote))
    expect(directive).toBe(
      'It%20is%20illegal%20for%20citizens%20of%20the%20United%20Kingdom,the%20Foreign%20Enlistment%20Act%201870',
    )
    const [start, end, ...rest] = directive.split(',')
    expect(rest).toEqual([])
    expect(decodeURIComponent(start!)).toBe('It is illegal for citizens of the United Kingdom')
    expect(decodeURIComponent(end!)).toBe('the Foreign Enlistment Act 1870')
  })

  it('reads a flattened table row by its cells and an infobox line without its label', () => {
    expect(decodeURIComponent(textDirective(ref('Infobox', 'Size: 1,500–30,000 (2022–2023)')))).toBe(
      '1,500–30,000 (2022–2023)',
    )
    expect(decodeURIComponent(textDirective(ref('Infobox', '** Battle of Kyiv')))).toBe('Battle of Kyiv')
    const row = ref(
      'Structure and units > List of standalone units',
      '| | Russian Volunteer Corps | Volunteers from the Russian diaspora',
    )
    // A term does not run across table cells: the row's first cell starts it, its last cell ends it.
    expect(textDirective(row)).toBe(
      `${encodeTextTerm('Russian Volunteer Corps')},${encodeTextTerm('Volunteers from the Russian diaspora')}`,
    )
    expect(
      decodeURIComponent(
        textDirective(
          ref(
            'International response > Romania',
            'over 700 Romanians are fighting in Ukraine [as of July 2023]',
          ),
        ),
      ),
    ).toBe('over 700 Romanians are fighting in Ukraine')
  })

  it('puts the directive after the section anchor, and after "#" alone for the lead', () => {
    expect(passageUrl(ref(UK_SECTION, 'Viktor Yatsunyk was killed by a landmine in Izium.'))).toBe(
      `${ARTICLE_URL}#United_Kingdom:~:text=Viktor%20Yatsunyk%20was%20killed%20by%20a%20landmine%20in%20Izium`,
    )
    expect(passageUrl(ref('Lead', 'is a military unit of the Ukrainian Ground Forces'))).toMatch(
      new RegExp(`^${ARTICLE_URL.replace(/[()]/g, '\\$&')}#:~:text=is%20a%20military`),
    )
  })

  it('gives every quote in the data a well-formed link: one anchor, one directive of one or two terms', () => {
    const refs = allRefs()
    expect(refs.length).toBeGreaterThan(500)
    for (const r of refs) {
      const url = passageUrl(r)
      expect(() => new URL(url)).not.toThrow()
      const fragment = url.slice(ARTICLE_URL.length)
      expect(fragment, r.quote).toMatch(/^#[^#\s]*:~:text=[^:~#\s&-]+(,[^:~#\s&-]+)?$/)
      const terms = fragment.split(':~:text=')[1]!.split(',').map(decodeURIComponent)
      const words = r.quote.replace(/\s+/g, ' ')
      for (const term of terms) expect(words, `${term} in ${r.quote}`).toContain(term.split(' ')[0]!)
    }
  })

  // A browser highlights from the first place textStart occurs in the page, then to the first
  // textEnd after it. The source text is the article in its order: each quote's terms must be found
  // first at the quote there.
  itWithSource('finds every quote’s textStart first at the quote, and its textEnd within it', () => {
    const fold = (text: string) => text.replace(/\s+/g, ' ').toLowerCase()
    const source = fold(readFileSync(SOURCE_PATH, 'utf8'))
    const misplaced: string[] = []
    for (const r of allRefs()) {
      // The infobox's unit name is the article's title too: both are at the top of the page.
      if (r.section === 'Infobox' && r.quote === 'Unit Name: International Legion') continue
      const quote = fold(r.quote)
      const at = source.indexOf(quote)
      if (at < 0) continue // quotes are checked against the source in data.test.ts
      const [start, end] = textDirective(r)
        .split(',')
        .map((t) => fold(decodeURIComponent(t)))
      const startAt = source.indexOf(start!)
      if (startAt !== at + quote.indexOf(start!)) misplaced.push(`start "${start}" of: ${r.quote}`)
      const endAt = end ? source.indexOf(end, startAt + start!.length) : at
      if (endAt < 0 || endAt >= at + quote.length) misplaced.push(`end "${end}" of: ${r.quote}`)
    }
    expect(misplaced).toEqual([])
  })
})

describe('the citation', () => {
  const request = {
    subject: 'United Kingdom',
    passages: [ref(UK_SECTION, 'Viktor Yatsunyk was killed by a landmine in Izium.')],
    permalink: 'http://127.0.0.1:4173/?country=GBR&date=2023-01-31&layer=deaths',
    accessed: '2025-06-03',
  }

  it('as plain text names the article, the section, the quote, the access date and the atlas view', () => {
    const { text } = buildCitation(request)
    expect(text).toContain('“International Legion (Ukraine)”. Wikipedia.')
    expect(text).toContain('Accessed 2025-06-03')
    expect(text).toContain('Section “International response > United Kingdom”')
    expect(text).toContain('“Viktor Yatsunyk was killed by a landmine in Izium.”')
    expect(text).toContain(`Passage: ${ARTICLE_URL}#United_Kingdom:~:text=Viktor`)
    expect(text).toContain(
      'Legion Atlas view of United Kingdom: http://127.0.0.1:4173/?country=GBR&date=2023-01-31',
    )
  })

  it('as CSL-JSON is valid JSON: one entry-encyclopedia item with title, URL, accessed and a note', () => {
    const items = JSON.parse(buildCitation(request).cslJson)
    expect(items).toHaveLength(1)
    const [item] = items
    expect(item).toMatchObject({
      type: 'entry-encyclopedia',
      title: 'International Legion (Ukraine)',
      'container-title': 'Wikipedia',
      URL: `${ARTICLE_URL}#United_Kingdom`,
      accessed: { 'date-parts': [[2025, 6, 3]] },
      section: UK_SECTION,
    })
    expect(item.id).toBe('legion-atlas-united-kingdom')
    expect(item.note).toContain('Section “International response > United Kingdom”')
    expect(item.note).toContain('“Viktor Yatsunyk was killed by a landmine in Izium.”')
    expect(item.note).toContain(request.permalink)
  })

  it('lists every passage of a record with several, and refuses a record with none', () => {
    const two = buildCitation({
      ...request,
      passages: [...request.passages, ref('Casualties', 'Some casualties have been officially reported')],
    })
    expect(two.text.match(/^Section /gm)).toHaveLength(2)
    expect(JSON.parse(two.cslJson)[0].section).toBe(`${UK_SECTION}; Casualties`)
    expect(() => buildCitation({ ...request, passages: [] })).toThrow(/no passage/)
  })

  it('dates the access on the user’s calendar day', () => {
    expect(localIsoDate(new Date(2025, 0, 9, 23, 30))).toBe('2025-01-09')
  })
})
