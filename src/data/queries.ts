/**
 * Each data file is one react-query query, defined once here and reused by every view. A file is
 * fetched from the app's own origin and parsed at the boundary; a missing, malformed or invalid
 * file fails only the queries (and so the regions) that need it.
 */
import { queryOptions } from '@tanstack/react-query'
import type { z } from 'zod/mini'
import { DataFileError, parseDataText } from './data-problems'
import { CountriesFileSchema, EventsFileSchema, PeopleFileSchema, UnitsFileSchema } from './schema'
import { MapShapesSchema } from './map-shapes'

/** Fetches a file the app serves and parses it with its schema. */
export async function fetchDataFile<T>(
  file: string,
  schema: z.ZodMiniType<T>,
  signal?: AbortSignal,
): Promise<T> {
  const url = `${import.meta.env.BASE_URL}${file}`
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

export const countriesQuery = queryOptions({
  queryKey: ['data', 'countries'],
  queryFn: ({ signal }) => fetchDataFile('data/countries.json', CountriesFileSchema, signal),
  ...forever,
})

export const unitsQuery = queryOptions({
  queryKey: ['data', 'units'],
  queryFn: ({ signal }) => fetchDataFile('data/units.json', UnitsFileSchema, signal),
  ...forever,
})

export const eventsQuery = queryOptions({
  queryKey: ['data', 'events'],
  queryFn: ({ signal }) => fetchDataFile('data/events.json', EventsFileSchema, signal),
  ...forever,
})

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
