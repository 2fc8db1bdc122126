/**
 * The one store of the app. It holds only what the user chose; everything else (which units are
 * active, what a country's colour is, what matches a filter) is derived from these choices and the
 * data by selectors and memoized functions. Actions sit beside the state they change.
 */
import { create } from 'zustand'
import type { StateCreator } from 'zustand'
import type { LegionEvent, Wing } from '../data/schema'
import { asOfForEvent } from '../lib/dates'
import type { IsoDate, MapLayer, UnitFilters, UnitStatus } from '../model/types'
import { layoutSlice, type LayoutSlice } from './layout-slice'
import { tableSlice, type TableSlice } from './table-slice'
import { timelineWindowSlice, type TimelineWindowSlice } from './timeline-window-slice'
import { mapViewSlice, type MapViewSlice } from './map-view-slice'

export interface SelectionSlice {
  /** alpha-3 code of the selected country */
  country: string | null
  unit: string | null
  event: string | null
  selectCountry: (iso3: string | null) => void
  selectUnit: (id: string | null) => void
  /**
   * Selects an event and moves the as-of date to it: to its day, or to the end of its month or
   * year, so that what the event reports has happened. An undated event leaves the date alone.
   */
  selectEvent: (event: Pick<LegionEvent, 'id' | 'date'> | null) => void
  clearSelection: () => void
}

export interface TimeSlice {
  /** the "as of" date every view shows the world at; null means "the latest date" */
  asOf: IsoDate | null
  setAsOf: (date: IsoDate | null) => void
}

export interface MapSlice {
  layer: MapLayer
  setLayer: (layer: MapLayer) => void
}

/** The unit filters that the org chart, the units table and the exports all apply. */
export interface OrgFilterSlice extends UnitFilters {
  setWing: (wing: Wing | null) => void
  setNationality: (nationality: string | null) => void
  setStatus: (status: UnitStatus | null) => void
  setQuery: (query: string) => void
  clearFilters: () => void
}

/**
 * Each slice beside its actions. A new kind of choice gets its own slice (in this file or, when
 * it is large, in its own file such as layout-slice.ts), spread into the store below and listed in
 * `initialChoices`.
 */
export type AppState = SelectionSlice &
  TimeSlice &
  MapSlice &
  OrgFilterSlice &
  LayoutSlice &
  TableSlice &
  TimelineWindowSlice &
  MapViewSlice

type Slice<T> = StateCreator<AppState, [], [], T>

const selectionSlice: Slice<SelectionSlice> = (set) => ({
  country: null,
  unit: null,
  event: null,
  // Choosing a country highlights what is linked to it; it never changes the user's filters.
  selectCountry: (country) => set(country ? { country, unit: null, event: null } : { country: null }),
  selectUnit: (unit) => set({ unit, country: null, event: null }),
  selectEvent: (event) => {
    if (!event) return set({ event: null })
    const asOf = asOfForEvent(event.date)
    set({ event: event.id, country: null, unit: null, ...(asOf ? { asOf } : {}) })
  },
  clearSelection: () => set({ country: null, unit: null, event: null }),
})

const timeSlice: Slice<TimeSlice> = (set) => ({
  asOf: null,
  setAsOf: (asOf) => set({ asOf }),
})

const mapSlice: Slice<MapSlice> = (set) => ({
  layer: 'legality',
  setLayer: (layer) => set({ layer }),
})

const orgFilterSlice: Slice<OrgFilterSlice> = (set) => ({
  wing: null,
  nationality: null,
  status: null,
  query: '',
  setWing: (wing) => set({ wing }),
  setNationality: (nationality) => set({ nationality }),
  setStatus: (status) => set({ status }),
  setQuery: (query) => set({ query }),
  clearFilters: () => set({ wing: null, nationality: null, status: null, query: '' }),
})

export const useAppStore = create<AppState>()((...a) => ({
  ...selectionSlice(...a),
  ...timeSlice(...a),
  ...mapSlice(...a),
  ...orgFilterSlice(...a),
  ...layoutSlice(...a),
  ...tableSlice(...a),
  ...timelineWindowSlice(...a),
  ...mapViewSlice(...a),
}))

/** The choices as they are when the app starts; tests reset the store to this. */
export const initialChoices = (() => {
  const s = useAppStore.getState()
  return {
    country: s.country,
    unit: s.unit,
    event: s.event,
    asOf: s.asOf,
    layer: s.layer,
    wing: s.wing,
    nationality: s.nationality,
    status: s.status,
    query: s.query,
    phoneView: s.phoneView,
    lowerPane: s.lowerPane,
    tableTab: s.tableTab,
    tableSearch: s.tableSearch,
    tableSearchAside: s.tableSearchAside,
    timelineWindow: s.timelineWindow,
    mapRegion: s.mapRegion,
    mapView: s.mapView,
    legendPin: s.legendPin,
  }
})()

export function resetAppStore(): void {
  useAppStore.setState(initialChoices)
}
