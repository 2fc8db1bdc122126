import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../src/app/App'
import { AppProviders, createQueryClient } from '../src/app/AppProviders'
import { useAppStore } from '../src/store/app-store'
import { installFakeFetch } from './helpers/fake-fetch'

/** A matchMedia that answers the layout's queries as a screen of this size would. */
function fakeScreen(width: number, height: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const max = /max-width:\s*([\d.]+)px/.exec(query)
    const minH = /min-height:\s*([\d.]+)px/.exec(query)
    const matches = max ? width <= Number(max[1]) : minH ? height >= Number(minH[1]) : false
    return { matches, media: query, addEventListener() {}, removeEventListener() {} }
  })
}

function renderApp() {
  installFakeFetch()
  return render(
    <AppProviders client={createQueryClient()}>
      <App />
    </AppProviders>,
  )
}

afterEach(() => {
  vi.unstubAllGlobals()
  // The app writes its choices into the URL; the next test starts from a plain one.
  window.history.replaceState(null, '', '/')
})

describe('the laptop layout', () => {
  it('shows the map and the org chart together, and opens the lower pane on a tall screen', () => {
    fakeScreen(1440, 900)
    renderApp()
    expect(screen.getByRole('region', { name: 'Map' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Org chart' })).toBeInTheDocument()
    const tabs = screen.getByRole('tablist', { name: 'Detailed views' })
    expect(within(tabs).getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('tabpanel', { name: 'Timeline' })).toBeInTheDocument()
  })

  it('keeps the lower pane closed on a short screen until the user opens a tab', async () => {
    fakeScreen(1280, 720)
    renderApp()
    expect(screen.queryByRole('tabpanel')).toBeNull()
    await userEvent.click(screen.getByRole('tab', { name: 'Table' }))
    expect(screen.getByRole('tabpanel', { name: 'Table' })).toBeInTheDocument()
    expect(useAppStore.getState().lowerPane).toBe('table')
    // The arrow keys move between the tabs and open the one they reach.
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Table' }), { key: 'ArrowLeft' })
    expect(screen.getByRole('tab', { name: 'Timeline' })).toHaveFocus()
    expect(useAppStore.getState().lowerPane).toBe('timeline')
    await userEvent.click(screen.getByRole('button', { name: /Hide/ }))
    expect(screen.queryByRole('tabpanel')).toBeNull()
    expect(useAppStore.getState().lowerPane).toBe('closed')
  })

  it('opens the details beside the views without removing them', () => {
    fakeScreen(1440, 900)
    renderApp()
    act(() => useAppStore.getState().selectCountry('POL'))
    expect(screen.getByRole('complementary', { name: 'Details' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Map' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Org chart' })).toBeInTheDocument()
  })
})

describe('the phone layout', () => {
  it('shows one view at a time, switched by a tab bar that follows the tabs pattern', async () => {
    fakeScreen(390, 844)
    renderApp()
    const bar = screen.getByRole('tablist', { name: 'Views' })
    const tabs = within(bar).getAllByRole('tab')
    expect(tabs.map((t) => t.textContent)).toEqual(['Map', 'Timeline', 'Org chart', 'Table'])
    expect(screen.getByRole('tabpanel', { name: 'Map' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Org chart' })).toBeNull()
    // Only the chosen tab is in the tab order.
    expect(tabs.map((t) => t.tabIndex)).toEqual([0, -1, -1, -1])
    await userEvent.click(within(bar).getByRole('tab', { name: 'Org chart' }))
    expect(screen.getByRole('tabpanel', { name: 'Org chart' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Map' })).toBeNull()
    fireEvent.keyDown(within(bar).getByRole('tab', { name: 'Org chart' }), { key: 'End' })
    expect(within(bar).getByRole('tab', { name: 'Table' })).toHaveFocus()
    expect(useAppStore.getState().phoneView).toBe('table')
  })

  it('opens the details as a bottom sheet that can be expanded and returns focus when closed', async () => {
    fakeScreen(390, 844)
    renderApp()
    const opener = within(screen.getByRole('tablist', { name: 'Views' })).getByRole('tab', { name: 'Map' })
    opener.focus()
    act(() => useAppStore.getState().selectCountry('POL'))
    const sheet = screen.getByRole('complementary', { name: 'Details' })
    const handle = within(sheet).getByRole('button', { name: 'Expand details' })
    expect(handle).toHaveAttribute('aria-expanded', 'false')
    await userEvent.click(handle)
    expect(within(sheet).getByRole('button', { name: 'Shrink details' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    // The details' own content loads in its chunk.
    await userEvent.click(await within(sheet).findByRole('button', { name: /Close/ }))
    expect(screen.queryByRole('complementary', { name: 'Details' })).toBeNull()
    expect(opener).toHaveFocus()
  })
})
