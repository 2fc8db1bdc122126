/**
 * The events' titles from the full events.json, for the views that read the brief copy (which
 * leaves out a dated event's title: src/data/brief-copies.ts). The full file loads at the user's
 * first input (src/app/LazyDetailsPanel.tsx) or when a view that shows quotes asks; the views that
 * name events render once more when it has come. A view that shows a title at once (the map's
 * note on a selected event, a tooltip, a list the user opened) asks for it with `load`: that loads
 * the file if nothing has, and tries again if it failed.
 */
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { EventTitles } from '../model/event-title'
import { fullEventsQuery } from './queries'
import type { FullEvent } from './schema'

/** One map per loaded file, however many views read it (a tooltip mounts at every hover). */
const titleMaps = new WeakMap<FullEvent[], ReadonlyMap<string, string>>()

function titlesById(events: FullEvent[]): ReadonlyMap<string, string> {
  let titles = titleMaps.get(events)
  if (!titles) {
    titles = new Map(events.map((e) => [e.id, e.title]))
    titleMaps.set(events, titles)
  }
  return titles
}

export function useEventTitles(load = false): EventTitles {
  const { data, isError } = useQuery({ ...fullEventsQuery, enabled: load, select: titlesById })
  return useMemo(() => ({ byId: data, failed: isError }), [data, isError])
}
