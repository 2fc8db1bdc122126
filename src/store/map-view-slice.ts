/**
 * What the user chose about the map's view: the region preset, a centre and zoom they panned or
 * zoomed to, and the legend entry they pinned. In the URL as region=, zoom= and legend=.
 */
import type { StateCreator } from 'zustand'
import { legendKeys, type LegendKey } from '../model/map-legend'
import type { MapLayer } from '../model/types'
import type { AppState } from './app-store'

/** The region presets (their bounds: src/features/map/map-regions.ts; names: MAP_REGION_LABEL). */
export const MAP_REGIONS = [
  'world',
  'europe',
  'baltic',
  'balkans',
  'middle-east',
  'south-asia',
  'east-asia',
  'caribbean',
  'south-america',
  'africa',
] as const
export type MapRegion = (typeof MAP_REGIONS)[number]

/** A centre (longitude, latitude) and a zoom (1 shows the whole world). */
export interface MapViewChoice {
  center: [number, number]
  zoom: number
}

export interface MapViewSlice {
  mapRegion: MapRegion
  /** where the user panned or zoomed to; null: the region preset's own view */
  mapView: MapViewChoice | null
  /** the legend entry whose countries the map highlights and the country list is narrowed to */
  legendPin: LegendKey | null
  /** Shows a region: its own view, whatever the user had panned to. */
  setMapRegion: (region: MapRegion) => void
  setMapView: (view: MapViewChoice | null) => void
  setLegendPin: (key: LegendKey | null) => void
  /** Switches the map layer; a pinned legend entry the new layer's legend does not have is let go. */
  chooseMapLayer: (layer: MapLayer) => void
}

export const mapViewSlice: StateCreator<AppState, [], [], MapViewSlice> = (set) => ({
  mapRegion: 'world',
  mapView: null,
  legendPin: null,
  setMapRegion: (mapRegion) => set({ mapRegion, mapView: null }),
  setMapView: (mapView) => set({ mapView }),
  setLegendPin: (legendPin) => set({ legendPin }),
  chooseMapLayer: (layer) =>
    set((s) => ({
      layer,
      legendPin: s.legendPin && legendKeys(layer).includes(s.legendPin) ? s.legendPin : null,
    })),
})
