/**
 * An event's title, as every view words it. The first load's brief events.json leaves out a dated
 * event's title (src/data/brief-copies.ts): the timeline's marks name it only in their labels,
 * tooltips and lists, which take it from the full file once it has loaded (at the user's first
 * input). Until then they say so, and say so the same way everywhere.
 */
import type { LegionEvent } from '../data/schema'

export interface EventTitles {
  /** every event's title by id, from the full events.json; undefined until it has loaded */
  byId: ReadonlyMap<string, string> | undefined
  /** the full file failed to load: the titles will not come until it is retried */
  failed: boolean
}

export const NO_EVENT_TITLES: EventTitles = { byId: undefined, failed: false }

export const TITLE_LOADING = 'title loading…'
export const TITLE_NOT_LOADED = 'title not loaded (events.json failed to load)'

/** The event's title, or what stands in for it while it is not here. */
export function eventTitle(event: LegionEvent, titles: EventTitles): string {
  return event.title ?? titles.byId?.get(event.id) ?? (titles.failed ? TITLE_NOT_LOADED : TITLE_LOADING)
}

/** Whether the event's title is here: a stand-in is shown muted. */
export function hasEventTitle(event: LegionEvent, titles: EventTitles): boolean {
  return event.title !== undefined || titles.byId?.has(event.id) === true
}
