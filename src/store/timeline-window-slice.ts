/**
 * The timeline's detail window: the stretch of time its lanes show, chosen by dragging or
 * resizing the window in its overview (or with the keys and buttons). null means "not chosen":
 * the timeline opens on the Legion's period.
 */
import type { StateCreator } from 'zustand'
import type { IsoDate } from '../model/types'
import type { AppState } from './app-store'

/** [first day, last day] of the detail window, both included. */
export type DateWindow = readonly [IsoDate, IsoDate]

export interface TimelineWindowSlice {
  timelineWindow: DateWindow | null
  /** A window whose start is after its end is refused; the same window keeps the same value. */
  setTimelineWindow: (window: DateWindow | null) => void
}

export const timelineWindowSlice: StateCreator<AppState, [], [], TimelineWindowSlice> = (set, get) => ({
  timelineWindow: null,
  setTimelineWindow: (next) => {
    if (next && next[0] > next[1]) return
    const current = get().timelineWindow
    if (current === next || (current && next && current[0] === next[0] && current[1] === next[1])) return
    set({ timelineWindow: next ? [next[0], next[1]] : null })
  },
})
