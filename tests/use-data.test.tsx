import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppProviders, createQueryClient } from '../src/app/AppProviders'
import { useDataset } from '../src/data/use-data'
import { installFakeFetch } from './helpers/fake-fetch'

afterEach(() => vi.unstubAllGlobals())

describe('useDataset', () => {
  it('keeps the same loaded state between renders, so views can memoize on it', async () => {
    installFakeFetch()
    const client = createQueryClient()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AppProviders client={client}>{children}</AppProviders>
    )
    const { result, rerender } = renderHook(() => useDataset(), { wrapper })
    await waitFor(() => expect(result.current.status).toBe('success'))
    const first = result.current
    rerender()
    rerender()
    expect(result.current).toBe(first)
  })
})
