import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { LegionEvent } from '../src/data/schema'
import { formatSourceDate, periodEnd } from '../src/lib/dates'
import { EVENT_KIND_LABEL } from '../src/model/vocabulary'
import { TimelineView } from '../src/features/timeline/TimelineView'
import { countProfilerRenders } from '../src/lib/render-probe'
import { useAppStore } from '../src/store/app-store'
import { repoFile } from './helpers/fake-fetch'
import { renderWithData } from './helpers/render-app'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const events = JSON.parse(repoFile('data/events.json')) as LegionEvent[]

/** The box every element reports (jsdom does no layout): the pane the timeline is given. */
function paneOf(width: number, height: number) {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
    x: 0,
    y: 0,
    top: 0,
    left: 0,
    right: width,
    bottom: height,
    width,
    height,
    toJSON: () => ({}),
  } as DOMRect)
}

async function renderTimeline() {
  renderWithData(<TimelineView />)
  return screen.findByRole('list', { name: 'Events' })
}

/** A press of a pointer of a type (jsdom has no PointerEvent to carry it). */
function press(pointerType: 'mouse' | 'touch') {
  const event = new Event('pointerdown', { bubbles: true })
  Object.defineProperty(event, 'pointerType', { value: pointerType })
  act(() => void document.body.dispatchEvent(event))
}

const marks = () => within(screen.getByRole('list', { name: 'Events' })).getAllByRole('listitem')

