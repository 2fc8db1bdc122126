/**
 * What the map draws, as one value: the geometry, the layer's values and legend, the markers and
 * the circles' scale. The live map and its static form (the exports) both draw a MapFigure, so they
 * cannot drift apart. Pure: no React, no DOM.
 */
import { scaleSqrt, type ScalePower } from 'd3-scale'
import type { Country, Person } from '../../data/schema'
import { layerValues, type CountryLayerValue } from '../../model/map-layer'
import { legendEntries, type LegendEntry } from '../../model/map-legend'
import { largestFigure } from '../../model/figures'
import type { IsoDate, MapLayer } from '../../model/types'
import { MAP_HEIGHT, MAP_WIDTH, markersFor, type CountryMarker, type WorldGeometry } from './geo'

/** Circle radius of the largest figure, in map units at zoom 1. */
export const MAX_CIRCLE = 26

export interface MapFigure {
  layer: MapLayer
  geometry: WorldGeometry
  values: ReadonlyMap<string, CountryLayerValue>
  entries: LegendEntry[]
  markers: readonly CountryMarker[]
  markerByIso3: ReadonlyMap<string, CountryMarker>
  /** map units of a figure's circle at zoom 1; null on the choropleth layers */
  radius: ScalePower<number, number> | null
}

/** The part of the map the user looks at: its centre (longitude, latitude) and zoom. */
export interface MapViewport {
  center: [number, number]
  zoom: number
}

export function mapMarkers(geometry: WorldGeometry, countries: readonly Country[]) {
  const { markers } = markersFor(
    geometry,
    countries.map((c) => c.iso3),
  )
  return { markers, markerByIso3: new Map(markers.map((m) => [m.iso3, m])) }
}

export function figureRadius(
  countries: readonly Country[],
  layer: MapLayer,
  people: readonly Person[] = [],
): MapFigure['radius'] {
  if (layer !== 'volunteers' && layer !== 'deaths') return null
  return scaleSqrt()
    .domain([0, largestFigure(countries, layer, people)])
    .range([0, MAX_CIRCLE])
}

/** The whole figure in one call, for the exports and the tests (the live map memoizes each part). */
export function mapFigure(
  geometry: WorldGeometry,
  countries: readonly Country[],
  layer: MapLayer,
  asOf: IsoDate,
  people: readonly Person[] = [],
): MapFigure {
  const values = layerValues(countries, layer, asOf, people)
  return {
    layer,
    geometry,
    values,
    entries: legendEntries(layer, values),
    ...mapMarkers(geometry, countries),
    radius: figureRadius(countries, layer, people),
  }
}

/** The view that shows the whole world: the middle of the fitted projection at zoom 1. */
export function wholeWorld(geometry: WorldGeometry): MapViewport {
  const center = geometry.projection.invert?.([MAP_WIDTH / 2, MAP_HEIGHT / 2]) ?? [0, 0]
  return { center: [center[0], center[1]], zoom: 1 }
}

/** A pan and zoom in map units: a point p shows at p·k + (x, y). */
export interface ViewPosition {
  x: number
  y: number
  k: number
}

/**
 * Where a viewport puts the map in a box (the live map's box has its frame's shape; the exports'
 * is the 800×400 map): the centre moves to the middle of the box, scaled by the zoom.
 */
export function viewPosition(
  geometry: WorldGeometry,
  view: MapViewport,
  box: { width: number; height: number } = { width: MAP_WIDTH, height: MAP_HEIGHT },
): ViewPosition {
  const [x, y] = geometry.projection(view.center) ?? [MAP_WIDTH / 2, MAP_HEIGHT / 2]
  const k = view.zoom
  return { x: box.width / 2 - x * k, y: box.height / 2 - y * k, k }
}

/** The viewport at a position: the longitude and latitude at the box's middle, and the zoom. */
export function viewAt(
  geometry: WorldGeometry,
  { x, y, k }: ViewPosition,
  box: { width: number; height: number },
): MapViewport {
  const [lon, lat] = geometry.projection.invert([(box.width / 2 - x) / k, (box.height / 2 - y) / k])
  return { center: [lon, lat], zoom: k }
}

/** A position as an SVG transform. */
export const transformOf = ({ x, y, k }: ViewPosition) => `translate(${x} ${y}) scale(${k})`

/** The transform that shows a viewport in a box: transformOf(viewPosition(…)). */
export function viewTransform(
  geometry: WorldGeometry,
  view: MapViewport,
  box?: { width: number; height: number },
): string {
  return transformOf(viewPosition(geometry, view, box))
}

/** Where a country's figure circle sits: its shape's centroid, else its marker. */
export function circleCentre(figure: MapFigure, iso3: string): [number, number] | null {
  return figure.geometry.byIso3.get(iso3)?.centroid ?? figure.markerByIso3.get(iso3)?.point ?? null
}

/** Round values up to max, and max itself, for the circle legend: it spans the largest circle. */
export function niceSteps(max: number): number[] {
  const top = 10 ** Math.floor(Math.log10(max))
  if (top < max) return [top / 10, top, max].filter((v) => v >= 1)
  return [top / 100, top / 10, top].filter((v) => v >= 1)
}

/** The circle legend's sizes: each value with its radius in map units at zoom 1. */
export function circleSteps(figure: MapFigure): Array<{ value: number; radius: number }> {
  const radius = figure.radius
  if (!radius) return []
  return niceSteps(radius.domain()[1]!).map((value) => ({ value, radius: radius(value) }))
}
