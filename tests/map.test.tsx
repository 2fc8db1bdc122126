import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DetailsPanel } from '../src/features/details/DetailsPanel'
import { MapView } from '../src/features/map/MapView'
import { countProfilerRenders } from '../src/lib/render-probe'
import { useAppStore } from '../src/store/app-store'
import { renderWithData } from './helpers/render-app'

afterEach(() => vi.unstubAllGlobals())

/** Renders the map and the details, and opens the country list (a column beside a wide map). */
async function renderMap() {
  const view = renderWithData(
    <>
      <MapView />
      <DetailsPanel />
    </>,
  )
  fireEvent.click(await screen.findByRole('button', { name: /^Countries \(\d+\)$/ }))
  await screen.findByRole('listbox', { name: /Countries in the source/ })
  return view
}

const shapeOf = (container: HTMLElement, iso3: string) =>
  container.querySelector<SVGPathElement>(`path[data-iso3="${iso3}"]`)!

describe('the map', () => {
  it("names each country element with the source's name and its value", async () => {
    useAppStore.setState({ asOf: '2026-01-01' })
    const { container } = await renderMap()
    expect(shapeOf(container, 'POL')).toHaveAccessibleName(/^Poland: legal with permission or conditions/)
    expect(screen.getByRole('option', { name: /^Poland: legal with permission/ })).toBeInTheDocument()
    expect(container.querySelector('[data-marker="SGP"]')).toHaveAccessibleName(/^Singapore: illegal/)
  })

  it('selects a country on click and shows its statement verbatim in the details', async () => {
    const { container } = await renderMap()
    await act(async () => fireEvent.click(shapeOf(container, 'POL')))
    expect(useAppStore.getState().country).toBe('POL')
    const article = await screen.findByRole('article', { name: 'Poland' })
    // The statement comes with the full file, after the details first show.
    await waitFor(() =>
      expect(article.querySelector('blockquote')).toHaveTextContent(
        'Polish citizens who want to enlist in the International Legion, or any other foreign army, must receive the approval of the Polish Minister of National Defense.',
      ),
    )
    await userEvent.setup().keyboard('{Escape}')
    expect(useAppStore.getState().country).toBeNull()
  })

  it('selects Singapore with the keyboard alone', async () => {
    renderWithData(
      <>
        <MapView />
        <DetailsPanel />
      </>,
    )
    const user = userEvent.setup()
    // The list's button opens it and puts the keyboard in it.
    const toggle = await screen.findByRole('button', { name: /^Countries \(\d+\)$/ })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    toggle.focus()
    await user.keyboard('{Enter}')
    const list = await screen.findByRole('listbox', { name: /Countries in the source/ })
    expect(list).toHaveFocus()
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await user.keyboard('sing')
    expect(list).toHaveAttribute('aria-activedescendant', expect.stringContaining('SGP'))
    await user.keyboard('{Enter}')
    expect(useAppStore.getState().country).toBe('SGP')
    expect(await screen.findByRole('article', { name: 'Singapore' })).toBeInTheDocument()
  })

  it('types a name with a space to reach it, and marks conflicting claims in the option name', async () => {
    await renderMap()
    const user = userEvent.setup()
    const list = screen.getByRole('listbox', { name: /Countries in the source/ })
    list.focus()
    await user.keyboard('south k')
    expect(list).toHaveAttribute('aria-activedescendant', expect.stringContaining('KOR'))
    expect(
      screen.getByRole('option', { name: /^Canada: .*conflicting claims in the source/ }),
    ).toBeInTheDocument()
  })

  it('re-renders no country path on hover or selection, and shows a tooltip', async () => {
    const { container } = await renderMap()
    const probe = countProfilerRenders()
    fireEvent.pointerMove(shapeOf(container, 'FRA'), { clientX: 200, clientY: 100 })
    expect(await screen.findByRole('tooltip')).toHaveTextContent('France')
    fireEvent.pointerMove(shapeOf(container, 'DEU'), { clientX: 210, clientY: 100 })
    expect(screen.getByRole('tooltip')).toHaveTextContent('Germany')
    // A change of selection draws one outline on top; the shapes do not render either.
    await act(async () => fireEvent.click(shapeOf(container, 'DEU')))
    expect(useAppStore.getState().country).toBe('DEU')
    expect(container.querySelector('.outline--selected')).not.toBeNull()
    probe.stop()
    expect(probe.counts.get('country-shapes') ?? 0).toBe(0)
  })

  it('changes only fills, never path geometry, when the layer or the date changes', async () => {
    useAppStore.setState({ asOf: '2026-01-01' })
    const { container } = await renderMap()
    const poland = shapeOf(container, 'POL')
    const nigeria = shapeOf(container, 'NGA')
    const geometry = [poland.getAttribute('d'), nigeria.getAttribute('d')]
    const legalityFill = poland.getAttribute('fill')
    const legend = () => within(screen.getByRole('group', { name: /^Legend/ }))
    expect(legend().getByRole('button', { name: /illegal/ })).toBeInTheDocument()
    const probe = countProfilerRenders()
    await userEvent.setup().click(screen.getByRole('radio', { name: 'Official stance' }))
    probe.stop()
    expect(probe.counts.get('country-shapes')).toBeGreaterThan(0)
    expect(legend().getByRole('button', { name: /discourages/ })).toBeInTheDocument()
    expect(legend().queryByRole('button', { name: /illegal/ })).toBeNull()
    // Poland is "legal with permission" but "permits": same node, same geometry, another fill.
    expect(shapeOf(container, 'POL')).toBe(poland)
    expect(poland.getAttribute('fill')).not.toBe(legalityFill)
    // Before Nigeria's statement (7 March 2022) it is "no stance given" (not yet stated): a new fill,
    // same node and path.
    const stanceFill = nigeria.getAttribute('fill')
    act(() => useAppStore.setState({ asOf: '2022-03-01' }))
    expect(shapeOf(container, 'NGA')).toBe(nigeria)
    expect(nigeria.getAttribute('fill')).not.toBe(stanceFill)
    expect(nigeria).toHaveAttribute('data-cat', 'no-stance')
    expect(nigeria).toHaveAccessibleName(/^Nigeria: not yet stated \(stated 7 March 2022\)/)
    expect([poland.getAttribute('d'), nigeria.getAttribute('d')]).toEqual(geometry)
  })

  it('highlights the countries of a legend entry on hover', async () => {
    const { container } = await renderMap()
    const entry = within(screen.getByRole('group', { name: /^Legend/ })).getByRole('button', {
      name: /^illegal/,
    })
    fireEvent.pointerEnter(entry)
    expect(container.querySelector('.map-frame')).toHaveAttribute('data-highlight', 'illegal')
    fireEvent.pointerLeave(entry)
    expect(container.querySelector('.map-frame')).not.toHaveAttribute('data-highlight')
  })
})