describe('the timeline', () => {
  it('opens on the Legion period: a window from February 2022 to the last event', async () => {
    await renderTimeline()
    const window = screen.getByRole('slider', { name: 'Timeline window' })
    expect(window).toHaveAttribute('aria-valuetext', '1 February 2022 to 31 December 2025')
    expect(screen.getByRole('group', { name: /^Timeline of events/ })).toHaveAccessibleName(
      'Timeline of events, 1 February 2022 to 31 December 2025',
    )
    expect(screen.getByRole('button', { name: 'Legion period' })).toHaveAttribute('aria-pressed', 'true')
    // Nothing from 2014 is drawn in the lanes: it is left to the overview.
    expect(marks().length).toBeGreaterThan(20)
    for (const mark of marks()) expect(mark.getAttribute('aria-label')).toMatch(/202[2-5]/)
  })

  it('has no "As of date" slider, Play button or typed date: the time bar holds those', async () => {
    await renderTimeline()
    expect(screen.queryByRole('slider', { name: 'As of date' })).toBeNull()
    expect(screen.queryByRole('button', { name: /^(Play|Pause)$/ })).toBeNull()
    expect(screen.queryByLabelText('Go to date')).toBeNull()
  })

  it('moves the window with the arrows, zooms with + and −, and keeps the choice in the store', async () => {
    await renderTimeline()
    const window = screen.getByRole('slider', { name: 'Timeline window' })
    const user = userEvent.setup()
    window.focus()
    await user.keyboard('{ArrowLeft}')
    const moved = useAppStore.getState().timelineWindow!
    expect(moved[0] < '2022-02-01').toBe(true)
    expect(window).toHaveAttribute('aria-valuetext', expect.stringMatching(/ to /))
    await user.keyboard('+')
    const zoomed = useAppStore.getState().timelineWindow!
    expect(Date.parse(zoomed[1]) - Date.parse(zoomed[0])).toBeLessThan(
      Date.parse(moved[1]) - Date.parse(moved[0]),
    )
    await user.keyboard('{Home}')
    expect(useAppStore.getState().timelineWindow![0]).toBe('2014-01-01')
    await user.click(screen.getByRole('button', { name: 'Legion period' }))
    expect(useAppStore.getState().timelineWindow).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Show all' }))
    expect(screen.getByRole('group', { name: /^Timeline of events/ })).toHaveAccessibleName(
      /^Timeline of events, 1 January 2014 to /,
    )
  })

  it('opens on a window from the link, and compresses the empty years when it spans them', async () => {
    useAppStore.setState({ timelineWindow: ['2014-01-01', '2025-12-31'] })
    await renderTimeline()
    expect(screen.getByRole('slider', { name: 'Timeline window' })).toHaveAttribute(
      'aria-valuetext',
      '1 January 2014 to 31 December 2025',
    )
    expect(marks().some((m) => /2014/.test(m.getAttribute('aria-label')!))).toBe(true)
    expect(document.querySelectorAll('.timeline__break')).toHaveLength(1)
  })

  it('labels every lane, above it, in a phone-sized pane', async () => {
    paneOf(390, 550)
    await renderTimeline()
    const chart = screen.getByRole('group', { name: /^Timeline of events/ })
    for (const name of ['Units', 'Policy and law', 'Recruitment', 'Figures', 'Fighting', 'Deaths', 'Other'])
      expect(within(chart).getByText(name)).toHaveClass('lane__label--above')
    // The axis names more than the years: months between them.
    expect(screen.getAllByText('Jul').length).toBeGreaterThanOrEqual(3)
  })

  it('words its hint for the input in use: mouse, touch or keyboard', async () => {
    await renderTimeline()
    const hint = () => document.querySelector('.timeline__hint')!.textContent!
    expect(hint()).toMatch(/Ctrl \+ wheel/)
    press('touch')
    expect(hint()).toMatch(/^Drag .*Tap a number/)
    expect(hint()).not.toMatch(/Ctrl|wheel|Click/)
    fireEvent.keyDown(document.body, { key: 'Tab' })
    expect(hint()).toMatch(/← → pan, \+ − zoom/)
    press('mouse')
    expect(hint()).toMatch(/Ctrl \+ wheel/)
  })

  it('says "tap" from the start on a touch screen', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: /coarse|hover: none/.test(query),
      media: query,
    }))
    await renderTimeline()
    expect(document.querySelector('.timeline__hint')).toHaveTextContent(/Tap a number/)
    expect(document.querySelector('.timeline__hint')).not.toHaveTextContent(/Ctrl/)
  })

  it('does not render the event marks when the as-of date moves', async () => {
    useAppStore.setState({ asOf: '2022-03-07' })
    await renderTimeline()
    const probe = countProfilerRenders()
    act(() => useAppStore.getState().setAsOf('2022-03-08'))
    act(() => useAppStore.getState().setAsOf('2023-04-08'))
    expect(probe.counts.get('event-marks') ?? 0).toBe(0)
    // The probe does see the marks render when they have to (a kind is filtered out).
    fireEvent.click(screen.getByText(/^Kinds/))
    fireEvent.click(screen.getByRole('checkbox', { name: /Death/ }))
    probe.stop()
    expect(probe.counts.get('event-marks')).toBeGreaterThan(0)
  })

  it('selects an event on click and moves the as-of date to the end of its period', async () => {
    useAppStore.setState({ asOf: '2025-01-01' })
    await renderTimeline()
    const singles = marks().filter((m) => !/^\d+ events/.test(m.getAttribute('aria-label')!))
    for (const mark of [singles[0]!, singles[singles.length - 1]!]) {
      await act(async () => fireEvent.click(mark))
      const { event, asOf } = useAppStore.getState()
      const chosen = events.find((e) => e.id === event)!
      // A single mark's key is its event's id; its title comes with the full file
      // (tests/event-titles.test.tsx), its date and kind at once.
      expect(mark.getAttribute('data-mark')).toBe(chosen.id)
      expect(
        mark
          .getAttribute('aria-label')!
          .startsWith(`${formatSourceDate(chosen.date!)}, ${EVENT_KIND_LABEL[chosen.kind]}: title loading…`),
      ).toBe(true)
      expect(asOf).toBe(periodEnd(chosen.date!))
    }
  })

  it('zooms into a cluster it can split, and lists the events of one it cannot', async () => {
    await renderTimeline()
    const user = userEvent.setup()
    // Events on different days of March 2022, in one mark at the opening scale.
    const cluster = marks().find((m) =>
      /^\d+ events, \d+ March 2022 to \d+ March 2022/.test(m.getAttribute('aria-label')!),
    )!
    await user.click(cluster)
    expect(useAppStore.getState().timelineWindow).not.toBeNull()
    // Three units formed on the day the Legion was created: one day, so no zoom tells them apart.
    act(() => useAppStore.setState({ timelineWindow: ['2022-02-20', '2022-03-11'] }))
    const sameDay = marks().find((m) =>
      m.getAttribute('aria-label')!.startsWith('3 events, 27 February 2022:'),
    )!
    await user.click(sameDay)
    const list = screen.getByRole('dialog', { name: '3 events, 27 February 2022' })
    const choices = within(list)
      .getAllByRole('button')
      .filter((b) => b.textContent !== 'Close')
    expect(choices).toHaveLength(3)
    expect(choices[0]).toHaveFocus()
    await user.click(choices[1]!)
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(events.find((e) => e.id === useAppStore.getState().event)!.date).toEqual({
      date: '2022-02-27',
      precision: 'day',
    })
  })

  it("highlights a selected country's events and dims the others", async () => {
    await renderTimeline()
    act(() => useAppStore.getState().selectCountry('GBR'))
    const lit = marks().filter((m) => m.classList.contains('is-highlighted'))
    expect(lit.length).toBeGreaterThan(0)
    expect(marks().filter((m) => m.classList.contains('is-dimmed')).length).toBeGreaterThan(lit.length)
  })

  it('filters events by kind', async () => {
    await renderTimeline()
    const user = userEvent.setup()
    const before = marks().length
    await user.click(screen.getByText(/^Kinds/))
    await user.click(screen.getByRole('checkbox', { name: /Death/ }))
    expect(marks().length).toBeLessThan(before)
    expect(screen.getByText(/of \d+ dated events shown/)).toBeInTheDocument()
    expect(screen.getByText(/^Kinds/)).toHaveTextContent('Kinds (10 of 11)')
  })
})
