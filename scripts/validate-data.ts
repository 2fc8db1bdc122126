/**
 * `npm run validate-data`: parses every file in data/ with the app's own schemas, checks
 * referential integrity, and checks every quote against the source text when it is present.
 * Prints each problem (file, record, field, why) and exits 1 when there is any.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DataFileError, formatProblem, parseDataText, type DataProblem } from '../src/data/data-problems'
import { checkIntegrity, checkSources, type Dataset } from '../src/data/integrity'
import { CountriesFileSchema, EventsFileSchema, PeopleFileSchema, UnitsFileSchema } from '../src/data/schema'
import { mapCodesFromTopology, sourceTextPath } from './data-paths'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const problems: DataProblem[] = []

function load<T>(file: string, schema: Parameters<typeof parseDataText<T>>[2]): T | null {
  const path = resolve(root, file)
  if (!existsSync(path)) {
    problems.push({ file, record: null, recordLabel: null, field: null, message: 'is missing' })
    return null
  }
  try {
    return parseDataText(file, readFileSync(path, 'utf8'), schema)
  } catch (error) {
    if (error instanceof DataFileError) problems.push(...error.problems)
    else throw error
    return null
  }
}

const countries = load('data/countries.json', CountriesFileSchema)
const units = load('data/units.json', UnitsFileSchema)
const events = load('data/events.json', EventsFileSchema)
const people = load('data/people.json', PeopleFileSchema)

if (countries && units && events && people) {
  const data: Dataset = { countries, units, events, people }
  problems.push(...checkIntegrity(data, mapCodesFromTopology(root)))
  const sourcePath = sourceTextPath(root)
  if (existsSync(sourcePath)) {
    problems.push(...checkSources(data, readFileSync(sourcePath, 'utf8')))
  } else {
    console.warn(`Source text not found at ${sourcePath}: quotes and sections were not checked.`)
  }
  if (!problems.length)
    console.info(
      `data/ is valid: ${countries.length} countries, ${units.length} units, ${events.length} events, ${people.length} people.`,
    )
}

for (const p of problems) console.error(formatProblem(p))
if (problems.length) {
  console.error(`\n${problems.length} problem(s) in data/.`)
  process.exit(1)
}
