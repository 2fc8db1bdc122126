/**
 * Map geometry, computed once per topology and size: features joined to alpha-3 codes, the
 * projection, each shape's SVG path and centroid, and markers for countries too small (or absent)
 * at this scale. Pure: no React, no DOM.
 */
import { geoArea, geoCentroid, geoContains, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson'
import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import type { WorldTopology } from '../../data/topology'

export const MAP_WIDTH = 800
export const MAP_HEIGHT = 400

export interface CountryShape {
  iso3: string
  /** the map's own name for the shape, used only for shapes the dataset has no record for */
  mapName: string
  feature: Feature<Geometry>
  /** the feature with its SVG path (map units) computed once, as react-simple-maps draws it */
  geography: Feature<Geometry> & { rsmKey: string; svgPath: string }
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

export interface WorldGeometry {
  projection: GeoProjection
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

export function countriesOf(
  topology: WorldTopology,
): FeatureCollection<Geometry, { name: string; a3: string }> {
  const topo = topology as unknown as Topology
  return feature(topo, topo.objects.countries!) as unknown as FeatureCollection<
    Geometry,
    { name: string; a3: string }
  >
}

export function buildWorldGeometry(topology: WorldTopology): WorldGeometry {
  const collection = countriesOf(topology)
  // Antarctica takes a fifth of the height and holds no data here.
  const features = collection.features.filter((f) => f.properties.a3 !== 'ATA')
  const projection = geoEqualEarth().fitExtent(
    [
      [6, 6],
      [MAP_WIDTH - 6, MAP_HEIGHT - 6],
    ],
    { type: 'FeatureCollection', features },
  )
  const path = geoPath(projection)
  const shapes: CountryShape[] = features.map((f) => {
    const [[x0, y0], [x1, y1]] = path.bounds(f)
    const centroid = projection(geoCentroid(f)) ?? [0, 0]
    const largest = largestPolygon(f.geometry)
    return {
      iso3: f.properties.a3,
      mapName: f.properties.name,
      feature: f,
      geography: { ...f, rsmKey: f.properties.a3, svgPath: path(f) ?? '' },
      centroid,
      width: x1 - x0,
      height: y1 - y0,
      main: {
        point: (largest && projection(geoCentroid(largest))) || centroid,
        bounds: largest
          ? path.bounds(largest)
          : [
              [x0, y0],
              [x1, y1],
            ],
      },
    }
  })
  return { projection, shapes, byIso3: new Map(shapes.map((s) => [s.iso3, s])) }
}

/** The polygon of largest area in a (multi)polygon, as a Polygon geometry. */
function largestPolygon(geometry: Geometry): Polygon | null {
  if (geometry.type === 'Polygon') return geometry
  if (geometry.type !== 'MultiPolygon') return null
  const parts = geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }))
  return parts.reduce<Polygon | null>((a, b) => (!a || geoArea(b) > geoArea(a) ? b : a), null)
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

/** The alpha-3 code of the shape that contains a point (longitude, latitude), if any. */
export function countryAt(geometry: WorldGeometry, lonLat: [number, number]): string | null {
  // Compare the smallest containing shape first; geoContains on a wrongly wound ring covers the globe.
  const hits = geometry.shapes.filter((s) => geoContains(s.feature, lonLat))
  hits.sort((a, b) => geoArea(a.feature) - geoArea(b.feature))
  return hits[0]?.iso3 ?? null
}
