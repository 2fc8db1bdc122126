/**
 * Citations of the source: links to a passage of the live Wikipedia article (section anchor plus a
 * text fragment) and the citation a writer copies (plain text and CSL-JSON). Pure functions.
 *
 * Text fragments: https://wicg.github.io/scroll-to-text-fragment/ — `#anchor:~:text=start,end`.
 * Browsers that support them scroll to the passage and highlight it; the others use the anchor.
 */
import type { SourceRef } from '../data/schema'
import type { IsoDate } from './types'

export const ARTICLE_TITLE = 'International Legion (Ukraine)'
export const ARTICLE_CONTAINER = 'Wikipedia'
export const ARTICLE_URL = 'https://en.wikipedia.org/wiki/International_Legion_(Ukraine)'

/** Said beside every link to the article: the atlas was made from a copy of it. */
export const LIVE_ARTICLE_CAVEAT = 'it may have changed since this atlas was made'

/** Parts of the source that are not headed sections of the article: they have no anchor. */
const UNHEADED_SECTIONS = new Set(['Lead', 'Infobox'])

/**
 * A quote of at most this many words is matched whole; a longer one by its first and last words,
 * so that a reference mark or a small edit inside it does not break the match. A browser
 * highlights from the first place textStart occurs in the page, so textStart takes enough words to
 * occur first at its quote ("On 7 March 2022, Time reported…" begins three passages); a test
 * checks every quote of the data against the source text, which is the article in its order.
 */
const WHOLE_QUOTE_WORDS = 18
const START_WORDS = 9
const END_WORDS = 5

/**
 * The characters a URL fragment may hold as they are (RFC 3986 pchar without "%", plus "/" and
 * "?"); everything else is percent-encoded as UTF-8.
 */
const FRAGMENT_SAFE = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/

