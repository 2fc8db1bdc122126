/**
 * people.json is served like the other data files and has its own query, so a view can read it
 * with `useQuery(peopleQuery)`; it is not preloaded while no view on the page reads it at once.
 */
import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DataFileError } from '../src/data/data-problems'
import { FIRST_FILES } from '../src/data/first-files'
import {
  briefCountriesQuery,
  briefEventsQuery,
  mapShapesQuery,
  peopleQuery,
  briefUnitsQuery,
} from '../src/data/queries'
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

describe('the files the page preloads after its first paint', () => {
  it('are the files the views read on first load, and not people.json', async () => {
    const fetchMock = installFakeFetch()
    const queryClient = client()
    await Promise.all(
      [briefCountriesQuery, briefUnitsQuery, briefEventsQuery, mapShapesQuery].map((q) =>
        queryClient.fetchQuery(q as Parameters<QueryClient['fetchQuery']>[0]),
      ),
    )
    const fetched = fetchMock.mock.calls.map(([url]) => String(url).replace(/^\//, ''))
    expect([...FIRST_FILES].sort()).toEqual(fetched.sort())
    expect(FIRST_FILES).not.toContain('data/people.json')
  })
})
