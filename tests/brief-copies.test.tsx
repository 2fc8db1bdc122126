/**
 * The first load reads brief copies of the dataset (src/data/brief-copies.ts). They hold every
 * record and field of the files but their sources (sections and quotes) and the long words only the details show; the
 * views of the first screen never fetch the full files; the details (and search, the tables, the
 * exports) fetch them and show the quotes.
 */
import { QueryClient } from '@tanstack/react-query'
import { render, screen, within } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { briefCopyOf } from '../scripts/brief-copy.mjs'
import { loadFullFilesAhead } from '../src/data/queries'
import { BriefCountriesFileSchema, BriefEventsFileSchema, BriefUnitsFileSchema } from '../src/data/schema'
import {
  BRIEF_COPY_FILES,
  fileOfBriefCopy,
  briefCopyPath,
  type BriefCopyFile,
} from '../src/data/brief-copies'
import { DetailsPanel } from '../src/features/details/DetailsPanel'
import { MapView } from '../src/features/map/MapView'
import { OrgChartView } from '../src/features/orgchart/OrgChartView'
import { TimelineView } from '../src/features/timeline/TimelineView'
import { resetAppStore, useAppStore } from '../src/store/app-store'
import { selectAsOf, selectUnitFilters } from '../src/store/selectors'
import { selectUnits } from '../src/model/unit-selection'
import { atlas, countries, units } from './helpers/atlas'
import { installFakeFetch, installHeldFetch } from './helpers/fake-fetch'
import { renderWithData } from './helpers/render-app'
import { AppProviders, createQueryClient } from '../src/app/AppProviders'

afterEach(() => {
  resetAppStore()
  vi.unstubAllGlobals()
})

const fileText = (file: BriefCopyFile) => readFileSync(resolve(__dirname, '..', file), 'utf8')

const BRIEF_SCHEMA = {
  'data/countries.json': BriefCountriesFileSchema,
  'data/units.json': BriefUnitsFileSchema,
  'data/events.json': BriefEventsFileSchema,
} as const

type Json = Record<string, unknown>

/** What the brief copy leaves out of an object: a record's sources, a country's long words, a fact's, a conflict's, a dated event's title. */
function leftOutOf(object: Json): string[] {
  const keys: string[] = []
  if ('sources' in object) keys.push('sources')
  if ('iso3' in object && 'legality' in object) keys.push('statement', 'ambiguity')
  if ('measure' in object && 'claimant' in object) keys.push('counts', 'source')
  if ('about' in object && 'claims' in object) keys.push('claims', 'note')
  if ('nationalities' in object && 'wing' in object) keys.push('description')
  if ('title' in object && 'kind' in object && 'units' in object && object.date !== null) keys.push('title')
  return keys
}

/** Each object's left-out fields, in the order a walk of the value meets the objects. */
function leftOutValues(value: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(value)) value.forEach((v) => leftOutValues(v, out))
  else if (value && typeof value === 'object') {
    const object = value as Json
    const left = leftOutOf(object)
    out.push(Object.fromEntries(left.map((key) => [key, object[key]])))
    // What is left out goes back whole: the walk does not go into it.
    for (const [key, v] of Object.entries(object)) if (!left.includes(key)) leftOutValues(v, out)
  }
  return out
}

/** The value with each object's left-out fields put back, in the same walk order. */
function putBack(value: unknown, values: Json[]): unknown {
  if (Array.isArray(value)) return value.map((v) => putBack(v, values))
  if (!value || typeof value !== 'object') return value
  const own = values.shift()
  const entries = Object.entries(value).map(([key, v]) => [key, putBack(v, values)] as const)
  return { ...Object.fromEntries(entries), ...own }
}

/** The fetch renderWithData installed. */
const fakeFetch = () => globalThis.fetch as unknown as ReturnType<typeof installFakeFetch>

/** The files the fetch was asked for, as the app names them. */
const fetched = (fetchMock: ReturnType<typeof installFakeFetch>) =>
  fetchMock.mock.calls.map(([url]) => String(url).replace(/^.*?\/((?:data|geo)\/[^?]+).*$/, '$1'))

describe('the brief copies', () => {
  for (const file of BRIEF_COPY_FILES) {
    it(`of ${file} are its records without the words only the details show, and nothing else lost`, () => {
      const original: unknown = JSON.parse(fileText(file))
      const copy = briefCopyOf(fileText(file))
      for (const key of [
        'sources',
        'source',
        'section',
        'quote',
        'statement',
        'ambiguity',
        'counts',
        'claims',
        'description',
      ])
        expect(copy).not.toContain(`"${key}"`)
      // The schemas are strict: a word left in, or a field missing, fails the parse.
      expect(() => BRIEF_SCHEMA[file].parse(JSON.parse(copy))).not.toThrow()
      const values = leftOutValues(original)
      expect(values.filter((v) => 'sources' in v).length).toBeGreaterThan(40)
      expect(putBack(JSON.parse(copy), values)).toEqual(original)
      expect(copy.length).toBeLessThan(JSON.stringify(original).length * 0.85)
    })
  }

  it('are served at data/brief/, and a text that is not JSON stays as it is', () => {
    expect(briefCopyPath('data/countries.json')).toBe('data/brief/countries.json')
    expect(fileOfBriefCopy('data/brief/events.json')).toBe('data/events.json')
    expect(fileOfBriefCopy('data/brief/people.json')).toBeNull()
    expect(fileOfBriefCopy('data/events.json')).toBeNull()
    expect(briefCopyOf('{"broken": ')).toBe('{"broken": ')
  })
})

