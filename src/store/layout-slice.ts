/**
 * Which views share the screen. On a laptop the map and the org chart are always on screen and
 * the lower pane shows the detailed timeline or the table (or neither); on a phone one view is
 * open at a time, chosen in the tab bar.
 */
import type { StateCreator } from 'zustand'
import type { AppState } from './app-store'

export const VIEW_NAMES = ['map', 'timeline', 'orgchart', 'table'] as const
export type ViewName = (typeof VIEW_NAMES)[number]

export const LOWER_PANES = ['timeline', 'table', 'closed'] as const
/** What the laptop layout's lower pane shows; null means "not chosen": open when there is room. */
export type LowerPane = (typeof LOWER_PANES)[number]

export interface LayoutSlice {
  /** the view open on a phone */
  phoneView: ViewName
  lowerPane: LowerPane | null
  setPhoneView: (view: ViewName) => void
  setLowerPane: (pane: LowerPane | null) => void
  /**
   * Brings a view into sight at any size: opens it on a phone, and for the timeline or the table
   * opens it in the laptop's lower pane (the map and the org chart are always on screen there).
   */
  showView: (view: ViewName) => void
}

export const layoutSlice: StateCreator<AppState, [], [], LayoutSlice> = (set) => ({
  phoneView: 'map',
  lowerPane: null,
  setPhoneView: (phoneView) => set({ phoneView }),
  setLowerPane: (lowerPane) => set({ lowerPane }),
  showView: (view) =>
    set(view === 'timeline' || view === 'table' ? { phoneView: view, lowerPane: view } : { phoneView: view }),
})
