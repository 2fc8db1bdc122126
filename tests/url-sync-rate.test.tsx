/**
 * A scrub or Play changes the date many times a second; the address follows it at most every 200 ms,
 * when the page is idle, its last change always written (browsers ignore a page that rewrites its
 * address more than about ten times a second). A change to anything but the date (a selection, the
 * timeline window) is written at once.
 */
import { act, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { UrlSync } from '../src/app/UrlSync'
import { useAppStore } from '../src/store/app-store'
import { renderWithData } from './helpers/render-app'

afterEach(() => {
  vi.restoreAllMocks()
  window.history.replaceState(null, '', '/')
})

describe('the address during a scrub', () => {
  it('is written once the dates stop changing, with the last, and never inside a step', async () => {
    renderWithData(<UrlSync />)
    const replace = vi.spyOn(window.history, 'replaceState')
    const push = vi.spyOn(window.history, 'pushState')
    act(() => {
      for (let day = 1; day <= 20; day++)
        useAppStore.getState().setAsOf(`2023-03-${String(day).padStart(2, '0')}`)
    })
    expect(replace).not.toHaveBeenCalled()
    await waitFor(() => expect(replace).toHaveBeenCalledTimes(1))
    expect(window.location.search).toContain('date=2023-03-20')
    // Dates that keep coming are written at most every 200 ms.
    act(() => useAppStore.getState().setAsOf('2023-04-01'))
    act(() => useAppStore.getState().setAsOf('2023-04-02'))
    expect(replace).toHaveBeenCalledTimes(1)
    await waitFor(() => expect(replace).toHaveBeenCalledTimes(2))
    expect(window.location.search).toContain('date=2023-04-02')
    expect(push).not.toHaveBeenCalled()
  })

  it('writes a selection at once, as its own entry, with the date the scrub reached', async () => {
    renderWithData(<UrlSync />)
    const replace = vi.spyOn(window.history, 'replaceState')
    const push = vi.spyOn(window.history, 'pushState')
    act(() => {
      useAppStore.getState().setAsOf('2024-01-04')
      useAppStore.getState().setAsOf('2024-01-05')
      useAppStore.getState().selectCountry('POL')
    })
    expect(replace).not.toHaveBeenCalled()
    expect(push).toHaveBeenCalledTimes(1)
    expect(window.location.search).toContain('country=POL')
    expect(window.location.search).toContain('date=2024-01-05')
    // The pending write is dropped: the entry already holds the date.
    await new Promise((r) => setTimeout(r, 300))
    expect(replace).not.toHaveBeenCalled()
  })
})
