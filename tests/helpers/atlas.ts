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

const readShapes = (file: string) =>
  MapShapesSchema.parse(JSON.parse(readFileSync(resolve(__dirname, `../../public/geo/${file}`), 'utf8')))

/** The map's shapes as the app loads them first (public/geo/world-shapes-overview.json), parsed with its schema. */
export const mapShapes = readShapes('world-shapes-overview.json')
/** The detailed shapes, which the app loads once the map is zoomed in (public/geo/world-shapes.json). */
export const detailedMapShapes = readShapes('world-shapes.json')
/** The map's geometry as the app builds it from those shapes. */
export const worldGeometry = worldGeometryOf(mapShapes)
