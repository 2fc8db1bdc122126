import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { AppProviders, createQueryClient } from '../src/app/AppProviders'
import { loadZoomKit } from '../src/components/use-zoom-kit'
import { OrgChartView } from '../src/features/orgchart/OrgChartView'
import { countProfilerRenders } from '../src/lib/render-probe'
import { useAppStore } from '../src/store/app-store'
import { installFakeFetch, type FileOverride } from './helpers/fake-fetch'

// The chart as it is after the user's first input, with d3-zoom loaded (tests/zoom-kit.test.tsx
// covers it before).
beforeAll(() => loadZoomKit())

function renderChart(overrides: Record<string, FileOverride> = {}) {
  installFakeFetch(overrides)
  const user = userEvent.setup()
  render(
    <AppProviders client={createQueryClient()}>
      <OrgChartView />
    </AppProviders>,
  )
  return user
}

/** The tree item whose accessible name begins with the unit's name. */
const item = (name: string) => screen.getByRole('treeitem', { name: new RegExp(`^${escape(name)}(,|$)`) })
const queryItem = (name: string) =>
  screen.queryByRole('treeitem', { name: new RegExp(`^${escape(name)}(,|$)`) })
const idOf = (name: string) => item(name).getAttribute('data-node-id')!
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const count = () => screen.getByText(/^\d+ of \d+ units match$/).textContent
/** Opens the filters below the toolbar (they stay closed, leaving the chart its room, until asked). */
const openFilters = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: /^Filters/ }))

