/**
 * The time bar as a user meets it: the "As of date" slider and its keys, the track, previous and
 * next event, the typed date, the speed, Play with a fake clock, and reduced motion.
 */
import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TimeBar } from '../src/features/timebar/TimeBar'
import { addDays, formatIsoDate, todayIso } from '../src/lib/dates'
import { LEGION_CREATED } from '../src/model/legion'
import { changeDates, eventDates, playStops } from '../src/model/play-schedule'
import { useAppStore } from '../src/store/app-store'
import { atlas, events } from './helpers/atlas'
import { renderWithData } from './helpers/render-app'

const asOf = () => useAppStore.getState().asOf
const FIRST_DAY = '2014-01-01'
const today = todayIso()

/** jsdom has no PointerEvent; a MouseEvent carries clientX and button like one. */
class FakePointerEvent extends MouseEvent {
  pointerId = 1
}

beforeEach(() => vi.stubGlobal('PointerEvent', FakePointerEvent))
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

async function renderBar() {
  renderWithData(<TimeBar />)
  const slider = await screen.findByRole('slider', { name: 'As of date' })
  return { slider, bar: screen.getByRole('region', { name: 'Time bar' }) }
}

/** Switches to a fake clock once the data has loaded (loading waits on real timers). */
function fakeClock() {
  vi.useFakeTimers()
}
const advance = (ms: number) => act(() => vi.advanceTimersByTime(ms))

function mockReducedMotion(reduce: boolean) {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: reduce && query === '(prefers-reduced-motion: reduce)',
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  }))
}

describe('the "As of date" slider', () => {
  it('says the date in words and keeps the keyboard model: a day, a month with Shift, a year, the ends', async () => {
    useAppStore.setState({ asOf: '2022-03-07' })
    const { slider } = await renderBar()
    expect(slider).toHaveAttribute('aria-valuetext', '7 March 2022')
    const user = userEvent.setup()
    slider.focus()
    await user.keyboard('{ArrowRight}')
    expect(asOf()).toBe('2022-03-08')
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(asOf()).toBe('2022-03-06')
    await user.keyboard('{Shift>}{ArrowRight}{/Shift}')
    expect(asOf()).toBe('2022-04-06')
    await user.keyboard('{PageUp}')
    expect(asOf()).toBe('2023-04-06')
    await user.keyboard('{PageDown}{PageDown}')
    expect(asOf()).toBe('2021-04-06')
    await user.keyboard('{Home}')
    expect(asOf()).toBe(FIRST_DAY)
    expect(slider).toHaveAttribute('aria-valuenow', '0')
    await user.keyboard('{End}')
    expect(asOf()).toBe(today)
    expect(slider).toHaveAttribute('aria-valuetext', formatIsoDate(today))
    // The readout beside Play says the same date.
    expect(screen.getByText(formatIsoDate(today))).toBeInTheDocument()
  })

  it('sets the date where the track is clicked, and follows a drag', async () => {
    useAppStore.setState({ asOf: '2022-03-07' })
    const { slider } = await renderBar()
    const track = slider.parentElement!
    // The track is 1000 px wide in jsdom (tests/setup.ts): its left end is the first day.
    fireEvent.pointerDown(track, { clientX: 0, button: 0 })
    expect(asOf()).toBe(FIRST_DAY)
    expect(slider).toHaveFocus()
    fireEvent.pointerMove(track, { clientX: 500 })
    const middle = asOf()!
    expect(middle > '2019-01-01' && middle < '2021-01-01').toBe(true)
    fireEvent.pointerMove(track, { clientX: 1000 })
    expect(asOf()).toBe(today)
    fireEvent.pointerUp(track)
    fireEvent.pointerMove(track, { clientX: 0 })
    expect(asOf()).toBe(today)
  })
})

describe('previous and next event', () => {
  it('move to the nearest event date, by button and by key, and select nothing', async () => {
    useAppStore.setState({ asOf: '2022-03-12' })
    const { slider } = await renderBar()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Next event' }))
    expect(asOf()).toBe('2022-03-13')
    await user.click(screen.getByRole('button', { name: 'Previous event' }))
    expect(asOf()).toBe('2022-03-11')
    slider.focus()
    await user.keyboard('..')
    expect(asOf()).toBe('2022-03-15')
    await user.keyboard(',')
    expect(asOf()).toBe('2022-03-13')
    await user.keyboard(']')
    expect(asOf()).toBe('2022-03-15')
    await user.keyboard('[[')
    expect(asOf()).toBe('2022-03-13')
    const { event, country, unit } = useAppStore.getState()
    expect([event, country, unit]).toEqual([null, null, null])
  })

  it('are inert at the first and the last event', async () => {
    const dates = eventDates(events)
    useAppStore.setState({ asOf: dates[0] })
    await renderBar()
    const previous = screen.getByRole('button', { name: 'Previous event' })
    expect(previous).toHaveAttribute('aria-disabled', 'true')
    fireEvent.click(previous)
    expect(asOf()).toBe(dates[0])
    act(() => useAppStore.setState({ asOf: dates.at(-1)! }))
    expect(screen.getByRole('button', { name: 'Next event' })).toHaveAttribute('aria-disabled', 'true')
  })

  it('leave the keys to a text field', async () => {
    useAppStore.setState({ asOf: '2022-03-12' })
    await renderBar()
    const user = userEvent.setup()
    await user.type(screen.getByLabelText('Go to date'), '2022.03')
    expect(asOf()).toBe('2022-03-12')
  })
})

