/** The real data files, parsed with the app's schemas, and the atlas built from them. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { MapShapesSchema } from '../../src/data/map-shapes'
import { CountriesFileSchema, EventsFileSchema, UnitsFileSchema } from '../../src/data/schema'
import { worldGeometryOf } from '../../src/features/map/geo'
import { buildAtlas } from '../../src/model/atlas'

const read = (file: string) => JSON.parse(readFileSync(resolve(__dirname, '../../data', file), 'utf8'))

export const countries = CountriesFileSchema.parse(read('countries.json'))
export const units = UnitsFileSchema.parse(read('units.json'))
export const events = EventsFileSchema.parse(read('events.json'))
export const atlas = buildAtlas({ countries, units, events })

/** The map's shapes as the app loads them (public/geo/world-shapes.json), parsed with its schema. */
export const mapShapes = MapShapesSchema.parse(
  JSON.parse(readFileSync(resolve(__dirname, '../../public/geo/world-shapes.json'), 'utf8')),
)
/** The map's geometry as the app builds it from those shapes. */
export const worldGeometry = worldGeometryOf(mapShapes)
