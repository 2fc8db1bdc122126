/**
 * The layer the map draws. The figure layers count the people the source names, and the people
 * load only when a view asks for them: while they load after the user picks a figure layer, the
 * map keeps the layer it drew (and says why) rather than draw a figure without them.
 */
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { peopleQuery } from '../../data/queries'
import type { AtlasFile } from '../../data/use-atlas'
import type { MapLayer } from '../../model/types'
import { useAppStore } from '../../store/app-store'

export const LAYERS_WITH_PEOPLE: ReadonlySet<MapLayer> = new Set(['volunteers', 'deaths'])

const MAP_FILES: readonly AtlasFile[] = ['countries', 'mapShapes']
const MAP_FILES_WITH_PEOPLE: readonly AtlasFile[] = [...MAP_FILES, 'people']

/** The files the map waits for: with the people when the page opens on a figure layer. */
export function useMapFiles(): readonly AtlasFile[] {
  const [openingLayer] = useState(() => useAppStore.getState().layer)
  return LAYERS_WITH_PEOPLE.has(openingLayer) ? MAP_FILES_WITH_PEOPLE : MAP_FILES
}

export type PeopleWait =
  { status: 'ready' } | { status: 'loading' } | { status: 'error'; error: unknown; retry: () => void }

export function useDrawnLayer(): { chosen: MapLayer; drawn: MapLayer; peopleWait: PeopleWait } {
  const chosen = useAppStore((s) => s.layer)
  const people = useQuery({ ...peopleQuery, enabled: LAYERS_WITH_PEOPLE.has(chosen) })
  const ready = !LAYERS_WITH_PEOPLE.has(chosen) || people.isSuccess
  const [kept, setKept] = useState(chosen)
  if (ready && kept !== chosen) setKept(chosen)
  return {
    chosen,
    drawn: ready ? chosen : kept,
    peopleWait: ready
      ? { status: 'ready' }
      : people.isError
        ? { status: 'error', error: people.error, retry: () => void people.refetch() }
        : { status: 'loading' },
  }
}
