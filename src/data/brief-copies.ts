/**
 * The first load's brief copies of countries.json, units.json and events.json: every record and
 * field the first screen shows, without what only the details, the tables, search and the exports
 * show: each record's sources and each figure's (their sections and quotes), a country's official
 * statement, its ambiguity note and what each of its figures counts, a unit's description (the
 * org chart's text filter reads the full file), a dated event's title (the timeline names it only
 * in its marks' labels, tooltips and lists, which read it from the full file: model/event-title.ts),
 * and the claims of each conflict (which keeps what it is about): most of the data's bytes. The build and the dev server serve them beside the files as they are (scripts/vite-plugin-data.ts, which makes
 * them with scripts/brief-copy.mjs); the app loads the full files when a view that shows those
 * words asks (src/data/use-atlas.ts).
 */

/** The files that have a brief copy, as the app names them. */
export const BRIEF_COPY_FILES = ['data/countries.json', 'data/units.json', 'data/events.json'] as const
export type BriefCopyFile = (typeof BRIEF_COPY_FILES)[number]

/** Where a file's brief copy is served: data/brief/countries.json for data/countries.json. */
export function briefCopyPath(file: BriefCopyFile): string {
  return file.replace(/^data\//, 'data/brief/')
}

/** The file a served brief copy stands for, or null when the path is not one. */
export function fileOfBriefCopy(path: string): BriefCopyFile | null {
  const file = path.replace(/^data\/brief\//, 'data/')
  return file !== path && (BRIEF_COPY_FILES as readonly string[]).includes(file)
    ? (file as BriefCopyFile)
    : null
}
