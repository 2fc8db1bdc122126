/**
 * The header's search as a user meets it: a combobox whose grouped list follows the keyboard, and
 * whose results select their record and bring its view into sight.
 */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SearchBox } from '../src/features/search/SearchBox'
import { useAppStore } from '../src/store/app-store'
import { renderWithData } from './helpers/render-app'

afterEach(() => vi.unstubAllGlobals())

async function search(query: string) {
  const user = userEvent.setup()
  renderWithData(<SearchBox />)
  const box = screen.getByRole('combobox', { name: 'Search the atlas' })
  await user.click(box)
  if (query) await user.keyboard(query)
  return { user, box }
}

/** The listbox the combobox controls, once its results are shown. */
async function results(box: HTMLElement) {
  await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'true'))
  const listbox = document.getElementById(box.getAttribute('aria-controls')!)!
  expect(listbox).toHaveAttribute('role', 'listbox')
  return listbox
}

const activeOption = (box: HTMLElement) => {
  const id = box.getAttribute('aria-activedescendant')
  return id ? document.getElementById(id) : null
}

describe('the search combobox', () => {
  it('lists the results in named groups, the matched words marked, with a count for screen readers', async () => {
    const { box } = await search('Yavoriv')
    const listbox = await results(box)
    const groups = within(listbox).getAllByRole('group')
    expect(
      groups
        .map((g) => g.getAttribute('aria-labelledby'))
        .map((id) => document.getElementById(id!)?.textContent),
    ).toEqual(['Events · 2', 'Quotes · 2'])
    const strike = within(groups[0]!).getAllByRole('option')[0]!
    expect(strike).toHaveTextContent(/Russian missiles struck the Yavoriv military base/)
    expect(within(strike).getByText('Yavoriv', { selector: 'mark' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('4 matches for “Yavoriv”: 2 events, 2 quotes.')
  })

  it('moves through the options with the arrow keys, wrapping, while the focus stays in the field', async () => {
    const { user, box } = await search('Yavoriv')
    const options = within(await results(box)).getAllByRole('option')
    expect(box).not.toHaveAttribute('aria-activedescendant')
    await user.keyboard('{ArrowDown}')
    expect(activeOption(box)).toBe(options[0])
    expect(options[0]).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{ArrowDown}')
    expect(activeOption(box)).toBe(options[1])
    expect(options[0]).toHaveAttribute('aria-selected', 'false')
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(activeOption(box)).toBe(options.at(-1))
    expect(box).toHaveFocus()
  })

  it('Home and End edit the text: the caret moves and the active option lets go', async () => {
    const { user, box } = await search('Yavoriv')
    await results(box)
    await user.keyboard('{ArrowDown}{Home}')
    expect(box).not.toHaveAttribute('aria-activedescendant')
    expect((box as HTMLInputElement).selectionStart).toBe(0)
    await user.keyboard('{End}')
    expect((box as HTMLInputElement).selectionStart).toBe('Yavoriv'.length)
  })

  it('Enter selects the event, moves the date to it and shows the timeline', async () => {
    const { user, box } = await search('Yavoriv')
    await results(box)
    await user.keyboard('{ArrowDown}{Enter}')
    const s = useAppStore.getState()
    expect(s.event).toBe('yavoriv-strike')
    expect(s.asOf).toBe('2022-03-13')
    expect(s.phoneView).toBe('timeline')
    expect(s.lowerPane).toBe('timeline')
    expect(box).toHaveAttribute('aria-expanded', 'false')
    expect(box).toHaveValue('Yavoriv')
  })

  it('a click selects a unit and shows the org chart', async () => {
    const { user, box } = await search('Norman')
    const listbox = await results(box)
    await user.click(within(listbox).getByRole('option', { name: /^Norman Brigade/ }))
    expect(useAppStore.getState()).toMatchObject({ unit: 'norman-brigade', phoneView: 'orgchart' })
    expect(box).toHaveFocus()
  })

  it('a person selects their country and shows the map', async () => {
    const { user, box } = await search('Craig Lang')
    const listbox = await results(box)
    const people = within(listbox).getByRole('group', { name: /People/ })
    await user.click(within(people).getByRole('option', { name: /^Craig Lang/ }))
    expect(useAppStore.getState()).toMatchObject({ country: 'USA', phoneView: 'map' })
  })

  it('a quote selects the record it belongs to', async () => {
    const { user, box } = await search('Led by Denis Kapustin')
    const listbox = await results(box)
    const quotes = within(listbox).getByRole('group', { name: /Quotes/ })
    const quote = within(quotes)
      .getAllByRole('option')
      .find((o) => o.textContent!.startsWith('“Led by Denis Kapustin.”'))!
    await user.click(quote)
    expect(useAppStore.getState()).toMatchObject({ unit: 'russian-volunteer-corps', phoneView: 'orgchart' })
  })

  it('folds accents: "kalinouski" finds Kastuś Kalinoŭski, marked as written', async () => {
    const { box } = await search('kalinouski')
    const listbox = await results(box)
    const units = within(listbox).getByRole('group', { name: /Units/ })
    const option = within(units).getAllByRole('option')[0]!
    expect(option).toHaveTextContent(/^Kastuś Kalinoŭski Regiment/)
    expect(within(option).getByText('Kalinoŭski', { selector: 'mark' })).toBeInTheDocument()
  })

  it('a person linked to nothing is listed but cannot be chosen', async () => {
    const { user, box } = await search('Conor Kennedy')
    const listbox = await results(box)
    const option = within(listbox).getByRole('option', { name: /^Conor R\. Kennedy/ })
    expect(option).toHaveAttribute('aria-disabled', 'true')
    await user.keyboard('{ArrowDown}{Enter}')
    expect(activeOption(box)).toBe(option)
    expect(useAppStore.getState()).toMatchObject({ country: null, unit: null, event: null })
  })

  it('says when nothing matches', async () => {
    const { box } = await search('zzqxw')
    const listbox = document.getElementById(box.getAttribute('aria-controls')!)!
    const popup = listbox.parentElement!
    await waitFor(() => expect(within(popup).getByText('No matches for “zzqxw”')).toBeVisible())
    expect(listbox).not.toBeVisible()
    expect(box).toHaveAttribute('aria-expanded', 'false')
    expect(screen.getByRole('status')).toHaveTextContent('No matches for “zzqxw”')
  })

  it('Escape closes the list, then clears the field; ArrowDown opens it again', async () => {
    const { user, box } = await search('Norman')
    await results(box)
    await user.keyboard('{Escape}')
    expect(box).toHaveAttribute('aria-expanded', 'false')
    expect(box).toHaveValue('Norman')
    await user.keyboard('{ArrowDown}')
    expect(box).toHaveAttribute('aria-expanded', 'true')
    expect(activeOption(box)).toHaveTextContent(/^Norman Brigade/)
    await user.keyboard('{Escape}{Escape}')
    expect(box).toHaveValue('')
  })
})
