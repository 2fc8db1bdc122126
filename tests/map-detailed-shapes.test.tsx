/**
 * The map loads the overview's shapes first and the detailed ones only once it is zoomed in, then
 * draws those from then on.
 */
import { act, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppProviders, createQueryClient } from '../src/app/AppProviders'
import { MapView } from '../src/features/map/MapView'
import { useAppStore } from '../src/store/app-store'
import { detailedMapShapes, mapShapes } from './helpers/atlas'
import { installFakeFetch } from './helpers/fake-fetch'
import { renderWithData } from './helpers/render-app'

afterEach(() => vi.unstubAllGlobals())

const pathOf = (file: typeof mapShapes, a3: string) => file.shapes.find((s) => s.a3 === a3)!.d
const requested = () =>
  vi.mocked(fetch).mock.calls.map(([input]) => String(input).replace(/^.*?\/((?:data|geo)\/.*)$/, '$1'))

describe("the map's shapes", () => {
  it('draws the overview at world scale, and the detailed shapes once zoomed in, from then on', async () => {
    useAppStore.setState({ mapRegion: 'world', mapView: null })
    const { container } = renderWithData(<MapView />)
    await screen.findByRole('group', { name: /^World map/ })
    const poland = () => container.querySelector('path[data-iso3="POL"]')!.getAttribute('d')
    expect(pathOf(mapShapes, 'POL')).not.toBe(pathOf(detailedMapShapes, 'POL'))
    expect(poland()).toBe(pathOf(mapShapes, 'POL'))
    expect(requested()).toContain('geo/world-shapes-overview.json')
    expect(requested()).not.toContain('geo/world-shapes.json')

    act(() => useAppStore.getState().setMapRegion('europe'))
    await waitFor(() => expect(poland()).toBe(pathOf(detailedMapShapes, 'POL')))
    expect(requested().filter((f) => f === 'geo/world-shapes.json')).toHaveLength(1)

    // Back to the whole world: the detailed shapes stay, and nothing is fetched again.
    act(() => useAppStore.getState().setMapRegion('world'))
    expect(poland()).toBe(pathOf(detailedMapShapes, 'POL'))
    expect(requested().filter((f) => f.startsWith('geo/'))).toHaveLength(2)
  })

  it('loads the detailed shapes for a zoom the user chose, not for a pan at world scale', async () => {
    useAppStore.setState({ mapRegion: 'world', mapView: { center: [10, 20], zoom: 1 } })
    const { container } = renderWithData(<MapView />)
    await screen.findByRole('group', { name: /^World map/ })
    expect(requested()).not.toContain('geo/world-shapes.json')
    act(() => useAppStore.getState().setMapView({ center: [10, 20], zoom: 1.6 }))
    await waitFor(() =>
      expect(container.querySelector('path[data-iso3="BRA"]')!.getAttribute('d')).toBe(
        pathOf(detailedMapShapes, 'BRA'),
      ),
    )
  })
})

describe('a map that opens zoomed in', () => {
  it('waits for the detailed shapes, and never draws the simplified ones at that scale', async () => {
    useAppStore.setState({ mapRegion: 'europe', mapView: null })
    // Every path Poland is ever drawn with, from the first.
    const drawn = new Set<string>()
    const observer = new MutationObserver(() =>
      document.querySelectorAll('path[data-iso3="POL"]').forEach((p) => drawn.add(p.getAttribute('d')!)),
    )
    observer.observe(document.body, { subtree: true, childList: true, attributes: true })
    // The detailed file arrives well after everything else.
    const fakeFetch = installFakeFetch()
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      if (String(input).endsWith('geo/world-shapes.json')) await new Promise((r) => setTimeout(r, 300))
      return fakeFetch(input)
    })
    render(
      <AppProviders client={createQueryClient()}>
        <MapView />
      </AppProviders>,
    )
    await screen.findByRole('group', { name: /^World map/ })
    await waitFor(() => expect(drawn.size).toBeGreaterThan(0))
    observer.disconnect()
    expect([...drawn]).toEqual([pathOf(detailedMapShapes, 'POL')])
  })

  it('draws the simplified shapes when the detailed file cannot load', async () => {
    useAppStore.setState({ mapRegion: 'europe', mapView: null })
    const { container } = renderWithData(<MapView />, { 'geo/world-shapes.json': { status: 404 } })
    await screen.findByRole('group', { name: /^World map/ }, { timeout: 10_000 })
    expect(container.querySelector('path[data-iso3="POL"]')!.getAttribute('d')).toBe(pathOf(mapShapes, 'POL'))
  })
})