describe('the typed date', () => {
  it('goes to a valid date and says why an invalid one is refused, changing nothing', async () => {
    useAppStore.setState({ asOf: '2022-03-07' })
    await renderBar()
    const user = userEvent.setup()
    const field = screen.getByLabelText('Go to date')
    await user.type(field, '7 March 2022{Enter}')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Write the date as YYYY-MM-DD, for example 2022-03-07.',
    )
    expect(field).toHaveAttribute('aria-invalid', 'true')
    expect(field).toHaveAccessibleDescription(/YYYY-MM-DD/)
    expect(asOf()).toBe('2022-03-07')
    await user.clear(field)
    await user.type(field, '2022-02-30{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent(
      'There is no such day: February 2022 has days 01 to 28.',
    )
    await user.clear(field)
    await user.type(field, '2022-13-01{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent('There is no such day: there is no month 13')
    expect(asOf()).toBe('2022-03-07')
    await user.clear(field)
    await user.type(field, '2010-05-01{Enter}')
    expect(screen.getByRole('alert')).toHaveTextContent(
      `Choose a date from 1 January 2014 to ${formatIsoDate(today)}.`,
    )
    expect(asOf()).toBe('2022-03-07')
    await user.clear(field)
    await user.type(field, '2023-06-01')
    await user.click(screen.getByRole('button', { name: 'Go' }))
    expect(asOf()).toBe('2023-06-01')
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('opens from "Go to date" (the phone layout), takes focus, and Escape gives it back', async () => {
    await renderBar()
    const user = userEvent.setup()
    const toggle = screen.getByRole('button', { name: 'Go to date' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByLabelText('Go to date')).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(toggle).toHaveFocus()
  })
})

describe('Play', () => {
  it("starts at the Legion's creation, reaches the first stance change within 5 s, and Pause stops it", async () => {
    await renderBar()
    fakeClock()
    fireEvent.click(screen.getByRole('button', { name: 'Play' }))
    expect(asOf()).toBe(LEGION_CREATED)
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument()
    await advance(5000)
    // Australia, Czechia and Moldova's statements are dated 28 February 2022.
    expect(asOf()! >= '2022-02-28').toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }))
    const paused = asOf()
    await advance(3000)
    expect(asOf()).toBe(paused)
    // Play again goes on from where it paused.
    fireEvent.click(screen.getByRole('button', { name: 'Play' }))
    expect(asOf()).toBe(paused)
    await advance(2000)
    expect(asOf()! > paused!).toBe(true)
  })

  it('runs faster at a higher speed', async () => {
    const { bar } = await renderBar()
    fakeClock()
    const play = () => fireEvent.click(within(bar).getByRole('button', { name: /^(Play|Pause)$/ }))
    play()
    await advance(3000)
    const atOne = asOf()!
    play()
    act(() => useAppStore.setState({ asOf: null }))
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '4' } })
    play()
    await advance(3000)
    expect(asOf()! > addDays(atOne, 14)).toBe(true)
  })

  it('stops at the end of the range', async () => {
    useAppStore.setState({ asOf: '2025-06-01' })
    await renderBar()
    fakeClock()
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '4' } })
    fireEvent.click(screen.getByRole('button', { name: 'Play' }))
    await advance(60_000)
    expect(asOf()).toBe(today)
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument()
  })

  it('pauses as soon as the user chooses a date', async () => {
    const { slider } = await renderBar()
    fakeClock()
    fireEvent.click(screen.getByRole('button', { name: 'Play' }))
    await advance(2000)
    fireEvent.keyDown(slider, { key: 'ArrowRight' })
    const chosen = asOf()
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument()
    await advance(3000)
    expect(asOf()).toBe(chosen)
  })

  it('with reduced motion, steps from stop to stop and shows no day in between', async () => {
    const stopDates = new Set(playStops(events, changeDates(atlas)).map((s) => s.date))
    for (const reduce of [true, false]) {
      mockReducedMotion(reduce)
      useAppStore.setState({ asOf: '2022-03-13' })
      const { unmount } = renderWithData(<TimeBar />)
      await screen.findByRole('slider', { name: 'As of date' })
      fakeClock()
      const seen: string[] = []
      const stop = useAppStore.subscribe((s) => seen.push(s.asOf!))
      fireEvent.click(screen.getByRole('button', { name: 'Play' }))
      // 13 to 25 March 2022: stops on the 13th, 15th, 16th, 18th, 21st, 22nd, 23rd and 25th.
      for (let t = 0; t < 6000; t += 16) await advance(16)
      stop()
      expect(seen.length).toBeGreaterThan(4)
      const between = seen.filter((d) => !stopDates.has(d))
      if (reduce) expect(between).toEqual([])
      else expect(between.length).toBeGreaterThan(0)
      unmount()
      vi.useRealTimers()
    }
  })
})

describe('the time bar', () => {
  it('draws where events fall as a strip hidden from assistive technology, and says it in words', async () => {
    const { bar } = await renderBar()
    const strip = bar.querySelector('svg.event-strip')!
    expect(strip).toHaveAttribute('aria-hidden', 'true')
    expect(strip.querySelectorAll('.event-strip__bar').length).toBeGreaterThan(10)
    expect(within(bar).getByText(/^Dated events per year: 2014, \d+; .*2022, \d+/)).toBeInTheDocument()
  })

  it('says it is loading, and when the events cannot be loaded says so with a Retry', async () => {
    renderWithData(<TimeBar />, { 'data/events.json': { status: 404 } })
    expect(screen.getByRole('status')).toHaveTextContent('Loading the time bar')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This view could not load its data.')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    expect(screen.queryByRole('slider')).toBeNull()
  })
})