/** Percent-encodes, as UTF-8 bytes, every character `isSafe` does not keep. */
function percentEncode(text: string, isSafe: (ch: string) => boolean): string {
  let out = ''
  for (const ch of new TextEncoder().encode(text)) {
    const c = String.fromCharCode(ch)
    out += ch < 0x80 && isSafe(c) ? c : `%${ch.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/**
 * The anchor Wikipedia gives a section's heading, for a section path such as
 * "International response > United Kingdom": the last part, spaces as underscores, and in the URL
 * any character a fragment may not hold percent-encoded ("%" itself as %25, as MediaWiki does).
 * Null for the lead and the infobox, which have no heading.
 */
export function sectionAnchor(section: string): string | null {
  const heading = section.split('>').at(-1)!.trim()
  if (!heading || UNHEADED_SECTIONS.has(heading)) return null
  const id = heading.replace(/\s+/g, '_')
  return percentEncode(id, (ch) => FRAGMENT_SAFE.test(ch))
}

/**
 * One term of a text directive: percent-encoded per the spec, which also requires "-", "&" and ","
 * to be encoded, since they are its syntax.
 */
export function encodeTextTerm(term: string): string {
  return percentEncode(term, (ch) => /[A-Za-z0-9._~!$'()*+;=@/?]/.test(ch))
}

/**
 * A quote as the live article shows it, in parts that can each be matched: a flattened table row
 * "| | Russian Volunteer Corps | Volunteers from…" is one part per cell (a text fragment term does
 * not run across table cells); an infobox line loses its bullet and label; a trailing editor's note
 * and dangling punctuation go.
 */
function matchableParts(source: SourceRef): string[] {
  const raw = source.quote.trimStart().startsWith('|') ? source.quote.split('|') : [source.quote]
  return raw
    .map((part) => {
      let text = part
      if (source.section === 'Infobox') {
        text = text.replace(/^\s*[-*•]+\s*/, '') // "** Battle of Kyiv"
        text = text.replace(/^[A-Z][A-Za-z ]{0,30}:\s+/, '') // "Size: 1,500–30,000" → the value
      }
      text = text.replace(/\s*\[[^\]]*\]\s*$/, '') // an editor's note at the end, "[as of July 2023]"
      text = text.replace(/^[\s"'“”‘’,;:.]+/, '').replace(/[\s"'“”‘’,;:.!?]+$/, '')
      return text.replace(/\s+/g, ' ').trim()
    })
    .filter(Boolean)
}

/**
 * The text directive for a quote: the whole quote when it is short, else `textStart,textEnd` with
 * a few words each (a table row: from its first cell to its last). Without the `:~:text=` prefix;
 * empty when nothing in the quote can be matched.
 */
export function textDirective(source: SourceRef): string {
  const parts = matchableParts(source)
  if (!parts.length) return ''
  const first = parts[0]!.split(' ')
  const last = parts.at(-1)!.split(' ')
  if (parts.length === 1 && first.length <= WHOLE_QUOTE_WORDS) return encodeTextTerm(parts[0]!)
  const start = first.slice(0, START_WORDS).join(' ')
  const end = last
    .slice(parts.length > 1 ? -END_WORDS : Math.max(START_WORDS, last.length - END_WORDS))
    .join(' ')
  return end ? `${encodeTextTerm(start)},${encodeTextTerm(end)}` : encodeTextTerm(start)
}

/** The live article at a section (no text fragment). */
export function sectionUrl(section: string): string {
  const anchor = sectionAnchor(section)
  return anchor ? `${ARTICLE_URL}#${anchor}` : ARTICLE_URL
}

/** The live article at a passage: the section's anchor and a text fragment for the quote. */
export function passageUrl(source: SourceRef): string {
  const anchor = sectionAnchor(source.section) ?? ''
  const directive = textDirective(source)
  if (!directive) return sectionUrl(source.section)
  return `${ARTICLE_URL}#${anchor}:~:text=${directive}`
}

/** The user's calendar date (not UTC): the day a writer accessed the article through the atlas. */
export function localIsoDate(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export interface CitationRequest {
  /** what is cited, as the atlas names it: "United Kingdom", "Aiden Aslin" */
  subject: string
  /** the passages it rests on; the first is the main one */
  passages: readonly SourceRef[]
  /** the atlas's URL with the whole view in it (window.location.href when the user cites) */
  permalink: string
  accessed: IsoDate
}

export interface Citation {
  text: string
  /** CSL-JSON: an array of one item, as Zotero, Pandoc and citation.js read it */
  cslJson: string
}

/** A CSL-JSON item (the fields used here). */
export interface CslItem {
  id: string
  type: 'entry-encyclopedia'
  title: string
  'container-title': string
  section: string
  URL: string
  accessed: { 'date-parts': [[number, number, number]] }
  language: 'en'
  note: string
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)]
}

function slug(text: string): string {
  const ascii = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  return ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'record'
}

export function cslItem(request: CitationRequest): CslItem {
  const { subject, passages, permalink, accessed } = request
  const [y, m, d] = accessed.split('-').map(Number) as [number, number, number]
  const sections = distinct(passages.map((p) => p.section))
  const quotes = passages.map((p) => `Section “${p.section}”: “${p.quote}”`)
  return {
    id: `legion-atlas-${slug(subject)}`,
    type: 'entry-encyclopedia',
    title: ARTICLE_TITLE,
    'container-title': ARTICLE_CONTAINER,
    section: sections.join('; '),
    URL: sectionUrl(passages[0]!.section),
    accessed: { 'date-parts': [[y, m, d]] },
    language: 'en',
    note: [`On ${subject}.`, ...quotes.map((q) => `${q}.`), `Legion Atlas view: ${permalink}`].join(' '),
  }
}

/** The citation of a record or a passage, as plain text and as CSL-JSON. */
export function buildCitation(request: CitationRequest): Citation {
  const { subject, passages, permalink, accessed } = request
  if (!passages.length) throw new Error(`nothing to cite for ${subject}: no passage`)
  const lines = [
    `“${ARTICLE_TITLE}”. ${ARTICLE_CONTAINER}. Accessed ${accessed}. ${ARTICLE_URL}`,
    ...passages.flatMap((p) => [`Section “${p.section}”: “${p.quote}”`, `Passage: ${passageUrl(p)}`]),
    `Legion Atlas view of ${subject}: ${permalink}`,
  ]
  return { text: lines.join('\n'), cslJson: JSON.stringify([cslItem(request)], null, 2) }
}
