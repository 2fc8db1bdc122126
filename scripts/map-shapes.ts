/**
 * The map's shapes, projected once at build time: `npm run prepare-topology` writes
 * public/geo/world-shapes.json from the prepared topology, and the client draws its paths as they
 * are (the grapher caches projected paths the same way). Equal Earth fitted to the 800×400 map,
 * Antarctica left out (it takes a fifth of the height and holds no data here).
 */
import { geoArea, geoCentroid, geoContains, geoEqualEarth, geoPath } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson'
import { feature } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import type { MapShapeRecord, MapShapesFile } from '../src/data/map-shapes'
import { MAP_HEIGHT, MAP_WIDTH } from '../src/features/map/geo'

/** Paths are written in tenths of a map unit: at the largest zoom (8×) an error under 0.4 px. */
const STEPS_PER_UNIT = 10

type CountryFeature = Feature<Geometry, { name: string; a3: string }>

export function countriesOf(topology: Topology): CountryFeature[] {
  const collection = feature(topology, topology.objects.countries!) as unknown as FeatureCollection<
    Geometry,
    { name: string; a3: string }
  >
  return collection.features.filter((f) => f.properties.a3 !== 'ATA')
}

/**
 * An SVG path drawn through a path context, written compactly: each ring starts with an absolute
 * M, then relative l steps between points rounded to the grid (a step that rounds to nothing is
 * dropped), and z.
 */
export class CompactPath {
  private parts: string[] = []
  private x = 0
  private y = 0
  private inLine = false

  moveTo(x: number, y: number) {
    this.x = Math.round(x * STEPS_PER_UNIT)
    this.y = Math.round(y * STEPS_PER_UNIT)
    this.parts.push(`M${pair(this.x, this.y)}`)
    this.inLine = false
  }

  lineTo(x: number, y: number) {
    const qx = Math.round(x * STEPS_PER_UNIT)
    const qy = Math.round(y * STEPS_PER_UNIT)
    if (qx === this.x && qy === this.y) return
    const step = pair(qx - this.x, qy - this.y)
    this.parts.push(this.inLine ? (step.startsWith('-') ? step : ` ${step}`) : `l${step}`)
    this.inLine = true
    this.x = qx
    this.y = qy
  }

  closePath() {
    this.parts.push('z')
    this.inLine = false
  }

  beginPath() {}

  arc() {
    throw new Error('a country shape has no point geometry')
  }

  result(): string {
    const d = this.parts.join('')
    this.parts = []
    return d
  }
}

/** A number of grid steps in map units: 12 → "1.2", -3 → "-.3". */
function units(steps: number): string {
  return String(steps / STEPS_PER_UNIT).replace(/^(-?)0\./, '$1.')
}

function pair(x: number, y: number): string {
  const b = units(y)
  return `${units(x)}${b.startsWith('-') ? '' : ','}${b}`
}

const round = (v: number) => Math.round(v * STEPS_PER_UNIT) / STEPS_PER_UNIT
const roundPoint = (p: [number, number]): [number, number] => [round(p[0]), round(p[1])]

const boxOf = ([a, b]: [[number, number], [number, number]]): [[number, number], [number, number]] => [
  roundPoint(a),
  roundPoint(b),
]

export function mapShapesOf(topology: Topology): MapShapesFile {
  const features = countriesOf(topology)
  const projection = geoEqualEarth().fitExtent(
    [
      [6, 6],
      [MAP_WIDTH - 6, MAP_HEIGHT - 6],
    ],
    { type: 'FeatureCollection', features },
  )
  const bounds = geoPath(projection)
  const compact = new CompactPath()
  const draw = geoPath(projection, compact)
  const shapes = features.map((f): MapShapeRecord => {
    const [[x0, y0], [x1, y1]] = bounds.bounds(f)
    const centroid = roundPoint(projection(geoCentroid(f)) ?? [0, 0])
    const largest = largestPolygon(f.geometry)
    draw(f)
    return {
      a3: f.properties.a3,
      name: f.properties.name,
      d: compact.result(),
      centroid,
      size: [round(x1 - x0), round(y1 - y0)],
      point: largest ? roundPoint(projection(geoCentroid(largest)) ?? centroid) : centroid,
      bounds: largest
        ? boxOf(bounds.bounds(largest))
        : boxOf([
            [x0, y0],
            [x1, y1],
          ]),
    }
  })
  return { projection: { scale: projection.scale(), translate: projection.translate() }, shapes }
}

/** The polygon of largest area in a (multi)polygon, as a Polygon geometry. */
function largestPolygon(geometry: Geometry): Polygon | null {
  if (geometry.type === 'Polygon') return geometry
  if (geometry.type !== 'MultiPolygon') return null
  const parts = geometry.coordinates.map((coordinates): Polygon => ({ type: 'Polygon', coordinates }))
  return parts.reduce<Polygon | null>((a, b) => (!a || geoArea(b) > geoArea(a) ? b : a), null)
}

/** The alpha-3 code of the topology's shape that contains a point (longitude, latitude), if any. */
export function countryAt(topology: Topology, lonLat: [number, number]): string | null {
  // Compare the smallest containing shape first; geoContains on a wrongly wound ring covers the globe.
  const hits = countriesOf(topology).filter((f) => geoContains(f, lonLat))
  hits.sort((a, b) => geoArea(a) - geoArea(b))
  return hits[0]?.properties.a3 ?? null
}
