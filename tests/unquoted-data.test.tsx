/**
 * The first load reads the dataset without its quotes (src/data/unquoted.ts). The copies hold every
 * record and field of the files but the quotes; the views of the first screen never fetch the
 * files with quotes; the details (and search, the tables, the exports) fetch them and show them.
 */
import { QueryClient } from '@tanstack/react-query'
import { screen } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { withoutQuotes } from '../scripts/unquoted.mjs'
import { loadQuotesAhead } from '../src/data/queries'
import {
  UnquotedCountriesFileSchema,
  UnquotedEventsFileSchema,
  UnquotedUnitsFileSchema,
} from '../src/data/schema'
import { QUOTED_FILES, quotedFileOf, unquotedPath, type QuotedFile } from '../src/data/unquoted'
import { DetailsPanel } from '../src/features/details/DetailsPanel'
import { MapView } from '../src/features/map/MapView'
import { OrgChartView } from '../src/features/orgchart/OrgChartView'
import { TimelineView } from '../src/features/timeline/TimelineView'
import { resetAppStore, useAppStore } from '../src/store/app-store'
import { countries } from './helpers/atlas'
import { installFakeFetch } from './helpers/fake-fetch'
import { renderWithData } from './helpers/render-app'

afterEach(() => {
  resetAppStore()
  vi.unstubAllGlobals()
})

const fileText = (file: QuotedFile) => readFileSync(resolve(__dirname, '..', file), 'utf8')

const UNQUOTED_SCHEMA = {
  'data/countries.json': UnquotedCountriesFileSchema,
  'data/units.json': UnquotedUnitsFileSchema,
  'data/events.json': UnquotedEventsFileSchema,
} as const

/** Every quote of a JSON value, in the order a walk of it meets them. */
function quotesOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => quotesOf(v, out))
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'quote' && typeof v === 'string') out.push(v)
      else quotesOf(v, out)
    }
  }
  return out
}

/** The value with the quotes put back, one for each source (an object with a section) in walk order. */
function withQuotesBack(value: unknown, quotes: string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => withQuotesBack(v, quotes))
  if (!value || typeof value !== 'object') return value
  const entries = Object.entries(value).map(([key, v]) => [key, withQuotesBack(v, quotes)] as const)
  const object = Object.fromEntries(entries) as Record<string, unknown>
  return 'section' in object ? { ...object, quote: quotes.shift() } : object
}

/** The fetch renderWithData installed. */
const fakeFetch = () => globalThis.fetch as unknown as ReturnType<typeof installFakeFetch>

/** The files the fetch was asked for, as the app names them. */
const fetched = (fetchMock: ReturnType<typeof installFakeFetch>) =>
  fetchMock.mock.calls.map(([url]) => String(url).replace(/^.*?\/((?:data|geo)\/[^?]+).*$/, '$1'))

describe('the unquoted copies', () => {
  for (const file of QUOTED_FILES) {
    it(`of ${file} are its records without their quotes, and nothing else lost`, () => {
      const original: unknown = JSON.parse(fileText(file))
      const copy = withoutQuotes(fileText(file))
      expect(copy).not.toContain('"quote"')
      // The schemas are strict: a quote left in, or a field missing, fails the parse.
      expect(() => UNQUOTED_SCHEMA[file].parse(JSON.parse(copy))).not.toThrow()
      const quotes = quotesOf(original)
      expect(quotes.length).toBeGreaterThan(40)
      expect(withQuotesBack(JSON.parse(copy), [...quotes])).toEqual(original)
      expect(copy.length).toBeLessThan(JSON.stringify(original).length * 0.85)
    })
  }

  it('are served at data/unquoted/, and a text that is not JSON stays as it is', () => {
    expect(unquotedPath('data/countries.json')).toBe('data/unquoted/countries.json')
    expect(quotedFileOf('data/unquoted/events.json')).toBe('data/events.json')
    expect(quotedFileOf('data/unquoted/people.json')).toBeNull()
    expect(quotedFileOf('data/events.json')).toBeNull()
    expect(withoutQuotes('{"broken": ')).toBe('{"broken": ')
  })
})

describe('what loads when', () => {
  it('the map, the timeline and the org chart read only the unquoted copies', async () => {
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
    expect(files).toEqual(expect.arrayContaining(QUOTED_FILES.map(unquotedPath)))
    for (const file of QUOTED_FILES) expect(files).not.toContain(file)
  })

  it('the details fetch the files with their quotes and show the quotes', async () => {
    useAppStore.setState({ country: 'POL' })
    renderWithData(<DetailsPanel />)
    expect(await screen.findByRole('article', { name: 'Poland' })).toBeInTheDocument()
    const poland = countries.find((c) => c.iso3 === 'POL')!
    expect(screen.getAllByText(poland.sources[0]!.quote, { exact: false }).length).toBeGreaterThan(0)
    expect(fetched(fakeFetch())).toContain('data/countries.json')
  })

  it('loadQuotesAhead (the first input) loads the three files with their quotes', async () => {
    const fetchMock = installFakeFetch()
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    loadQuotesAhead(client)
    await vi.waitFor(() => expect(client.isFetching()).toBe(0))
    expect(fetched(fetchMock).sort()).toEqual([...QUOTED_FILES].sort())
    const loaded = client.getQueryData<Array<{ sources: Array<{ quote: string }> }>>([
      'data',
      'data/units.json',
    ])
    expect(loaded?.[0]?.sources[0]?.quote).toEqual(expect.any(String))
  })
})
