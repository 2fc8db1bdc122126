import { act, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../src/app/App'
import { AppProviders, createQueryClient } from '../src/app/AppProviders'
import { useAppStore } from '../src/store/app-store'
import { installFakeFetch, type FileOverride } from './helpers/fake-fetch'

function renderApp(overrides: Record<string, FileOverride> = {}) {
  installFakeFetch(overrides)
  return render(
    <AppProviders client={createQueryClient()}>
      <App />
    </AppProviders>,
  )
}

afterEach(() => vi.unstubAllGlobals())

describe('the app shell', () => {
  it('has the three views as named landmarks, and the details once something is selected', async () => {
    renderApp()
    expect(screen.getByRole('region', { name: 'Map' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Org chart' })).toBeInTheDocument()
    expect(screen.queryByRole('complementary', { name: 'Details' })).toBeNull()
    act(() => useAppStore.getState().selectCountry('POL'))
    expect(screen.getByRole('complementary', { name: 'Details' })).toBeInTheDocument()
    expect(
      await within(screen.getByRole('region', { name: 'Org chart' })).findAllByText('1st Battalion'),
    ).not.toHaveLength(0)
  })

  it('shows a malformed file as an error naming file, record and field, while the other views render', async () => {
    renderApp({ 'data/countries.json': { body: '[{"iso3": "POL", "name": 3}]' } })
    const map = screen.getByRole('region', { name: 'Map' })
    const alert = await within(map).findByRole('alert')
    expect(alert).toHaveTextContent('data/countries.json, record 0 ("POL"), field "name"')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    const orgchart = screen.getByRole('region', { name: 'Org chart' })
    expect(await within(orgchart).findAllByText('1st Battalion')).not.toHaveLength(0)
    expect(within(screen.getByRole('region', { name: 'Timeline' })).queryByRole('alert')).toBeNull()
  })

  it('says which file is missing', async () => {
    renderApp({ 'data/events.json': { status: 404 } })
    const timeline = screen.getByRole('region', { name: 'Timeline' })
    expect(await within(timeline).findByRole('alert')).toHaveTextContent(
      'data/events.json: is missing (HTTP 404)',
    )
  })
})
