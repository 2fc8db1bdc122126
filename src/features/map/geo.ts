/**
 * Map geometry: the shapes projected at build time (geo/world-shapes*.json), joined to alpha-3
 * codes, and markers for countries too small (or absent) at this scale. Pure: no React, no DOM.
 * Only the fitted projection is rebuilt here, to place markers and convert a view's centre.
 */
import { geoEqualEarthRaw } from 'd3-geo'
import type { MapShapesFile } from '../../data/map-shapes'

export const MAP_WIDTH = 800
export const MAP_HEIGHT = 400

export interface CountryShape {
  iso3: string
  /** the map's own name for the shape, used only for shapes the dataset has no record for */
  mapName: string
  /** the SVG path in map units */
  path: string
  centroid: [number, number]
  /** projected bounding box size in map units */
  width: number
  height: number
  /**
   * The largest of its polygons (France without French Guiana, the United States without
   * Alaska): where a label or a tap marker goes, and how big the country looks on screen.
   */
  main: { point: [number, number]; bounds: [[number, number], [number, number]] }
}

/**
 * The build's fitted Equal Earth projection, for points only: longitude and latitude to map units
 * and back. A point needs no clipping or resampling, so this is d3's raw Equal Earth scaled and
 * translated as geoEqualEarth().scale(s).translate(t) does, and the client needs none of the rest of
 * d3-geo (the shapes were projected at build time).
 */
export interface PointProjection {
  (lonLat: [number, number]): [number, number]
  invert(point: [number, number]): [number, number]
}

const RADIANS = Math.PI / 180

export function pointProjection(scale: number, [tx, ty]: [number, number]): PointProjection {
  const project = (([lon, lat]: [number, number]): [number, number] => {
    const [x, y] = geoEqualEarthRaw(lon * RADIANS, lat * RADIANS)
    return [tx + x * scale, ty - y * scale]
  }) as PointProjection
  project.invert = ([x, y]) => {
    const [lambda, phi] = geoEqualEarthRaw.invert!((x - tx) / scale, (ty - y) / scale)
    return [lambda / RADIANS, phi / RADIANS]
  }
  return project
}

export interface WorldGeometry {
  projection: PointProjection
  shapes: CountryShape[]
  byIso3: Map<string, CountryShape>
}

/**
 * Where the 110m map has no shape for a place the source covers, its marker sits here
 * (longitude, latitude of the city or territory).
 */
export const MARKER_COORDINATES: Record<string, [number, number]> = {
  SGP: [103.82, 1.35],
  HKG: [114.17, 22.32],
  MLT: [14.45, 35.9],
  BHR: [50.56, 26.07],
}

/** Shapes smaller than this (in map units, either side) get a marker so they can be found and hit. */
const SMALL_SHAPE = 6

/** The geometry of a shapes file: the same projection the build fitted, and the shapes by code. */
export function worldGeometryOf(file: MapShapesFile): WorldGeometry {
  const projection = pointProjection(file.projection.scale, file.projection.translate)
  const shapes: CountryShape[] = file.shapes.map((s) => ({
    iso3: s.a3,
    mapName: s.name,
    path: s.d,
    centroid: s.centroid,
    width: s.size[0],
    height: s.size[1],
    main: { point: s.point, bounds: s.bounds },
  }))
  return { projection, shapes, byIso3: new Map(shapes.map((s) => [s.iso3, s])) }
}

export interface CountryMarker {
  iso3: string
  /** projected position in map units */
  point: [number, number]
}

/**
 * Markers for the given countries that have no shape, or a shape too small to see or hit.
 * Countries with neither a shape nor known coordinates are returned in `unplaced`.
 */
export function markersFor(
  geometry: WorldGeometry,
  iso3s: readonly string[],
): { markers: CountryMarker[]; unplaced: string[] } {
  const markers: CountryMarker[] = []
  const unplaced: string[] = []
  for (const iso3 of iso3s) {
    const shape = geometry.byIso3.get(iso3)
    if (shape) {
      if (Math.max(shape.width, shape.height) < SMALL_SHAPE) markers.push({ iso3, point: shape.centroid })
      continue
    }
    const lonLat = MARKER_COORDINATES[iso3]
    const point = lonLat && geometry.projection(lonLat)
    if (point) markers.push({ iso3, point: [point[0], point[1]] })
    else unplaced.push(iso3)
  }
  return { markers, unplaced }
}
