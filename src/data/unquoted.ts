/**
 * The first load's copies of countries.json, units.json and events.json: the same records without
 * their sources' quotes (a quarter of the data's bytes), which no view of the first screen shows.
 * The build and the dev server serve them beside the files as they are (scripts/vite-plugin-data.ts,
 * which makes them with scripts/unquoted.mjs);
 * the app loads the files with their quotes when a view that shows quotes asks (src/data/use-atlas.ts).
 */

/** The files that have an unquoted copy, as the app names them. */
export const QUOTED_FILES = ['data/countries.json', 'data/units.json', 'data/events.json'] as const
export type QuotedFile = (typeof QUOTED_FILES)[number]

/** Where a file's unquoted copy is served: data/unquoted/countries.json for data/countries.json. */
export function unquotedPath(file: QuotedFile): string {
  return file.replace(/^data\//, 'data/unquoted/')
}

/** The file a served unquoted copy stands for, or null when the path is not one. */
export function quotedFileOf(path: string): QuotedFile | null {
  const file = path.replace(/^data\/unquoted\//, 'data/')
  return file !== path && (QUOTED_FILES as readonly string[]).includes(file) ? (file as QuotedFile) : null
}
