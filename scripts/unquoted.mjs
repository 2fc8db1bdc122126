// The unquoted copy of a data file (src/data/unquoted.ts says which files have one and where it
// is served): its text without the `quote` of any source (an object with a `section`), minified.
// Text that is not JSON is returned as it is, so the app reports the file's problem as it would
// the file's. Plain JS, for the build's data plugin, the bench's scaled build and the tests.

/** @param {string} text */
export function withoutQuotes(text) {
  let json
  try {
    json = JSON.parse(text)
  } catch {
    return text
  }
  return JSON.stringify(json, (_key, value) => {
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      'section' in value &&
      'quote' in value
    ) {
      const rest = { ...value }
      delete rest.quote
      return rest
    }
    return value
  })
}
