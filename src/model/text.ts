/** Text matching shared by every search and filter: one folding, one word split. */

/** Lower case without diacritics, so "kastus kalinouski" finds "Kastuś Kalinoŭski". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** The folded words of a query; empty for a blank query. */
export function queryWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean)
}

/** Whether the text holds every word (already folded with `queryWords`). */
export function containsWords(text: string, words: readonly string[]): boolean {
  if (!words.length) return true
  const haystack = foldText(text)
  return words.every((w) => haystack.includes(w))
}

/**
 * Alphabetical order for names and sections, as `localeCompare` in English gives it. Names of
 * plain letters and spaces (every country's) are compared here; anything else goes to one
 * `Intl.Collator`, made at the first such comparison. Making a collator loads the locale's
 * collation: 40–50 ms on a phone, a long task of its own, which the first paint (it sorts the
 * country list) does not wait for. `localeCompare` makes one per call (sorting 75 names cost 25 ms).
 */
let collator: Intl.Collator | null = null

const PLAIN = /^[A-Za-z ]*$/

export function compareText(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) return comparePlain(a, b)
  collator ??= new Intl.Collator('en')
  return collator.compare(a, b)
}

/**
 * The collator's order on letters and spaces: letters by the alphabet whatever their case, a
 * space before any letter; then, for the same letters, the first difference of case decides, lower
 * case first.
 */
function comparePlain(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  if (x !== y) return x < y ? -1 : 1
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] === x[i] ? -1 : 1
  return 0
}
