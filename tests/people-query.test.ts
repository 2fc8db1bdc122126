/**
 * people.json is served like the other data files and has its own query, so a view can read it
 * with `useQuery(peopleQuery)`; it is not preloaded while no view on the page reads it.
 */
import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DataFileError } from '../src/data/data-problems'
import { peopleQuery } from '../src/data/queries'
import { serveDataFiles } from '../scripts/vite-plugin-data'
import { installFakeFetch } from './helpers/fake-fetch'

afterEach(() => vi.unstubAllGlobals())

const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } })

describe('peopleQuery', () => {
  it('fetches data/people.json from the app and parses it with its schema', async () => {
    const fetchMock = installFakeFetch()
    const people = await client().fetchQuery(peopleQuery)
    expect(fetchMock).toHaveBeenCalledWith(expect.stringMatching(/data\/people\.json$/), expect.anything())
    expect(people.find((p) => p.id === 'finbar-cafferkey')?.name).toBe('Finbar Cafferkey')
  })

  it('names the file, record and field when a person is invalid', async () => {
    installFakeFetch({ 'data/people.json': { body: JSON.stringify([{ id: 'x', name: 'X' }]) } })
    const error = await client()
      .fetchQuery(peopleQuery)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DataFileError)
    expect((error as DataFileError).message).toContain('data/people.json, record 0 ("x"), field "nameLost"')
  })
})

describe('the data plugin', () => {
  it('preloads the files the views read on first load, not people.json', () => {
    const plugin = serveDataFiles() as unknown as {
      configResolved: (config: { root: string; base: string }) => void
      transformIndexHtml: { handler: () => Array<{ attrs: { href: string } }> }
    }
    plugin.configResolved({ root: process.cwd(), base: '/' })
    const hrefs = plugin.transformIndexHtml.handler().map((tag) => tag.attrs.href)
    expect(hrefs).toEqual(
      expect.arrayContaining(['/data/countries.json', '/data/units.json', '/data/events.json']),
    )
    expect(hrefs).not.toContain('/data/people.json')
  })
})
