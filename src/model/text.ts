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
 * Alphabetical order for names and sections, as localeCompare gives it but with one collator made
 * once: localeCompare builds its collation each call, which made sorting 75 names a 25 ms task on a
 * phone.
 */
let collator: Intl.Collator | null = null

/** (The collator is made at the first comparison: making one costs milliseconds, not at load.) */
export function compareText(a: string, b: string): number {
  collator ??= new Intl.Collator('en')
  return collator.compare(a, b)
}
