import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AppHeader } from '../src/app/AppHeader'
import type { LegionEvent } from '../src/data/schema'
import { periodEnd } from '../src/lib/dates'
import { TimelineView } from '../src/features/timeline/TimelineView'
import { countProfilerRenders } from '../src/lib/render-probe'
import { useAppStore } from '../src/store/app-store'
import { repoFile } from './helpers/fake-fetch'
import { renderWithData } from './helpers/render-app'

afterEach(() => vi.unstubAllGlobals())

async function renderTimeline() {
  renderWithData(
    <>
      <AppHeader />
      <TimelineView />
    </>,
  )
  return screen.findByRole('slider', { name: 'As of date' })
}

describe('the timeline', () => {
  it('is a slider named "As of date" whose value text is the date in words', async () => {
    useAppStore.setState({ asOf: '2022-03-07' })
    const slider = await renderTimeline()
    expect(slider).toHaveAttribute('aria-valuetext', '7 March 2022')
  })

  it('moves the as-of date a day with the arrows, a month with Shift, a year with PageUp', async () => {
    useAppStore.setState({ asOf: '2022-03-07' })
    const slider = await renderTimeline()
    const user = userEvent.setup()
    slider.focus()
    await user.keyboard('{ArrowRight}')
    expect(useAppStore.getState().asOf).toBe('2022-03-08')
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}')
    expect(useAppStore.getState().asOf).toBe('2022-04-08')
    await user.keyboard('{PageUp}')
    expect(useAppStore.getState().asOf).toBe('2023-04-08')
    expect(screen.getByTestId('header-as-of')).toHaveTextContent('8 April 2023')
    await user.keyboard('{Home}')
    expect(useAppStore.getState().asOf).toBe('2014-01-01')
  })

  it('accepts a typed date, and says why an invalid one is refused without changing anything', async () => {
    useAppStore.setState({ asOf: '2022-03-07' })
    await renderTimeline()
    const user = userEvent.setup()
    const field = screen.getByLabelText('Go to date')
    await user.type(field, '2022-02-30{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent('YYYY-MM-DD')
    expect(useAppStore.getState().asOf).toBe('2022-03-07')
    await user.clear(field)
    await user.type(field, '2023-06-01{Enter}')
    expect(useAppStore.getState().asOf).toBe('2023-06-01')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('does not render the event marks when the as-of date moves', async () => {
    useAppStore.setState({ asOf: '2022-03-07' })
    const slider = await renderTimeline()
    const probe = countProfilerRenders()
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    fireEvent.keyDown(slider, { key: 'ArrowRight', shiftKey: true })
    expect(useAppStore.getState().asOf).toBe('2022-04-08')
    expect(probe.counts.get('event-marks') ?? 0).toBe(0)
    // The probe does see the marks render when they have to (a kind is filtered out).
    fireEvent.click(screen.getByRole('checkbox', { name: /Death/ }))
    probe.stop()
    expect(probe.counts.get('event-marks')).toBeGreaterThan(0)
  })

  it('selects an event on click and moves the as-of date to the end of its period', async () => {
    useAppStore.setState({ asOf: '2025-01-01' })
    await renderTimeline()
    const events = JSON.parse(repoFile('data/events.json')) as LegionEvent[]
    const marks = within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem')
    const singles = marks.filter((m) => !/^\d+ events/.test(m.getAttribute('aria-label')!))
    for (const mark of [singles[0]!, singles[singles.length - 1]!]) {
      await act(async () => fireEvent.click(mark))
      const { event, asOf } = useAppStore.getState()
      const chosen = events.find((e) => e.id === event)!
      expect(mark.getAttribute('aria-label')).toContain(chosen.title)
      expect(asOf).toBe(periodEnd(chosen.date!))
    }
  })

  it('filters events by kind', async () => {
    await renderTimeline()
    const user = userEvent.setup()
    const before = within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem').length
    await user.click(screen.getByRole('checkbox', { name: /Death/ }))
    const after = within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem').length
    expect(after).toBeLessThan(before)
    expect(screen.getByText(/of \d+ dated events shown/)).toBeInTheDocument()
  })
})
