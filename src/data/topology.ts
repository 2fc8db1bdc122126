/** The shape of the world topology the map loads: enough to join shapes to countries by alpha-3. */
import { z } from 'zod/mini'

const GeometrySchema = z.looseObject({
  type: z.string(),
  properties: z.looseObject({ name: z.string(), a3: z.string() }),
})

export const TopologySchema = z.looseObject({
  type: z.literal('Topology'),
  arcs: z.array(z.unknown()),
  objects: z.looseObject({
    countries: z.looseObject({ type: z.literal('GeometryCollection'), geometries: z.array(GeometrySchema) }),
  }),
})
export type WorldTopology = z.infer<typeof TopologySchema>