/** The chart's transform and a card's box in the window's pixels. */
function onScreen(name: string) {
  const content = document.querySelector<HTMLElement>('.org-viewport__content')!
  const [, x, y, k] = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([\d.e]+)\)/
    .exec(content.style.transform)!
    .map(Number)
  const card = item(name)
  const [left, top, width, height] = ['left', 'top', 'width', 'height'].map((p) =>
    parseFloat(card.style.getPropertyValue(p)),
  )
  return {
    k: k!,
    left: x! + left! * k!,
    top: y! + top! * k!,
    right: x! + (left! + width!) * k!,
    bottom: y! + (top! + height!) * k!,
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('the org chart', () => {
  it('shows the chain of command with the Armed Forces at the root and the unplaced units apart', async () => {
    renderChart()
    const chain = await screen.findByRole('tree', { name: 'Chain of command' })
    const first = within(chain).getAllByRole('treeitem')[0]!
    expect(first).toHaveAccessibleName(/^Ukrainian Armed Forces/)
    expect(first).toHaveAttribute('aria-level', '1')
    expect(first).toHaveAttribute('aria-expanded', 'true')
    expect(item('International Legion for the Defence of Ukraine')).toHaveAttribute('aria-level', '3')
    expect(item('Affiliated units')).toHaveAccessibleName('Affiliated units, not part of the Legion proper')
    expect(item('Norman Brigade')).toHaveAccessibleName(/not part of the Legion proper/)
    expect(screen.getByRole('heading', { name: 'Other units named in the source' })).toBeInTheDocument()
    const other = screen.getByRole('tree', { name: 'Other units named in the source' })
    expect(within(other).getAllByRole('treeitem')).toHaveLength(6)
    expect(within(chain).queryByRole('treeitem', { name: /^LSSG/ })).toBeNull()
    expect(count()).toBe('37 of 37 units match')
  })

  it('names nationalities, never codes, and says status and formation date on the card and in full in its name', async () => {
    renderChart()
    act(() => useAppStore.getState().setAsOf('2024-01-01'))
    await screen.findByRole('tree', { name: 'Chain of command' })
    await vi.waitFor(() => expect(item('3rd Battalion')).toHaveTextContent('South Korea, Turkey'))
    expect(item('3rd Battalion')).not.toHaveTextContent(/KOR|TUR/)
    expect(item('3rd Battalion')).toHaveTextContent('disbandment planned, 31 December 2025 (not confirmed)')
    expect(item('3rd Battalion')).toHaveAccessibleName(
      /South Korea, Turkey, to be disbanded on 31 December 2025 \(announced; the source does not confirm it happened\), formed 27 February 2022/,
    )
    const other = screen.getByRole('tree', { name: 'Other units named in the source' })
    const azov = within(other).getByRole('treeitem', { name: /^Azov Battalion/ })
    expect(azov).toHaveTextContent('Croatia')
    expect(azov).not.toHaveTextContent('HRV')
    expect(item('Pahonia Regiment')).toHaveTextContent('disbanded 1 July 2023')
    expect(item('Pahonia Regiment')).toHaveAccessibleName(/formation date not stated/)
    expect(item('Dzhokhar Dudayev Battalion')).toHaveTextContent('Chechens')
    const lost = item('Chechen battalion honouring Khamzat Gelayev')
    expect(within(lost).getByText('name lost in source')).toBeInTheDocument()
  })

  it('draws each status with its own mark, explained by the key, a planned disbandment not greyed out', async () => {
    renderChart()
    act(() => useAppStore.getState().setAsOf('2026-01-15'))
    await screen.findByRole('tree', { name: 'Chain of command' })
    const key = screen.getByRole('list', { name: 'Key to the org chart' })
    const entries = within(key)
      .getAllByRole('listitem')
      .map((li) => li.textContent)
    expect(entries).toEqual([
      '●active',
      '◌formation date not stated',
      '◐disbandment planned, not confirmed',
      '✕disbanded',
      '⇢merged into another unit',
      '⚠conflicting claims',
    ])
    const mark = (name: string) => item(name).querySelector('.org-node__mark')?.textContent
    expect(mark('Russian Volunteer Corps')).toBe('●')
    expect(mark('Black Bridge')).toBe('◌')
    expect(mark('1st Battalion')).toBe('◐')
    expect(mark('Pahonia Regiment')).toBe('✕')
    expect(item('1st Battalion')).toHaveClass('is-disbandment-planned')
    expect(item('1st Battalion')).not.toHaveClass('is-disbanded')
    expect(item('Pahonia Regiment')).toHaveClass('is-disbanded')
  })

  it('changes what is shown and the count when the filters change', async () => {
    const user = renderChart()
    await screen.findByRole('tree', { name: 'Chain of command' })
    await openFilters(user)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Nationality' }), 'BLR')
    expect(useAppStore.getState().nationality).toBe('BLR')
    expect(count()).toBe('5 of 37 units match')
    expect(item('Pahonia Regiment')).toBeInTheDocument()
    expect(item('Kastuś Kalinoŭski Regiment')).toBeInTheDocument()
    expect(item('Tactical Group "Belarus"')).toBeInTheDocument()
    // The path to the root stays; other branches go.
    expect(item('Main Directorate of Intelligence')).toBeInTheDocument()
    expect(queryItem('1st Battalion')).toBeNull()
    expect(queryItem('Territorial Defense Forces')).toBeNull()

    await user.type(screen.getByRole('searchbox', { name: 'Search names and descriptions' }), 'kalinouski')
    expect(count()).toBe('1 of 37 units match')
    expect(queryItem('Pahonia Regiment')).toBeNull()

    await user.selectOptions(screen.getByRole('combobox', { name: 'Nationality' }), '')
    await user.clear(screen.getByRole('searchbox'))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Wing' }), 'affiliated')
    expect(count()).toBe('5 of 37 units match')
    expect(item('Sheikh Mansur Battalion')).toBeInTheDocument()
    expect(queryItem('Georgian Legion')).toBeNull()
  })

  it('names the countries in the nationality picker once they have loaded', async () => {
    const user = renderChart()
    await screen.findByRole('button', { name: /^Filters/ })
    await openFilters(user)
    const picker = await screen.findByRole('combobox', { name: 'Nationality' })
    expect(await within(picker).findByRole('option', { name: 'Belarus (BLR)' })).toBeInTheDocument()
    expect(within(picker).getByRole('option', { name: 'Chechens' })).toBeInTheDocument()
  })

  it('filters by the status at the as-of date', async () => {
    const user = renderChart()
    act(() => useAppStore.getState().setAsOf('2024-01-01'))
    await screen.findByRole('tree', { name: 'Chain of command' })
    await openFilters(user)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status on 1 January 2024' }), 'disbanded')
    expect(count()).toBe('1 of 37 units match')
    expect(item('Pahonia Regiment')).toBeInTheDocument()
    // A planned disbandment is never drawn as done: after its date the 1st Battalion is still apart.
    act(() => useAppStore.getState().setAsOf('2026-01-15'))
    expect(count()).toBe('1 of 37 units match')
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Status on 15 January 2026' }),
      'disbandment-planned',
    )
    expect(count()).toBe('4 of 37 units match')
    expect(item('1st Battalion')).toHaveAccessibleName(/to be disbanded on 31 December 2025 \(announced;/)
  })

  it('shows a filter set elsewhere (a link) in the filter bar, removable on its own', async () => {
    const user = renderChart()
    await screen.findByRole('tree', { name: 'Chain of command' })
    act(() => useAppStore.getState().setNationality('Chechens'))
    expect(count()).toBe('5 of 37 units match')
    const chip = screen.getByRole('button', { name: 'Remove the filter Nationality: Chechens' })
    expect(screen.getByRole('button', { name: 'Filters (1)' })).toBeInTheDocument()
    await openFilters(user)
    expect(screen.getByRole('combobox', { name: 'Nationality' })).toHaveValue('Chechens')
    await user.click(chip)
    expect(useAppStore.getState().nationality).toBeNull()
    expect(count()).toBe('37 of 37 units match')
  })

  it('clears every filter with "Clear filters", which shows only while a filter is set', async () => {
    const user = renderChart()
    await screen.findByRole('tree', { name: 'Chain of command' })
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull()
    act(() => {
      const s = useAppStore.getState()
      s.setWing('hur')
      s.setStatus('active')
      s.setQuery('corps')
    })
    // The text is searched in the descriptions, which come with the full units.json.
    expect(screen.getByText('Loading the unit descriptions to search them…')).toHaveAttribute(
      'role',
      'status',
    )
    await waitFor(() => expect(count()).toBe('4 of 37 units match'))
    expect(screen.getAllByRole('button', { name: /^Remove the filter / })).toHaveLength(3)
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(count()).toBe('37 of 37 units match')
    expect(useAppStore.getState()).toMatchObject({ wing: null, nationality: null, status: null, query: '' })
    expect(screen.queryByRole('button', { name: /^Remove the filter / })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull()
  })

  it('hides units not yet formed at the as-of date and shows disbanded ones as such', async () => {
    renderChart()
    act(() => useAppStore.getState().setAsOf('2022-09-15'))
    await screen.findByRole('tree', { name: 'Chain of command' })
    expect(queryItem('2nd Battalion')).toBeNull()
    expect(item('1st Battalion')).toBeInTheDocument()
    expect(count()).toBe('34 of 34 units match')
    act(() => useAppStore.getState().setAsOf('2023-08-01'))
    expect(item('2nd Battalion')).toBeInTheDocument()
    expect(item('Pahonia Regiment')).toHaveAccessibleName(/disbanded 1 July 2023/)
  })

  it('highlights the units whose status changed since the previous date', async () => {
    renderChart()
    act(() => useAppStore.getState().setAsOf('2023-06-01'))
    await screen.findByRole('tree', { name: 'Chain of command' })
    const marked = () => document.querySelectorAll('.org-node__changed')
    expect(marked()).toHaveLength(0)
    act(() => useAppStore.getState().setAsOf('2023-08-01'))
    expect(marked()).toHaveLength(1)
    expect(item('Pahonia Regiment').querySelector('.org-node__changed')).not.toBeNull()
    act(() => useAppStore.getState().setAsOf('2025-06-01'))
    expect(item('Pahonia Regiment').querySelector('.org-node__changed')).toBeNull()
    expect(item('German Volunteer Corps').querySelector('.org-node__changed')).not.toBeNull()
  })

  it('renders again only the cards a date step changes', async () => {
    renderChart()
    act(() => useAppStore.getState().setAsOf('2023-06-01'))
    await screen.findByRole('tree', { name: 'Chain of command' })
    // A step first, so that no card is still marked as changed by the jump to June 2023.
    act(() => useAppStore.getState().setAsOf('2023-06-08'))
    const probe = countProfilerRenders()
    // No unit changes state between these dates: no card renders.
    act(() => useAppStore.getState().setAsOf('2023-06-15'))
    act(() => useAppStore.getState().setAsOf('2023-06-29'))
    expect(probe.counts.get('org-node') ?? 0).toBe(0)
    // The Pahonia Regiment is disbanded in July 2023: its card renders (in the chart's two drawings
    // at most), and no other.
    act(() => useAppStore.getState().setAsOf('2023-08-01'))
    const afterChange = probe.counts.get('org-node') ?? 0
    expect(afterChange).toBeGreaterThan(0)
    expect(afterChange).toBeLessThanOrEqual(2)
    probe.stop()
    expect(item('Pahonia Regiment')).toHaveAccessibleName(/disbanded 1 July 2023/)
  })

  it('selects a unit with a click', async () => {
    const user = renderChart()
    await screen.findByRole('tree', { name: 'Chain of command' })
    await user.click(item('Pahonia Regiment'))
    expect(useAppStore.getState().unit).toBe('pahonia-regiment')
    expect(item('Pahonia Regiment')).toHaveAttribute('aria-selected', 'true')
    expect(item('Black Bridge')).toHaveAttribute('aria-selected', 'false')
    await user.click(
      within(screen.getByRole('tree', { name: 'Other units named in the source' })).getByRole('treeitem', {
        name: /^LSSG/,
      }),
    )
    expect(useAppStore.getState().unit).toBe('lssg')
  })

  it('moves through the tree with the keyboard from a single tab stop', async () => {
    const user = renderChart()
    const chain = await screen.findByRole('tree', { name: 'Chain of command' })
    const tabStops = () =>
      within(chain)
        .getAllByRole('treeitem')
        .filter((el) => el.tabIndex === 0)
    expect(tabStops()).toHaveLength(1)

    act(() => tabStops()[0]!.focus())
    expect(document.activeElement).toHaveAccessibleName(/^Ukrainian Armed Forces/)

    await user.keyboard('{ArrowDown}')
    expect(document.activeElement).toHaveAccessibleName(/^Ukrainian Ground Forces/)
    expect(tabStops()).toEqual([document.activeElement])
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toHaveAccessibleName(/^International Legion for the Defence of Ukraine/)
    await user.keyboard('{ArrowLeft}')
    expect(document.activeElement).toHaveAttribute('aria-expanded', 'false')
    expect(queryItem('1st Battalion')).toBeNull()
    await user.keyboard('{ArrowRight}')
    expect(document.activeElement).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(document.activeElement).toHaveAccessibleName(/^Ukrainian Ground Forces/)

    await user.keyboard('{End}')
    expect(document.activeElement).toHaveAccessibleName(/^NOMAD Unit/)
    await user.keyboard('{Home}')
    expect(document.activeElement).toHaveAccessibleName(/^Ukrainian Armed Forces/)

    // Type-ahead finds a unit by its (descriptive) name.
    await user.keyboard('mu')
    expect(document.activeElement).toHaveAccessibleName(/^Muslim Caucasian unit, name lost in source/)
    await user.keyboard('{Enter}')
    expect(useAppStore.getState().unit).toBe('muslim-caucasian-unit-name-lost')
    expect(document.activeElement).toHaveAttribute('aria-selected', 'true')
  })

  it('expands and collapses a branch, one at a time or all at once', async () => {
    const user = renderChart()
    await screen.findByRole('tree', { name: 'Chain of command' })
    const legion = item('International Legion of the Defence Intelligence of Ukraine')
    await user.click(within(legion).getByTitle('Collapse'))
    expect(legion).toHaveAttribute('aria-expanded', 'false')
    expect(queryItem('Georgian Legion')).toBeNull()
    expect(useAppStore.getState().unit).toBeNull()
    await user.click(within(legion).getByTitle(/^Expand/))
    expect(legion).toHaveAttribute('aria-expanded', 'true')
    // The buttons for all branches at once are with the filters, out of the chart's way.
    await openFilters(user)
    expect(screen.getByRole('button', { name: 'Expand all' })).toBeDisabled()
    await user.click(screen.getByRole('button', { name: 'Collapse all' }))
    expect(
      within(screen.getByRole('tree', { name: 'Chain of command' })).getAllByRole('treeitem'),
    ).toHaveLength(4)
    await user.click(screen.getByRole('button', { name: 'Expand all' }))
    expect(item('Georgian Legion')).toBeInTheDocument()
    expect(item('Terror Battalion')).toBeInTheDocument()
  })

  it('opens the branches above a unit selected elsewhere', async () => {
    const user = renderChart()
    await screen.findByRole('tree', { name: 'Chain of command' })
    await openFilters(user)
    await user.click(screen.getByRole('button', { name: 'Collapse all' }))
    expect(queryItem('Terror Battalion')).toBeNull()
    act(() => useAppStore.getState().selectUnit('terror-battalion'))
    expect(item('Terror Battalion')).toHaveAttribute('aria-selected', 'true')
  })

  it('outlines the units of the selected country and of the selected event', async () => {
    renderChart()
    await screen.findByRole('tree', { name: 'Chain of command' })
    act(() => useAppStore.getState().selectCountry('BLR'))
    expect(item('Pahonia Regiment')).toHaveAccessibleName(/has volunteers from the selected country$/)
    expect(item('Pahonia Regiment')).toHaveClass('is-linked')
    expect(item('International Legion for the Defence of Ukraine')).not.toHaveAccessibleName(/selected/)
    expect(item('Black Bridge')).not.toHaveAccessibleName(/selected/)
    // Linking highlights; it never filters: every unit is still there, and the filter bar is empty.
    expect(count()).toBe('37 of 37 units match')
    expect(useAppStore.getState().nationality).toBeNull()
    expect(screen.queryByRole('button', { name: /^Remove the filter / })).toBeNull()
    expect(screen.getByRole('list', { name: 'Key to the org chart' })).toHaveTextContent(
      /outlined: 5 units with volunteers from Belarus/,
    )
    act(() =>
      useAppStore.getState().selectEvent({ id: 'german-volunteer-corps-merged-into-49th', date: null }),
    )
    await vi.waitFor(() =>
      expect(item('German Volunteer Corps')).toHaveAccessibleName(/named by the selected event$/),
    )
    expect(item('49th Infantry Battalion')).toHaveAccessibleName(/named by the selected event$/)
    expect(item('Pahonia Regiment')).not.toHaveAccessibleName(/selected/)
  })

  it('draws the chart with zoom controls, names alone as it opens and full cards once zoomed in', async () => {
    // tests/setup.ts gives every element a 1000×600 box.
    const user = renderChart()
    const chain = await screen.findByRole('tree', { name: 'Chain of command' })
    expect(chain).toHaveClass('org-tree--chart', 'org-tree--names')
    expect(item('1st Battalion').style.top).toMatch(/px$/)
    const level = screen.getByRole('status', { name: 'Zoom level' })
    const before = parseInt(level.textContent!, 10)
    // It never opens below the scale at which names read at 11 px.
    expect(before).toBeGreaterThanOrEqual(79)
    await user.click(screen.getByRole('button', { name: 'Zoom in' }))
    expect(parseInt(level.textContent!, 10)).toBeGreaterThan(before)
    expect(screen.getByRole('tree', { name: 'Chain of command' })).toHaveClass('org-tree--full')
    await user.click(screen.getByRole('button', { name: 'Fit to view' }))
    expect(parseInt(level.textContent!, 10)).toBeLessThan(100)
  })

  it('pans, without zooming, to keep the selected unit in the window', async () => {
    const user = renderChart()
    await screen.findByRole('tree', { name: 'Chain of command' })
    for (let i = 0; i < 3; i++) await user.click(screen.getByRole('button', { name: 'Zoom in' }))
    const k = onScreen('Ukrainian Armed Forces').k
    expect(k).toBeGreaterThan(1)
    // Far from the chart's top, where the window is: outside it before it is selected.
    const before = onScreen('NOMAD Unit')
    expect(before.right > 1000 || before.bottom > 600 || before.left < 0 || before.top < 0).toBe(true)
    for (const name of ['NOMAD Unit', 'Armenian Legion', 'Ukrainian Armed Forces']) {
      act(() => useAppStore.getState().selectUnit(idOf(name)))
      const box = onScreen(name)
      expect(box.k).toBe(k)
      expect(box.left).toBeGreaterThanOrEqual(0)
      expect(box.top).toBeGreaterThanOrEqual(0)
      expect(box.right).toBeLessThanOrEqual(1000)
      expect(box.bottom).toBeLessThanOrEqual(600)
    }
  })

  it('renders the cards near the window only, and the one the keyboard moves to', async () => {
    // A window too small for the chart: 440×160 px.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 0, y: 0, width: 440, height: 160 }),
    )
    const user = renderChart()
    const chain = await screen.findByRole('tree', { name: 'Chain of command' })
    const rendered = () => screen.getAllByRole('treeitem').map((el) => el.getAttribute('aria-label')!)
    const near = rendered()
    // Every card rendered is within half a window of the window (or is its tree's tab stop).
    for (const name of near) {
      const box = onScreen(name.split(',')[0]!)
      const tabStop = screen.getByRole('treeitem', { name }).tabIndex === 0
      if (!tabStop) {
        expect(box.right, name).toBeGreaterThanOrEqual(-220)
        expect(box.left, name).toBeLessThanOrEqual(660)
        expect(box.bottom, name).toBeGreaterThanOrEqual(-80)
        expect(box.top, name).toBeLessThanOrEqual(240)
      }
    }
    // The last card of the chain is far from the window's top: not rendered, until the keyboard goes there.
    act(() => within(chain).getAllByRole('treeitem')[0]!.focus())
    expect(queryItem('NOMAD Unit')).toBeNull()
    await user.keyboard('{End}')
    expect(document.activeElement).toHaveAccessibleName(/^NOMAD Unit/)
    // Shown whole, the chart renders every card.
    await user.click(screen.getByRole('button', { name: 'Fit to view' }))
    expect(rendered().length).toBeGreaterThan(near.length)
    expect(queryItem('1st Battalion')).not.toBeNull()
  })

  it('draws an indented list with the same keyboard model on a phone-wide region', async () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 0, y: 0, width: 390, height: 800 }),
    )
    const user = renderChart()
    const chain = await screen.findByRole('tree', { name: 'Chain of command' })
    expect(chain).toHaveClass('org-tree--list')
    expect(screen.queryByRole('button', { name: 'Zoom in' })).toBeNull()
    expect(item('1st Battalion').style.top).toBe('')
    act(() => item('Ukrainian Armed Forces').focus())
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    expect(useAppStore.getState().unit).toBe('international-legion')
  })

  it('shows the named error, and only that, when units.json is broken', async () => {
    renderChart({ 'data/units.json': { body: '[{"id": "x"}]' } })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('data/units.json')
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
    expect(screen.queryByRole('tree')).toBeNull()
  })
})