/** Fake fetch in which the full files wait until released; the brief copies and the shapes come at once. */
const holdFullFiles = () => installHeldFetch((file) => (BRIEF_COPY_FILES as readonly string[]).includes(file))

describe('what loads when', () => {
  it('the map, the timeline and the org chart read only the brief copies', async () => {
    const { container } = renderWithData(
      <>
        <MapView />
        <TimelineView />
        <OrgChartView />
      </>,
    )
    expect(await screen.findByRole('img', { name: /^Poland: / })).toBeInTheDocument()
    expect(container.querySelector('.country-shapes path')).not.toBeNull()
    const files = fetched(fakeFetch())
    expect(files).toEqual(expect.arrayContaining(BRIEF_COPY_FILES.map(briefCopyPath)))
    for (const file of BRIEF_COPY_FILES) expect(files).not.toContain(file)
  })

  it('the details fetch the files with their quotes and show the quotes', async () => {
    useAppStore.setState({ country: 'POL' })
    renderWithData(<DetailsPanel />)
    expect(await screen.findByRole('article', { name: 'Poland' })).toBeInTheDocument()
    const poland = countries.find((c) => c.iso3 === 'POL')!
    expect((await screen.findAllByText(poland.sources[0]!.quote, { exact: false })).length).toBeGreaterThan(0)
    expect(fetched(fakeFetch())).toContain('data/countries.json')
  })

  it('the details show at once from the brief copies, and the words when the full files arrive', async () => {
    const release = holdFullFiles()
    useAppStore.setState({ country: 'POL' })
    render(
      <AppProviders client={createQueryClient()}>
        <DetailsPanel />
      </AppProviders>,
    )
    const article = await screen.findByRole('article', { name: 'Poland' })
    expect(within(article).getByText('Legality')).toBeInTheDocument()
    expect(within(article).getByText('Loading the official statement…')).toBeInTheDocument()
    expect(within(article).getByRole('button', { name: 'Cite Poland' })).toBeDisabled()
    expect(article.querySelector('q')).toBeNull()
    // The brief copies have no sources: neither their sections nor their quotes show yet.
    expect(within(article).getByText('Loading the sources…')).toBeInTheDocument()
    const poland = countries.find((c) => c.iso3 === 'POL')!
    expect(within(article).queryByText(poland.sources[0]!.section)).toBeNull()
    release()
    expect(await within(article).findByText(poland.statement!)).toBeInTheDocument()
    expect(within(article).getByRole('button', { name: 'Cite Poland' })).toBeEnabled()
    expect(within(article).queryByText('Loading the official statement…')).toBeNull()
    expect(within(article).queryByText('Loading the sources…')).toBeNull()
    expect(within(article).getAllByText(poland.sources[0]!.section).length).toBeGreaterThan(0)
    expect(article.querySelectorAll('q').length).toBeGreaterThan(0)
  })

  it("a unit's description and the org chart's text filter wait for the full units.json", async () => {
    const release = holdFullFiles()
    const unit = units.find((u) => u.kind === 'unit')!
    useAppStore.setState({ unit: unit.id })
    useAppStore.getState().setQuery('corps')
    render(
      <AppProviders client={createQueryClient()}>
        <DetailsPanel />
        <OrgChartView />
      </AppProviders>,
    )
    const article = await screen.findByRole('article', { name: unit.name })
    expect(within(article).getByText('Loading the description…')).toBeInTheDocument()
    expect(within(article).queryByText(unit.description)).toBeNull()
    // Answered from the names alone, the count would be wrong: the chart says it is waiting.
    expect(await screen.findByText('Loading the unit descriptions to search them…')).toHaveAttribute(
      'role',
      'status',
    )
    release()
    expect(await within(article).findByText(unit.description)).toBeInTheDocument()
    const state = useAppStore.getState()
    const answer = selectUnits(atlas, selectUnitFilters(state), selectAsOf(state))
    expect(answer.matches.length).toBeGreaterThan(0)
    expect(
      await screen.findByText(`${answer.matches.length} of ${answer.present} units match`),
    ).toBeInTheDocument()
  })

  it('loadFullFilesAhead (the first input) loads the three files with their quotes', async () => {
    const fetchMock = installFakeFetch()
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    loadFullFilesAhead(client)
    await vi.waitFor(() => expect(client.isFetching()).toBe(0))
    expect(fetched(fetchMock).sort()).toEqual([...BRIEF_COPY_FILES].sort())
    const loaded = client.getQueryData<Array<{ sources: Array<{ quote: string }> }>>([
      'data',
      'data/units.json',
    ])
    expect(loaded?.[0]?.sources[0]?.quote).toEqual(expect.any(String))
  })
})
