/** The Cite action in the details: a labelled dialog that copies the citation and says so. */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DetailsPanel } from '../src/features/details/DetailsPanel'
import { ARTICLE_URL } from '../src/model/citation'
import { useAppStore } from '../src/store/app-store'
import { atlas } from './helpers/atlas'
import { renderWithData } from './helpers/render-app'

const uk = atlas.country('GBR')!
const UK_SECTION = 'International response > United Kingdom'

function mockClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: writeText ? { writeText } : undefined,
  })
}

beforeEach(() => {
  window.history.replaceState(null, '', '/?country=GBR&date=2023-01-31&layer=deaths')
  useAppStore.setState({ country: 'GBR' })
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(2025, 5, 3, 10, 0) })
})

afterEach(() => {
  vi.useRealTimers()
  mockClipboard(undefined)
  window.history.replaceState(null, '', '/')
})

/** A Cite button, once enabled: it is disabled until the quotes it cites have loaded. */
async function citeButton(name: string) {
  const cite = await screen.findByRole('button', { name })
  await waitFor(() => expect(cite).toBeEnabled())
  return cite
}

async function openCite(user: ReturnType<typeof userEvent.setup>) {
  renderWithData(<DetailsPanel />)
  const cite = await citeButton('Cite United Kingdom')
  await user.click(cite)
  return { cite, dialog: screen.getByRole('dialog', { name: 'Cite United Kingdom' }) }
}

describe('Cite', () => {
  it('shows the citation as plain text and CSL-JSON, with the view’s address and today’s date', async () => {
    const user = userEvent.setup()
    const { dialog } = await openCite(user)
    const text = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Plain text' }).value
    expect(text).toContain(`Section “${uk.sources[0]!.section}”: “${uk.sources[0]!.quote}”`)
    expect(text).toContain('“International Legion (Ukraine)”. Wikipedia. Accessed 2025-06-03.')
    expect(text).toContain(
      'Legion Atlas view of United Kingdom: http://localhost:3000/?country=GBR&date=2023-01-31&layer=deaths',
    )
    const csl = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: /^CSL-JSON/ }).value
    const [item] = JSON.parse(csl)
    expect(item).toMatchObject({
      type: 'entry-encyclopedia',
      'container-title': 'Wikipedia',
      title: 'International Legion (Ukraine)',
      accessed: { 'date-parts': [[2025, 6, 3]] },
    })
    expect(item.note).toContain(uk.sources[0]!.quote)
    const live = within(dialog).getByRole('link', { name: /Open the passage in the live article/ })
    expect(live.getAttribute('href')).toMatch(/#[^:]+:~:text=/)
    expect(within(dialog).getByText(/it may have changed since this atlas was made/)).toBeInTheDocument()
  })

  it('copies with the Clipboard API and announces it; Close returns focus to Cite', async () => {
    const user = userEvent.setup() // installs a clipboard of its own: mock after it
    const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve())
    mockClipboard(writeText)
    const { cite, dialog } = await openCite(user)
    expect(within(dialog).getByRole('button', { name: 'Copy plain text' })).toHaveFocus()
    await user.click(within(dialog).getByRole('button', { name: 'Copy CSL-JSON' }))
    expect(writeText).toHaveBeenCalledTimes(1)
    expect(JSON.parse(writeText.mock.calls[0]![0])[0].type).toBe('entry-encyclopedia')
    expect(within(dialog).getByRole('status')).toHaveTextContent('Copied the CSL-JSON.')
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(cite).toHaveFocus()
  })

  it('selects the text to copy by hand where the clipboard cannot be written; Escape closes', async () => {
    const user = userEvent.setup()
    mockClipboard(() => Promise.reject(new Error('not allowed')))
    const { cite, dialog } = await openCite(user)
    await user.click(within(dialog).getByRole('button', { name: 'Copy plain text' }))
    const area = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Plain text' })
    expect(area).toHaveFocus()
    expect([area.selectionStart, area.selectionEnd]).toEqual([0, area.value.length])
    expect(within(dialog).getByRole('status')).toHaveTextContent(/press Ctrl\+C/)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(cite).toHaveFocus()
    // Escape in the dialog closes the dialog only, not the selection.
    expect(useAppStore.getState().country).toBe('GBR')
  })

  it('cites one figure with its own quote, and links each quote to its passage', async () => {
    const user = userEvent.setup()
    renderWithData(<DetailsPanel />)
    const fact = uk.facts.find((f) => f.claimant === 'The Times')!
    const figures = within(
      (await screen.findByRole('heading', { name: 'Reported figures' })).nextElementSibling as HTMLElement,
    )
    const item = (await figures.findByText(fact.source.quote)).closest('li')!
    const link = within(item).getByRole('link', { name: /International response > United Kingdom/ })
    expect(link.getAttribute('href')).toMatch(
      new RegExp(`^${ARTICLE_URL.replace(/[()]/g, '\\$&')}#United_Kingdom:~:text=`),
    )
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
    await user.click(within(item).getByRole('button', { name: /^Cite the figure/ }))
    const text = within(screen.getByRole('dialog')).getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Plain text',
    }).value
    expect(text).toContain(`Section “${UK_SECTION}”: “${fact.source.quote}”`)
    expect(text.match(/^Section /gm)).toHaveLength(1)
  })

  it('shows who claimed a figure, and "claimant not stated" where the source does not say', async () => {
    renderWithData(<DetailsPanel />)
    const figures = within(
      (await screen.findByRole('heading', { name: 'Reported figures' })).nextElementSibling as HTMLElement,
    )
    expect(figures.getAllByText(/claimed by The Times/).length).toBeGreaterThan(0)
    expect(figures.getAllByText(/claimant not stated/).length).toBeGreaterThan(0)
    expect(figures.queryByText(/claimed by unknown/)).toBeNull()
  })

  it('has a Cite action on a unit and on an event too', async () => {
    const user = userEvent.setup()
    const unit = atlas.unit('pahonia-regiment')!
    useAppStore.setState({ country: null, unit: unit.id })
    const { unmount } = renderWithData(<DetailsPanel />)
    await user.click(await citeButton(`Cite ${unit.name}`))
    expect(screen.getByRole('dialog', { name: `Cite ${unit.name}` })).toHaveTextContent(
      unit.sources[0]!.quote,
    )
    unmount()
    const event = atlas.events.find((e) => e.sources.length > 0)!
    useAppStore.setState({ unit: null, event: event.id })
    renderWithData(<DetailsPanel />)
    await user.click(await citeButton('Cite this event'))
    expect(screen.getByRole('dialog', { name: `Cite ${event.title}` })).toHaveTextContent(
      event.sources[0]!.quote,
    )
  })
})
