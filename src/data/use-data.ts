/**
 * Hooks that load the files a view needs and report them as one state: all loaded, still loading,
 * or failed (with every error and one retry for all of them).
 */
import { useQueries, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query'
import { useCallback } from 'react'
import { fullCountriesQuery, fullEventsQuery, fullUnitsQuery } from './queries'
import type { FullCountry, FullEvent, FullUnit } from './schema'

export type DataState<T> =
  | { status: 'pending' }
  | { status: 'error'; errors: unknown[]; retry: () => void }
  | { status: 'success'; data: T }

type Loaded<Q> = { [K in keyof Q]: Q[K] extends UseQueryOptions<infer D, any, any, any> ? D : never }

function useFiles<Q extends Record<string, UseQueryOptions<any, any, any, any>>>(
  queries: Q,
): DataState<Loaded<Q>> {
  const keys = Object.keys(queries)
  const keysKey = keys.join(',')
  // A stable combine lets react-query keep the combined result (and its `data` object) between
  // renders until a file's state changes, so views can memoize on it.
  const combine = useCallback(
    (results: UseQueryResult[]): DataState<Loaded<Q>> => {
      const errors = results.filter((r) => r.isError).map((r) => r.error)
      if (errors.length)
        return {
          status: 'error',
          errors,
          retry: () => results.forEach((r) => r.isError && void r.refetch()),
        }
      if (results.some((r) => !r.isSuccess)) return { status: 'pending' }
      const names = keysKey.split(',')
      const data = Object.fromEntries(names.map((k, i) => [k, results[i]!.data])) as Loaded<Q>
      return { status: 'success', data }
    },
    [keysKey],
  )
  return useQueries({ queries: keys.map((k) => queries[k]!), combine })
}

/** The three files as they are (the Sources dialog counts every section their records cite). */
const datasetQueries = { countries: fullCountriesQuery, units: fullUnitsQuery, events: fullEventsQuery }

export interface DatasetFiles {
  countries: FullCountry[]
  units: FullUnit[]
  events: FullEvent[]
}

export function useDataset(): DataState<DatasetFiles> {
  return useFiles(datasetQueries)
}
