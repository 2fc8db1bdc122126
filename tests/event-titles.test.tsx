/**
 * The brief events.json leaves out a dated event's title (src/data/brief-copies.ts). The views
 * that name events (the timeline's marks, tooltips and lists, the map's linked note, the details)
 * say that the title is loading, name it once the full file has come, and say when it failed.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppProviders, createQueryClient } from '../src/app/AppProviders'
import { loadFullFilesAhead } from '../src/data/queries'
import { formatSourceDate } from '../src/lib/dates'
import type { FullEvent } from '../src/data/schema'
import { DetailsPanel } from '../src/features/details/DetailsPanel'
import { MapView } from '../src/features/map/MapView'
import { TimelineView } from '../src/features/timeline/TimelineView'
import {
  eventTitle,
  hasEventTitle,
  NO_EVENT_TITLES,
  TITLE_LOADING,
  TITLE_NOT_LOADED,
} from '../src/model/event-title'
import { resetAppStore, useAppStore } from '../src/store/app-store'
import { installFakeFetch, installHeldFetch, repoFile } from './helpers/fake-fetch'

afterEach(() => {
  resetAppStore()
  vi.unstubAllGlobals()
})

const events = JSON.parse(repoFile('data/events.json')) as FullEvent[]
const brief = JSON.parse(repoFile('data/brief/events.json')) as Array<{ id: string; title?: string }>
const dated = events.find((e) => e.date && e.countries.length > 0)!

/** A fetch in which the full events.json waits until released; every other file comes at once. */
const holdFullEvents = () => installHeldFetch((file) => file === 'data/events.json')
const marks = () => within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem')
const fetchedFiles = () =>
  vi
    .mocked(globalThis.fetch)
    .mock.calls.map(([url]) => String(url).replace(/^.*?\/((?:data|geo)\/[^?]+).*$/, '$1'))

function renderWith(ui: React.ReactNode, overrides: Parameters<typeof installFakeFetch>[0] = {}) {
  installFakeFetch(overrides)
  const client = createQueryClient()
  render(<AppProviders client={client}>{ui}</AppProviders>)
  return client
}

describe('event titles', () => {
  it('the brief copy keeps only the undated events’ titles', () => {
    const undated = events.filter((e) => !e.date)
    expect(undated.length).toBeGreaterThan(0)
    for (const e of brief) {
      const full = events.find((f) => f.id === e.id)!
      expect(e.title).toBe(full.date ? undefined : full.title)
    }
  })

  it('are the record’s, else the full file’s, else a stand-in that says why', () => {
    const briefDated = { ...dated, title: undefined }
    expect(eventTitle(dated, NO_EVENT_TITLES)).toBe(dated.title)
    expect(eventTitle(briefDated, NO_EVENT_TITLES)).toBe(TITLE_LOADING)
    expect(hasEventTitle(briefDated, NO_EVENT_TITLES)).toBe(false)
    const byId = new Map([[dated.id, dated.title]])
    expect(eventTitle(briefDated, { byId, failed: false })).toBe(dated.title)
    expect(hasEventTitle(briefDated, { byId, failed: false })).toBe(true)
    expect(eventTitle(briefDated, { byId: undefined, failed: true })).toBe(TITLE_NOT_LOADED)
  })

  it('the timeline’s marks say the title is loading, and name it once the full file has come', async () => {
    const client = renderWith(<TimelineView />)
    await screen.findByRole('list', { name: 'Events' })
    const singles = () => marks().filter((m) => !/^\d+ events/.test(m.getAttribute('aria-label')!))
    expect(singles().length).toBeGreaterThan(10)
    for (const mark of singles()) expect(mark.getAttribute('aria-label')).toContain(`: ${TITLE_LOADING}`)
    expect(fetchedFiles()).not.toContain('data/events.json')
    act(() => loadFullFilesAhead(client))
    await waitFor(() => expect(singles()[0]!.getAttribute('aria-label')).not.toContain(TITLE_LOADING))
    // A single mark's key is its event's id: each names its own event.
    for (const mark of singles()) {
      const own = events.find((e) => e.id === mark.getAttribute('data-mark'))!
      expect(mark.getAttribute('aria-label')).toContain(`: ${own.title}`)
    }
  })

  it('a mark’s tooltip asks for the title itself, and shows it', async () => {
    renderWith(<TimelineView />)
    await screen.findByRole('list', { name: 'Events' })
    const mark = marks().find((m) => !/^\d+ events/.test(m.getAttribute('aria-label')!))!
    const own = events.find((e) => e.id === mark.getAttribute('data-mark'))!
    expect(fetchedFiles()).not.toContain('data/events.json')
    fireEvent.pointerEnter(mark)
    const tip = await screen.findByRole('tooltip')
    await waitFor(() => expect(tip).toHaveTextContent(own.title))
    expect(fetchedFiles()).toContain('data/events.json')
  })

  it('the map’s note on a selected event loads its title without waiting for an input', async () => {
    useAppStore.setState({ event: dated.id })
    renderWith(<MapView />)
    const note = await screen.findByTestId('map-linked')
    await waitFor(() => expect(note).toHaveTextContent(`linked to “${dated.title}”`))
    expect(fetchedFiles()).toContain('data/events.json')
  })

  it('a unit’s event links say the title is loading, then name their events', async () => {
    const event = events.find((e) => e.date && e.units.length > 0)!
    useAppStore.setState({ unit: event.units[0]! })
    const release = holdFullEvents()
    render(
      <AppProviders client={createQueryClient()}>
        <DetailsPanel />
      </AppProviders>,
    )
    const date = formatSourceDate(event.date!)
    expect(await screen.findByRole('button', { name: `${date}: ${TITLE_LOADING}` })).toBeInTheDocument()
    act(() => release())
    expect(await screen.findByRole('button', { name: `${date}: ${event.title}` })).toBeInTheDocument()
    expect(screen.queryByText(TITLE_LOADING, { exact: false })).toBeNull()
  })

  it('the details of a dated event say its title is loading, then name it', async () => {
    useAppStore.setState({ event: dated.id })
    const release = holdFullEvents()
    render(
      <AppProviders client={createQueryClient()}>
        <DetailsPanel />
      </AppProviders>,
    )
    const article = await screen.findByRole('article', { name: TITLE_LOADING })
    expect(within(article).getByRole('heading', { name: TITLE_LOADING })).toHaveClass('is-pending')
    act(() => release())
    expect(await screen.findByRole('article', { name: dated.title })).toBe(article)
    expect(within(article).getByRole('heading', { name: dated.title })).not.toHaveClass('is-pending')
  })

  it('when the full file fails, the details say so, and the map’s note stops waiting for the title', async () => {
    useAppStore.setState({ event: dated.id })
    renderWith(
      <>
        <DetailsPanel />
        <MapView />
      </>,
      {
        'data/brief/events.json': { body: repoFile('data/brief/events.json') },
        'data/events.json': { status: 500 },
      },
    )
    expect(await screen.findByRole('alert')).toHaveTextContent('data/events.json: is missing (HTTP 500)')
    const note = await screen.findByTestId('map-linked')
    await waitFor(() => expect(note).toHaveTextContent(`linked to “${TITLE_NOT_LOADED}”`))
  })
})
