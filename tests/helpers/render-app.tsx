import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { AppProviders, createQueryClient } from '../../src/app/AppProviders'
import { installFakeFetch, type FileOverride } from './fake-fetch'

/** Renders UI with a fresh query client and a fetch that serves the repository's files. */
export function renderWithData(ui: ReactNode, overrides: Record<string, FileOverride> = {}) {
  installFakeFetch(overrides)
  return render(<AppProviders client={createQueryClient()}>{ui}</AppProviders>)
}
