/**
 * The atlas as a hook: loads the data files and builds the one atlas every view reads. A view
 * names the files it cannot do without; it waits for those (or shows their errors) and gets an
 * atlas built from every file loaded so far, so a broken file fails only the views that need it.
 */
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue } from 'react'
import { buildAtlas, mapNamesOf, type Atlas } from '../model/atlas'
import type { MapShapesFile } from './map-shapes'
import { countriesQuery, eventsQuery, mapShapesQuery, peopleQuery, unitsQuery } from './queries'
import type { Country, LegionEvent, Person, Unit } from './schema'
import type { DataState } from './use-data'

export type AtlasFile = 'countries' | 'units' | 'events' | 'people' | 'mapShapes'

export const DATASET_FILES: readonly AtlasFile[] = ['countries', 'units', 'events']

let last: { inputs: readonly unknown[]; atlas: Atlas } | null = null

/** The atlas for these files, built once: the same files give the same atlas object. */
export function atlasFor(
  countries: readonly Country[] | undefined,
  units: readonly Unit[] | undefined,
  events: readonly LegionEvent[] | undefined,
  mapShapes: MapShapesFile | undefined,
  people?: readonly Person[],
): Atlas {
  const inputs = [countries, units, events, mapShapes, people]
  if (last && last.inputs.every((x, i) => x === inputs[i])) return last.atlas
  const atlas = buildAtlas({
    countries,
    units,
    events,
    people,
    mapNames: mapShapes ? mapNamesOf(mapShapes) : undefined,
  })
  last = { inputs, atlas }
  return atlas
}

export function useAtlas(required: readonly AtlasFile[] = DATASET_FILES): DataState<Atlas> {
  const results = {
    countries: useQuery(countriesQuery),
    units: useQuery(unitsQuery),
    events: useQuery(eventsQuery),
    mapShapes: useQuery(mapShapesQuery),
    // The people load when a view that shows them asks (details, search, figure layers, the
    // people table); from then every view's atlas holds them, since they all read this query.
    people: useQuery({ ...peopleQuery, enabled: required.includes('people') }),
  }
  const needed = required.map((k) => results[k])
  const failed = needed.filter((r) => r.isError)
  if (failed.length)
    return {
      status: 'error',
      errors: failed.map((r) => r.error),
      retry: () => failed.forEach((r) => void r.refetch()),
    }
  if (needed.some((r) => !r.isSuccess)) return { status: 'pending' }
  return {
    status: 'success',
    data: atlasFor(
      results.countries.data,
      results.units.data,
      results.events.data,
      results.mapShapes.data,
      results.people.data,
    ),
  }
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

const PENDING: DataState<Atlas> = { status: 'pending' }
