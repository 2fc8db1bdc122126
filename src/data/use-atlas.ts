/**
 * The atlas as a hook: loads the data files and builds the atlas the views read, once: without the
 * words only the details show for the views of the first screen (from the first load's brief
 * copies, src/data/brief-copies.ts), with every word for the views that show quotes. A view
 * names the files it cannot do without; it waits for those (or shows their errors) and gets an
 * atlas built from every file loaded so far, so a broken file fails only the views that need it.
 */
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useDeferredValue } from 'react'
import { buildAtlas, mapNamesOf, type Atlas, type AtlasOf, type FullAtlas } from '../model/atlas'
import type { MapShapesFile } from './map-shapes'
import {
  briefCountriesQuery,
  briefEventsQuery,
  mapShapesQuery,
  peopleQuery,
  fullCountriesQuery,
  fullEventsQuery,
  fullUnitsQuery,
  briefUnitsQuery,
} from './queries'
import type { Country, LegionEvent, Person, Unit } from './schema'
import type { DataState } from './use-data'

export type AtlasFile = 'countries' | 'units' | 'events' | 'people' | 'mapShapes'

export const DATASET_FILES: readonly AtlasFile[] = ['countries', 'units', 'events']

/** The atlases built last: one from the brief copies, one from the full files. */
const built: Array<{ inputs: readonly unknown[]; atlas: unknown }> = []

/** The atlas for these files, built once: the same files give the same atlas object. */
export function atlasFor<C extends Country, U extends Unit, E extends LegionEvent>(
  countries: readonly C[] | undefined,
  units: readonly U[] | undefined,
  events: readonly E[] | undefined,
  mapShapes: MapShapesFile | undefined,
  people?: readonly Person[],
): AtlasOf<C, U, E> {
  const inputs = [countries, units, events, mapShapes, people]
  const known = built.find((b) => b.inputs.every((x, i) => x === inputs[i]))
  // The same inputs are the same records, so the atlas built from them has their type.
  if (known) return known.atlas as AtlasOf<C, U, E>
  const atlas = buildAtlas({
    countries,
    units,
    events,
    people,
    mapNames: mapShapes ? mapNamesOf(mapShapes) : undefined,
  })
  built.unshift({ inputs, atlas })
  built.length = Math.min(built.length, 2)
  return atlas
}

type Results = { [K in AtlasFile]: UseQueryResult<unknown> }

/** The state of the files a view names: their errors, still loading, or built into its atlas. */
function stateOf<T>(results: Results, required: readonly AtlasFile[], build: () => T): DataState<T> {
  const needed = required.map((k) => results[k])
  const failed = needed.filter((r) => r.isError)
  if (failed.length)
    return {
      status: 'error',
      errors: failed.map((r) => r.error),
      retry: () => failed.forEach((r) => void r.refetch()),
    }
  if (needed.some((r) => !r.isSuccess)) return { status: 'pending' }
  return { status: 'success', data: build() }
}

/** The files every atlas may hold; people load when a view that shows them asks. */
function useSharedFiles(required: readonly AtlasFile[]) {
  return {
    mapShapes: useQuery(mapShapesQuery),
    // The people load when a view that shows them asks (details, search, figure layers, the
    // people table); from then every view's atlas holds them, since they all read this query.
    people: useQuery({ ...peopleQuery, enabled: required.includes('people') }),
  }
}

/**
 * The atlas of the views that show no quote, from the first load's brief copies of the files.
 * They keep it when the full files load: their records are the same but for words these views
 * never show, and a new atlas would render the map, the timeline and the org chart again for
 * nothing.
 */
export function useAtlas(required: readonly AtlasFile[] = DATASET_FILES): DataState<Atlas> {
  const shared = useSharedFiles(required)
  const countries = useQuery(briefCountriesQuery)
  const units = useQuery(briefUnitsQuery)
  const events = useQuery(briefEventsQuery)
  return stateOf({ ...shared, countries, units, events }, required, () =>
    atlasFor(countries.data, units.data, events.data, shared.mapShapes.data, shared.people.data),
  )
}

/**
 * The atlas of a view that shows quotes (the details, the tables, search, the exports), from the
 * full files. Until it is `wanted` (search, before the user turns to it), nothing loads and it
 * stays pending.
 */
export function useFullAtlas(
  required: readonly AtlasFile[] = DATASET_FILES,
  wanted = true,
): DataState<FullAtlas> {
  const shared = useSharedFiles(wanted ? required : [])
  const countries = useQuery({ ...fullCountriesQuery, enabled: wanted })
  const units = useQuery({ ...fullUnitsQuery, enabled: wanted })
  const events = useQuery({ ...fullEventsQuery, enabled: wanted })
  if (!wanted) return PENDING
  return stateOf({ ...shared, countries, units, events }, required, () =>
    atlasFor(countries.data, units.data, events.data, shared.mapShapes.data, shared.people.data),
  )
}

/**
 * The atlas for a view that draws much. A new atlas (a file arriving) renders in the background:
 * React renders it in slices between which the browser stays responsive, while the view keeps
 * what it showed, and commits it once whole. A date step or a selection is not deferred: views
 * read those from the store.
 */
export function useAtlasInBackground(required: readonly AtlasFile[] = DATASET_FILES): DataState<Atlas> {
  // Its first render says "loading" even when the files are here, as the prerendered page did:
  // a view that mounts (or hydrates) late shows its data by the same background render.
  return useDeferredValue(useAtlas(required), PENDING)
}

const PENDING = { status: 'pending' } as const
