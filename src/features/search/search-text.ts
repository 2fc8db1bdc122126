/**
 * Words as the search sees them, shared by the index (which folds every word it stores and every
 * word typed) and the results (which mark the words of a text that matched). Plain TypeScript.
 */
import { foldText } from '../../model/text'

/** A word: letters, digits and the marks that combine with them ("Kalinoŭski", "2022", "Sheikh"). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu

/** Letters that Unicode does not decompose into a base letter and a mark. */
const LETTER_FOLDS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
}
const UNDECOMPOSED = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g')

/** Words nobody searches for; dropped from the index and from queries so "the Norman Brigade" finds it. */
const STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to'])

/** A word folded for comparison: lower case, no accents. "Kalinoŭski" and "KALINOUSKI" fold alike. */
export function foldWord(word: string): string {
  return foldText(word).replace(UNDECOMPOSED, (ch) => LETTER_FOLDS[ch] ?? ch)
}

/** The words of a text, unfolded, as the index splits them. */
export function splitWords(text: string): string[] {
  return text.match(WORD) ?? []
}

/** The folded word the index stores for a word, or null for a word it skips (stop words, single letters). */
export function indexTerm(word: string): string | null {
  const term = foldWord(word)
  if (STOP_WORDS.has(term)) return null
  if (term.length < 2 && !/\d/.test(term)) return null
  return term
}

/** A piece of a text: marked when it is a word the search matched. */
export interface TextPiece {
  text: string
  marked: boolean
}

/** The text cut into pieces, each word whose folded form is among `terms` marked. */
export function markWords(text: string, terms: ReadonlySet<string>): TextPiece[] {
  const pieces: TextPiece[] = []
  let at = 0
  for (const match of text.matchAll(WORD)) {
    if (!terms.has(foldWord(match[0]))) continue
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), marked: false })
    pieces.push({ text: match[0], marked: true })
    at = match.index + match[0].length
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false })
  return pieces
}

/** Whether any word of the text is among the matched terms. */
export function hasMatch(text: string, terms: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(WORD)) if (terms.has(foldWord(match[0]))) return true
  return false
}

/**
 * At most `max` characters of the text around its first matched word, cut at word boundaries,
 * with an ellipsis where text is left out. A text that fits is returned whole.
 */
export function excerpt(text: string, terms: ReadonlySet<string>, max = 120): string {
  if (text.length <= max) return text
  let first = 0
  for (const match of text.matchAll(WORD)) {
    if (terms.has(foldWord(match[0]))) {
      first = match.index
      break
    }
  }
  let start = Math.max(0, Math.min(first - Math.round(max / 3), text.length - max))
  let end = Math.min(text.length, start + max)
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`
}
