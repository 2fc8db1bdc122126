/** The real data files, parsed with the app's schemas, and the atlas built from them. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CountriesFileSchema, EventsFileSchema, UnitsFileSchema } from '../../src/data/schema'
import { buildAtlas } from '../../src/model/atlas'

const read = (file: string) => JSON.parse(readFileSync(resolve(__dirname, '../../data', file), 'utf8'))

export const countries = CountriesFileSchema.parse(read('countries.json'))
export const units = UnitsFileSchema.parse(read('units.json'))
export const events = EventsFileSchema.parse(read('events.json'))
export const atlas = buildAtlas({ countries, units, events })
