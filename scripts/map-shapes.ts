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
import { simplifiedTopology } from './simplify-arcs.ts'
import { MAP_HEIGHT, MAP_WIDTH } from '../src/features/map/geo'

/**
 * How finely a shapes file draws: the grid its points are rounded to (steps per map unit), and
 * how far (in map units) a simplified border may stray from the topology's (0: not simplified).
 */
export interface ShapesGrid {
  stepsPerUnit: number
  tolerance: number
}

/** Paths in tenths of a map unit, as the topology has them: at the largest zoom (8×) an error under 0.4 px. */
export const DETAILED_GRID: ShapesGrid = { stepsPerUnit: 10, tolerance: 0 }

/**
 * The world view's paths: borders within half a map unit of the topology's, on a half-unit grid.
 * The whole world is 800 units across a pane of at most about 900 px, so a unit is a pixel or less,
 * and the difference shows only once zoomed in, when the app loads the detailed file instead.
 */
export const OVERVIEW_GRID: ShapesGrid = { stepsPerUnit: 2, tolerance: 0.5 }

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
  constructor(private readonly stepsPerUnit: number) {}
  private x = 0
  private y = 0
  private inLine = false

  moveTo(x: number, y: number) {
    this.x = Math.round(x * this.stepsPerUnit)
    this.y = Math.round(y * this.stepsPerUnit)
    this.parts.push(`M${pair(this.x, this.y, this.stepsPerUnit)}`)
    this.inLine = false
  }

  lineTo(x: number, y: number) {
    const qx = Math.round(x * this.stepsPerUnit)
    const qy = Math.round(y * this.stepsPerUnit)
    if (qx === this.x && qy === this.y) return
    const step = pair(qx - this.x, qy - this.y, this.stepsPerUnit)
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

/** A number of grid steps in map units: at 10 steps a unit, 12 → "1.2", -3 → "-.3". */
function units(steps: number, stepsPerUnit: number): string {
  return String(steps / stepsPerUnit).replace(/^(-?)0\./, '$1.')
}

function pair(x: number, y: number, stepsPerUnit: number): string {
  const b = units(y, stepsPerUnit)
  return `${units(x, stepsPerUnit)}${b.startsWith('-') ? '' : ','}${b}`
}

/**
 * Centroids and boxes are on the same half-unit grid in every file, so markers and views do not
 * move when the detailed shapes replace the overview's. Half a unit is at most a pixel of the
 * whole world (4 px at the largest zoom) for a point that only places a marker or a label.
 */
const MARKS_STEPS_PER_UNIT = 2
const round = (v: number) => Math.round(v * MARKS_STEPS_PER_UNIT) / MARKS_STEPS_PER_UNIT
const roundPoint = (p: [number, number]): [number, number] => [round(p[0]), round(p[1])]

const boxOf = ([a, b]: [[number, number], [number, number]]): [[number, number], [number, number]] => [
  roundPoint(a),
  roundPoint(b),
]

/**
 * The shapes file drawn on `grid`. Its projection, centroids and boxes are the topology's own,
 * the same in every file; only the paths differ.
 */
export function mapShapesOf(topology: Topology, grid: ShapesGrid = DETAILED_GRID): MapShapesFile {
  const features = countriesOf(topology)
  const projection = geoEqualEarth().fitExtent(
    [
      [6, 6],
      [MAP_WIDTH - 6, MAP_HEIGHT - 6],
    ],
    { type: 'FeatureCollection', features },
  )
  const bounds = geoPath(projection)
  const compact = new CompactPath(grid.stepsPerUnit)
  // A simplified border is drawn straight between the points it keeps, as it was measured: the
  // projection's resampling would bend a long edge along a great circle (the 49th parallel, which
  // Equal Earth draws straight, would bow north by a pixel or two).
  const straight = geoEqualEarth().scale(projection.scale()).translate(projection.translate()).precision(0)
  const draw = geoPath(grid.tolerance ? straight : projection, compact)
  const drawn = grid.tolerance
    ? countriesOf(simplifiedTopology(topology, (p) => projection(p) ?? [0, 0], grid.tolerance))
    : features
  const shapes = features.map((f, i): MapShapeRecord => {
    const [[x0, y0], [x1, y1]] = bounds.bounds(f)
    const centroid = roundPoint(projection(geoCentroid(f)) ?? [0, 0])
    const largest = largestPolygon(f.geometry)
    draw(drawn[i]!)
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
