/**
 * Each data file is one react-query query, defined once here and reused by every view. A file is
 * fetched from the app's own origin and parsed at the boundary; a missing, malformed or invalid
 * file fails only the queries (and so the regions) that need it.
 */
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { z } from 'zod/mini'
import { DataFileError, parseDataText } from './data-problems'
import {
  CountriesFileSchema,
  EventsFileSchema,
  PeopleFileSchema,
  UnitsFileSchema,
  BriefCountriesFileSchema,
  BriefEventsFileSchema,
  BriefUnitsFileSchema,
} from './schema'
import { briefCopyPath, type BriefCopyFile } from './brief-copies'
import { MapShapesSchema } from './map-shapes'

/**
 * Fetches a file the app serves and parses it with its schema. `path` is where it is served when
 * that is not the file's own name (a brief copy); problems name the file.
 */
export async function fetchDataFile<T>(
  file: string,
  schema: z.ZodMiniType<T>,
  signal?: AbortSignal,
  path: string = file,
): Promise<T> {
  const url = `${import.meta.env.BASE_URL}${path}`
  let response: Response
  try {
    response = await fetch(url, { signal })
  } catch (cause) {
    if (signal?.aborted) throw cause
    throw new DataFileError(file, [
      { file, record: null, recordLabel: null, field: null, message: 'could not be fetched (network error)' },
    ])
  }
  const type = response.headers.get('content-type') ?? ''
  if (!response.ok || type.includes('text/html')) {
    const status = response.ok ? 'the server answered with a web page instead' : `HTTP ${response.status}`
    throw new DataFileError(file, [
      { file, record: null, recordLabel: null, field: null, message: `is missing (${status})` },
    ])
  }
  return parseDataText(file, await response.text(), schema)
}

const forever = { staleTime: Infinity, gcTime: Infinity } as const

/** A file's brief copy (src/data/brief-copies.ts), which the first load reads. */
function briefQuery<T>(file: BriefCopyFile, schema: z.ZodMiniType<T>) {
  return queryOptions({
    queryKey: ['data', file, 'brief'],
    queryFn: ({ signal }) => fetchDataFile(file, schema, signal, briefCopyPath(file)),
    ...forever,
  })
}

/** A file as it is, every word of it, which loads when a view that shows those words asks. */
function fullQuery<T>(file: BriefCopyFile, schema: z.ZodMiniType<T>) {
  return queryOptions({
    queryKey: ['data', file],
    queryFn: ({ signal }) => fetchDataFile(file, schema, signal),
    ...forever,
  })
}

export const briefCountriesQuery = briefQuery('data/countries.json', BriefCountriesFileSchema)
export const briefUnitsQuery = briefQuery('data/units.json', BriefUnitsFileSchema)
export const briefEventsQuery = briefQuery('data/events.json', BriefEventsFileSchema)
export const fullCountriesQuery = fullQuery('data/countries.json', CountriesFileSchema)
export const fullUnitsQuery = fullQuery('data/units.json', UnitsFileSchema)
export const fullEventsQuery = fullQuery('data/events.json', EventsFileSchema)

/**
 * Starts loading the full dataset, for the views that show its quotes and statements: called at
 * the user's first input (src/app/LazyDetailsPanel.tsx), which may be about to open the details.
 */
export function loadFullFilesAhead(client: QueryClient): void {
  for (const query of [fullCountriesQuery, fullUnitsQuery, fullEventsQuery])
    void client.prefetchQuery(query as Parameters<QueryClient['prefetchQuery']>[0])
}

/** The details panel lists people when they have loaded; no first paint waits for them, so it is not preloaded. */
export const peopleQuery = queryOptions({
  queryKey: ['data', 'people'],
  queryFn: ({ signal }) => fetchDataFile('data/people.json', PeopleFileSchema, signal),
  ...forever,
})

/**
 * The map's shapes, projected at build time (scripts/map-shapes.ts), simplified for the whole
 * world: at that scale a map unit is a pixel or less, and the difference does not show.
 */
export const mapShapesQuery = queryOptions({
  queryKey: ['geo', 'world-shapes-overview'],
  queryFn: ({ signal }) => fetchDataFile('geo/world-shapes-overview.json', MapShapesSchema, signal),
  ...forever,
})

/** The same shapes at full detail, which the map loads once it is zoomed in. */
export const mapDetailedShapesQuery = queryOptions({
  queryKey: ['geo', 'world-shapes'],
  queryFn: ({ signal }) => fetchDataFile('geo/world-shapes.json', MapShapesSchema, signal),
  ...forever,
})
