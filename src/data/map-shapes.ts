/**
 * The map as the app loads it, geo/world-shapes-overview.json (simplified for the whole world)
 * and, once zoomed in, geo/world-shapes.json: every country's shape already projected (Equal
 * Earth, fitted to the 800×400 map) to an SVG path at build time by `npm run prepare-topology`, so
 * the client neither decodes a topology nor projects a border. Both files have this schema.
 */
import { z } from 'zod/mini'

const Point = z.tuple([z.number(), z.number()])

const MapShapeSchema = z.object({
  /** ISO 3166-1 alpha-3 (Kosovo is XKX), the key the dataset joins on */
  a3: z.string(),
  /** the map's own name for the shape */
  name: z.string(),
  /** the SVG path in map units */
  d: z.string(),
  /** the projected centroid of the whole shape */
  centroid: Point,
  /** the projected bounding box's width and height */
  size: Point,
  /** the centroid and the bounding box of its largest polygon */
  point: Point,
  bounds: z.tuple([Point, Point]),
})

export const MapShapesSchema = z.object({
  /** the fitted Equal Earth projection, to place markers and convert a view's centre */
  projection: z.object({ scale: z.number(), translate: Point }),
  shapes: z.array(MapShapeSchema),
})
export type MapShapesFile = z.infer<typeof MapShapesSchema>
export type MapShapeRecord = MapShapesFile['shapes'][number]
