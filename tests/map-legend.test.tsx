/**
 * The map's legend, region presets and label, through what a user perceives: one idea per legend
 * entry with its meaning on screen, a legend entry that narrows the country list, presets that
 * zoom and are kept in the store and the URL, and the name of the hovered or selected country.
 */
import { act, fireEvent, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { parseUrlChoices, serializeUrlChoices, choicesOf } from '../src/app/url-state'
import { MapView } from '../src/features/map/MapView'
import { countProfilerRenders } from '../src/lib/render-probe'
import { useAppStore } from '../src/store/app-store'
import { countries } from './helpers/atlas'
import { renderWithData } from './helpers/render-app'

async function renderMap() {
  const view = renderWithData(<MapView />)
  await screen.findByRole('group', { name: /^World map/ })
  return view
}

const legend = () => within(screen.getByRole('group', { name: /^Legend/ }))
const scaleOf = (container: HTMLElement) =>
  Number(/scale\(([\d.]+)\)/.exec(container.querySelector('.map-zoom-layer')!.getAttribute('transform')!)![1])

describe('the legend', () => {
  it('has two kinds of "no data", each explained in words on screen, and the hatch as one entry', async () => {
    useAppStore.setState({ asOf: '2022-03-01' })
    await renderMap()
    // A country the source covers but gives no stance for (no row, a silent row, a later statement)…
    const noStance = legend().getByRole('button', { name: /^no stance given \d+$/ })
    expect(noStance).toHaveAccessibleDescription('in the source, no stance by this date')
    expect(legend().getByText('in the source, no stance by this date')).toBeVisible()
    // …and a country the source does not cover: two, and no other.
    expect(legend().getByText('not in the source')).toBeVisible()
    for (const gone of [/^not yet stated/, /^no stance recorded/, /^legality not stated/, /^not covered/])
      expect(legend().queryByRole('button', { name: gone })).toBeNull()
    // The date not stated is one entry, drawn with the hatch, not a kind of "no data".
    expect(legend().getAllByRole('button', { name: /^statement date not stated \d+$/ })).toHaveLength(1)
  })

  it('explains the ⚠ beside country names with an entry of its own', async () => {
    await renderMap()
    const flagged = countries.filter((c) => c.conflicts.length > 0).length
    const entry = legend().getByRole('button', { name: `conflicting claims in the source ${flagged}` })
    expect(within(entry).getByText('⚠')).toBeInTheDocument()
  })

  it('narrows the country list to an entry when it is chosen, says so, and shows all again', async () => {
    useAppStore.setState({ asOf: '2026-01-01' })
    const { container } = await renderMap()
    const user = userEvent.setup()
    const illegal = legend().getByRole('button', { name: /^illegal \d+/ })
    const shown = countries.filter((c) => c.legality === 'illegal').length
    await user.click(illegal)
    expect(illegal).toHaveAttribute('aria-pressed', 'true')
    expect(useAppStore.getState().legendPin).toBe('illegal')
    // The list opens, narrowed, and says what to.
    const list = await screen.findByRole('listbox', { name: `Countries in the source (${shown} of 75)` })
    expect(within(list).getAllByRole('option')).toHaveLength(shown)
    expect(within(list).getByRole('option', { name: /^Singapore: illegal/ })).toBeInTheDocument()
    expect(within(list).queryByRole('option', { name: /^Poland:/ })).toBeNull()
    expect(screen.getByTestId('country-list-narrowed')).toHaveTextContent(`${shown} illegal · Show all`)
    expect(container.querySelector('.map-frame')).toHaveAttribute('data-highlight', 'illegal')
    await user.click(screen.getByRole('button', { name: 'Show all countries' }))
    expect(useAppStore.getState().legendPin).toBeNull()
    expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(75)
    expect(screen.queryByTestId('country-list-narrowed')).toBeNull()
  })

  it('narrows the list to the countries with conflicting claims', async () => {
    await renderMap()
    await userEvent.setup().click(legend().getByRole('button', { name: /^conflicting claims in the source/ }))
    const options = within(await screen.findByRole('listbox')).getAllByRole('option')
    expect(options.length).toBe(countries.filter((c) => c.conflicts.length > 0).length)
    for (const option of options) expect(option).toHaveAccessibleName(/conflicting claims in the source/)
  })

  it('keeps a pinned entry the next layer has, and lets go of one it does not', () => {
    act(() => useAppStore.getState().setLegendPin('conflicts'))
    act(() => useAppStore.getState().chooseMapLayer('stance'))
    expect(useAppStore.getState()).toMatchObject({ layer: 'stance', legendPin: 'conflicts' })
    act(() => useAppStore.getState().setLegendPin('discourages'))
    act(() => useAppStore.getState().chooseMapLayer('legality'))
    expect(useAppStore.getState()).toMatchObject({ layer: 'legality', legendPin: null })
  })
})

describe('the region presets', () => {
  it('zoom to a region, keep it in the store and the URL, and Reset comes back to it', async () => {
    const { container } = await renderMap()
    const user = userEvent.setup()
    expect(scaleOf(container)).toBe(1)
    await user.selectOptions(screen.getByRole('combobox', { name: 'Region' }), 'Europe')
    expect(useAppStore.getState().mapRegion).toBe('europe')
    const europe = scaleOf(container)
    expect(europe).toBeGreaterThan(4)
    expect(serializeUrlChoices(choicesOf(useAppStore.getState()))).toBe('?region=europe')
    // Zooming further is the user's own view, in the URL too; Reset returns to the region.
    await user.click(screen.getByRole('button', { name: 'Zoom in on the map' }))
    expect(scaleOf(container)).toBeCloseTo(europe * 1.6)
    const search = serializeUrlChoices(choicesOf(useAppStore.getState()))
    expect(search).toMatch(/^\?region=europe&zoom=-?[\d.]+%2C[\d.]+%2C[\d.]+$/)
    expect(parseUrlChoices(search).choices.mapView!.zoom).toBeCloseTo(europe * 1.6, 1)
    await user.click(screen.getByRole('button', { name: 'Reset the map to Europe' }))
    expect(useAppStore.getState().mapView).toBeNull()
    expect(scaleOf(container)).toBeCloseTo(europe)
  })

  it('open a link at its region and its legend entry', async () => {
    const { choices } = parseUrlChoices('?region=balkans&legend=illegal')
    useAppStore.setState(choices)
    const { container } = await renderMap()
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveValue('balkans')
    expect(scaleOf(container)).toBeGreaterThan(10)
    expect(legend().getByRole('button', { name: /^illegal/ })).toHaveAttribute('aria-pressed', 'true')
  })

  it('draw the map in a box of its frame’s shape, so the drawing fills it', async () => {
    // The test setup gives every element a 1000×600 box.
    const { container } = await renderMap()
    expect(container.querySelector('svg.map-svg')).toHaveAttribute('viewBox', '0 0 800 480')
  })
})

describe('the label on the map', () => {
  it('names the hovered country, then the selected one, without drawing the shapes again', async () => {
    const { container } = await renderMap()
    const probe = countProfilerRenders()
    fireEvent.pointerMove(container.querySelector('path[data-iso3="FRA"]')!, { clientX: 200, clientY: 100 })
    expect(screen.getAllByTestId('map-label')).toHaveLength(1)
    expect(screen.getByTestId('map-label')).toHaveTextContent('France')
    fireEvent.pointerLeave(container.querySelector('.map-frame')!)
    expect(screen.queryByTestId('map-label')).toBeNull()
    act(() => useAppStore.getState().selectCountry('BEL'))
    expect(screen.getByTestId('map-label')).toHaveTextContent('Belgium')
    probe.stop()
    expect(probe.counts.get('country-shapes') ?? 0).toBe(0)
  })
})