describe('focus in the details panel', () => {
  it('stays in the panel when a link inside it replaces the record, and when it is closed', async () => {
    renderWithData(
      <>
        <MapView />
        <DetailsPanel />
      </>,
    )
    await screen.findByRole('group', { name: /^World map/ })
    act(() => useAppStore.getState().selectUnit('pahonia-regiment'))
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Belarus' }))
    const heading = await screen.findByRole('heading', { name: 'Belarus', level: 3 })
    expect(heading).toHaveFocus()
    await user.click(screen.getByRole('button', { name: /Close/ }))
    expect(document.activeElement).not.toBe(document.body)
    expect(document.activeElement).toHaveClass('details-panel')
  })
})

describe('focus on load', () => {
  it('is left where the browser puts it, not moved into the details panel', async () => {
    useAppStore.setState({ country: 'POL' })
    renderWithData(<DetailsPanel />)
    await screen.findByRole('heading', { name: 'Poland', level: 3 })
    expect(document.activeElement).toBe(document.body)
  })
})

describe('focus when a selection arrives from elsewhere', () => {
  it('is not moved into the details panel by a selection made outside it', async () => {
    renderWithData(<DetailsPanel />)
    act(() => useAppStore.setState({ unit: 'pahonia-regiment' }))
    await screen.findByRole('heading', { name: 'Pahonia Regiment', level: 3 })
    act(() => useAppStore.setState({ unit: 'georgian-legion' }))
    await screen.findByRole('heading', { name: 'Georgian Legion', level: 3 })
    expect(document.activeElement).toBe(document.body)
  })
})
