/**
 * The events' titles from the full events.json, for the views that read the brief copy (which
 * leaves out a dated event's title: src/data/brief-copies.ts). It loads nothing: the full file
 * loads at the user's first input (src/app/LazyDetailsPanel.tsx) or when a view that shows quotes
 * asks, and the views that name events render once more when it has come.
 */
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { EventTitles } from '../model/event-title'
import { fullEventsQuery } from './queries'
import type { FullEvent } from './schema'

const titlesById = (events: FullEvent[]): ReadonlyMap<string, string> =>
  new Map(events.map((e) => [e.id, e.title]))

export function useEventTitles(): EventTitles {
  const { data, isError } = useQuery({ ...fullEventsQuery, enabled: false, select: titlesById })
  return useMemo(() => ({ byId: data, failed: isError }), [data, isError])
}
