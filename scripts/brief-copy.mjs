// The brief copy of a data file (src/data/brief-copies.ts says which files have one, what they
// leave out and where they are served), minified: without any record's `sources` or any fact's
// `source` (the sections and quotes only the details, the tables, search and the exports show),
// without a country's `statement` and `ambiguity` and its facts' `counts`, without a unit's
// `description` (the org chart's text filter reads the full file), without a dated event's `title`
// (the timeline's marks name it in their labels and tooltips, which read it from the full file once
// it has come; an undated event keeps it for its chip), and without a conflict's `claims` and
// `note` (it keeps what it is `about`).
// Text that is not JSON is returned as it is, so the app reports the file's problem as it would
// the file's. Plain JS, for the build's data plugin, the bench's scaled build and the tests.

/** What a brief copy leaves out of an object, by what the object is. */
function leftOut(object) {
  const keys = []
  if ('sources' in object) keys.push('sources')
  if ('iso3' in object && 'legality' in object) keys.push('statement', 'ambiguity')
  if ('measure' in object && 'claimant' in object) keys.push('counts', 'source')
  if ('about' in object && 'claims' in object) keys.push('claims', 'note')
  if ('nationalities' in object && 'wing' in object) keys.push('description')
  if ('title' in object && 'kind' in object && 'units' in object && object.date !== null) keys.push('title')
  return keys
}

/** @param {string} text */
export function briefCopyOf(text) {
  let json
  try {
    json = JSON.parse(text)
  } catch {
    return text
  }
  return JSON.stringify(json, (_key, value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return value
    const keys = leftOut(value).filter((key) => key in value)
    if (keys.length === 0) return value
    const rest = { ...value }
    for (const key of keys) delete rest[key]
    return rest
  })
}
