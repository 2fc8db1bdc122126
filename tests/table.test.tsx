/**
 * The Table view through what a user perceives: tabs, sortable headers, the search box, the row
 * count, selection shared with the other views, conflicting claims, the downloads; and the pure
 * row logic (unit status at a date, sort order of source dates) underneath it.
 */
import { act, fireEvent, screen, within } from '@testing-library/react'
import { statusText, unitStateAt } from '../src/model/unit-status'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Unit } from '../src/data/schema'
import { REVOKE_AFTER_MS } from '../src/components/download'
import { TableView } from '../src/features/table/TableView'
import { EVENT_TABLE, UNIT_TABLE } from '../src/features/table/table-columns'
import { eventRows, searchRows, sortRows, unitRows } from '../src/features/table/table-rows'
import { buildAtlas } from '../src/model/atlas'
import { SOURCE_CITATION } from '../src/model/export-meta'
import { NO_FILTERS } from '../src/model/types'
import { selectUnits } from '../src/model/unit-selection'
import { atlas } from './helpers/atlas'
import { useAppStore } from '../src/store/app-store'
import { readBlob, restoreObjectUrls, stubObjectUrls } from './helpers/downloads'
import { renderWithData } from './helpers/render-app'

const readData = (file: string) => JSON.parse(readFileSync(resolve(__dirname, '../data', file), 'utf8'))
const countries = readData('countries.json') as Array<{ iso3: string; name: string }>

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  restoreObjectUrls()
})

beforeEach(() => {
  useAppStore.setState({ asOf: '2022-09-15' })
})

let tablist: HTMLElement
async function renderTable(overrides?: Parameters<typeof renderWithData>[1]) {
  const view = renderWithData(<TableView />, overrides)
  tablist = await screen.findByRole('tablist', { name: 'Data tables' })
  return view
}

/** A tab by its name; looked up in the tab list only, which keeps the queries fast. */
const tab = (name: string) => within(tablist).getByRole('tab', { name })

const table = () => screen.getByRole('table')
/** The names in the table's rows, top to bottom (the row headers' buttons). */
const rowNames = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((th) => within(th).getByRole('button').textContent)
const header = (name: string | RegExp) => within(table()).getByRole('columnheader', { name })
const count = () => screen.getByText(/^\d+ of \d+ rows$/)

describe('the table view', () => {
  it('shows four tabs, the countries table first, each in a labelled tab panel', async () => {
    await renderTable()
    const tabs = screen.getAllByRole('tab')
    expect(tabs.map((t) => t.textContent)).toEqual(['Countries', 'Units', 'Events', 'People'])
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true')
    const panel = screen.getByRole('tabpanel')
    expect(tabs[0]).toHaveAttribute('aria-controls', panel.id)
    expect(panel).toHaveAccessibleName('Countries')
    expect(within(panel).getByRole('table').querySelector('caption')).toHaveTextContent(
      /^Countries in the source/,
    )
    expect(count()).toHaveTextContent(`${countries.length} of ${countries.length} rows`)
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((th) => th.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual(['Country', 'Legality', 'Official stance', 'Statement date', 'Figures', 'Conflicts', 'Section'])
    for (const th of within(table()).getAllByRole('columnheader')) expect(th).toHaveAttribute('scope', 'col')
  })

  it('moves between tabs with the arrow keys, wrapping at the ends', async () => {
    await renderTable()
    const user = userEvent.setup()
    await user.click(tab('Countries'))
    expect(tab('Countries')).toHaveFocus()
    expect(tab('Units')).toHaveAttribute('tabindex', '-1')

    await user.keyboard('{ArrowRight}')
    expect(tab('Units')).toHaveFocus()
    expect(tab('Units')).toHaveAttribute('aria-selected', 'true')
    expect(tab('Units')).toHaveAttribute('tabindex', '0')
    expect(tab('Countries')).toHaveAttribute('aria-selected', 'false')
    expect(tab('Countries')).toHaveAttribute('tabindex', '-1')
    const panel = screen.getByRole('tabpanel')
    expect(panel).toHaveAccessibleName('Units')
    expect(tab('Units')).toHaveAttribute('aria-controls', panel.id)
    expect(within(panel).getByRole('searchbox', { name: 'Search units' })).toBeInTheDocument()

    await user.keyboard('{ArrowLeft}')
    expect(tab('Countries')).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(tab('People')).toHaveFocus()
    expect(tab('People')).toHaveAttribute('aria-selected', 'true')
    expect(await screen.findByRole('searchbox', { name: 'Search people' })).toBeInTheDocument()
    await user.keyboard('{ArrowLeft}')
    expect(tab('Events')).toHaveFocus()
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toBeInTheDocument()
  })

  it('moves to the first and last tab with Home and End, and Tab leaves for the panel', async () => {
    await renderTable()
    const user = userEvent.setup()
    await user.click(tab('Units'))
    await user.keyboard('{Home}')
    expect(tab('Countries')).toHaveFocus()
    expect(tab('Countries')).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{End}')
    expect(tab('People')).toHaveFocus()
    expect(tab('People')).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{ArrowRight}')
    expect(tab('Countries')).toHaveFocus()
    // Tab leaves the tab list for the panel's first control.
    await user.tab()
    expect(screen.getByRole('searchbox', { name: 'Search countries' })).toHaveFocus()
  })

  it('sorts by a header button and toggles aria-sort between ascending and descending', async () => {
    await renderTable()
    const user = userEvent.setup()
    const byName = [...countries.map((c) => c.name)].sort((a, b) => a.localeCompare(b, 'en'))
    expect(header(/^Country/)).toHaveAttribute('aria-sort', 'ascending')
    expect(rowNames()).toEqual(byName)

    await user.click(within(header(/^Country/)).getByRole('button'))
    expect(header(/^Country/)).toHaveAttribute('aria-sort', 'descending')
    expect(rowNames()).toEqual([...byName].reverse())

    await user.click(within(header(/^Figures/)).getByRole('button'))
    expect(header(/^Figures/)).toHaveAttribute('aria-sort', 'ascending')
    expect(header(/^Country/)).not.toHaveAttribute('aria-sort')
    const figures = () =>
      within(table())
        .getAllByRole('row')
        .slice(1)
        .map((tr) => Number(tr.querySelectorAll('td')[3]!.textContent))
    const ascending = figures()
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
    await user.click(within(header(/^Figures/)).getByRole('button'))
    expect(header(/^Figures/)).toHaveAttribute('aria-sort', 'descending')
    const descending = figures()
    expect(descending).toEqual([...descending].sort((a, b) => b - a))
    expect(descending[0]).toBeGreaterThan(descending.at(-1)!)
  })

  it('sorts statement dates with undated countries last, both ways', async () => {
    await renderTable()
    const user = userEvent.setup()
    const button = within(header(/^Statement date/)).getByRole('button')
    const dates = () =>
      within(table())
        .getAllByRole('row')
        .slice(1)
        .map((tr) => tr.querySelectorAll('td')[2]!.textContent)
    await user.click(button)
    expect(dates().at(-1)).toBe('not stated')
    expect(dates()[0]).not.toBe('not stated')
    await user.click(button)
    expect(header(/^Statement date/)).toHaveAttribute('aria-sort', 'descending')
    expect(dates().at(-1)).toBe('not stated')
  })

  it('filters rows by the search text and shows the count', async () => {
    await renderTable()
    const user = userEvent.setup()
    const search = screen.getByRole('searchbox', { name: 'Search countries' })
    await user.type(search, 'singapore')
    expect(rowNames()).toEqual(['Singapore'])
    expect(count()).toHaveTextContent(`1 of ${countries.length} rows`)
    await user.clear(search)
    // Case is ignored, and every word must match. (Pasted: typing re-renders the table per key.)
    await user.paste('ILLEGAL prohibits')
    const names = rowNames()
    expect(names.length).toBeGreaterThan(0)
    for (const tr of within(table()).getAllByRole('row').slice(1)) {
      expect(tr).toHaveTextContent(/illegal/i)
      expect(tr).toHaveTextContent(/prohibits/i)
    }
    expect(count()).toHaveTextContent(`${names.length} of ${countries.length} rows`)
  })

  it('shows an empty state when the search matches nothing', async () => {
    await renderTable()
    const user = userEvent.setup()
    await user.type(screen.getByRole('searchbox', { name: 'Search countries' }), 'zzqx')
    expect(count()).toHaveTextContent(`0 of ${countries.length} rows`)
    expect(within(table()).queryAllByRole('rowheader')).toHaveLength(0)
    expect(within(table()).getByText('No countries match “zzqx”.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled()
  })

  it('keeps each tab’s search while another tab is shown', async () => {
    await renderTable()
    const user = userEvent.setup()
    await user.type(screen.getByRole('searchbox', { name: 'Search countries' }), 'poland')
    await user.click(tab('Units'))
    expect(screen.getByRole('searchbox', { name: 'Search units' })).toHaveValue('')
    await user.click(tab('Countries'))
    expect(screen.getByRole('searchbox', { name: 'Search countries' })).toHaveValue('poland')
    expect(rowNames()).toEqual(['Poland'])
  })

  it('selects a country in the store when its name is clicked, and marks the row', async () => {
    await renderTable()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Poland' }))
    expect(useAppStore.getState().country).toBe('POL')
    const row = screen.getByRole('button', { name: 'Poland' }).closest('tr')!
    expect(row).toHaveClass('is-selected')
    expect(within(row).getByText('Selected')).toBeInTheDocument()
    expect(screen.getAllByText('Selected')).toHaveLength(1)

    // A selection made elsewhere (the map) moves the mark.
    act(() => useAppStore.getState().selectCountry('SGP'))
    expect(
      within(screen.getByRole('button', { name: 'Singapore' }).closest('tr')!).getByText('Selected'),
    ).toBeInTheDocument()
    expect(row).not.toHaveClass('is-selected')
  })

  it('selects units and events in the store from their tabs', async () => {
    await renderTable()
    const user = userEvent.setup()
    await user.click(tab('Units'))
    await user.click(screen.getByRole('button', { name: '1st Battalion' }))
    expect(useAppStore.getState().unit).toBe('1st-battalion')
    expect(useAppStore.getState().country).toBeNull()

    await user.click(tab('Events'))
    await user.click(screen.getByRole('searchbox', { name: 'Search events' }))
    await user.paste('Yavoriv')
    const [first] = within(table()).getAllByRole('rowheader')
    await user.click(within(first!).getByRole('button'))
    expect(useAppStore.getState().event).toMatch(/yavoriv/)
    expect(within(first!).getByText('Selected')).toBeInTheDocument()
  })

  it('opens both conflicting claims, with their quotes, from the badge', async () => {
    await renderTable()
    const user = userEvent.setup()
    const badge = screen.getByRole('button', { name: 'Conflicting claims about Australia' })
    expect(badge).toHaveTextContent('Conflicting claims')
    expect(badge).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByText(/I would say at this time the legality/)).toBeNull()

    await user.click(badge)
    expect(badge).toHaveAttribute('aria-expanded', 'true')
    const detail = document.getElementById(badge.getAttribute('aria-controls')!)!
    expect(detail).toBeVisible()
    const claims = within(detail).getAllByRole('listitem')
    expect(claims).toHaveLength(2)
    expect(claims[0]).toHaveTextContent('The table row says it is legal for an Australian to fight')
    expect(claims[0]!.querySelector('q')).toHaveTextContent(
      'While legal for an Australian to fight for a foreign government',
    )
    expect(claims[0]!.querySelector('cite')).toHaveTextContent(
      'Summary of official international government responses',
    )
    expect(claims[1]!.querySelector('q')).toHaveTextContent(
      'I would say at this time the legality of such actions are uncertain under Australian law.',
    )
    expect(claims[1]!.querySelector('cite')).toHaveTextContent('International response > Australia')
    // The detail row does not count as a row of data.
    expect(count()).toHaveTextContent(`${countries.length} of ${countries.length} rows`)

    await user.click(badge)
    expect(badge).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByText(/I would say at this time the legality/)).toBeNull()
  })

  it('shows units with their wing, parent, nationalities, the name-lost mark and their status at the as-of date', async () => {
    await renderTable()
    const user = userEvent.setup()
    await user.click(tab('Units'))
    const rowOf = (name: string) => screen.getByRole('button', { name }).closest('tr')!
    expect(rowOf('1st Battalion')).toHaveTextContent(
      'to be disbanded on 31 December 2025 (announced; the source does not confirm it happened)',
    )
    expect(rowOf('1st Battalion')).toHaveTextContent('International Legion (Ground Forces)')
    expect(within(rowOf('Muslim Caucasian unit')).getByText('name lost')).toBeInTheDocument()
    expect(rowOf('Pahonia Regiment')).toHaveTextContent(
      /formation date not stated \(shown from its parent's formation, 27 February 2022\)$/,
    )

    act(() => useAppStore.setState({ asOf: '2026-01-01' }))
    expect(rowOf('1st Battalion')).toHaveTextContent('to be disbanded on 31 December 2025 (announced;')
    expect(rowOf('Pahonia Regiment')).toHaveTextContent('disbanded 1 July 2023')
    expect(rowOf('German Volunteer Corps')).toHaveTextContent(/merged into 49th Infantry Battalion/)
    expect(screen.getByRole('table').querySelector('caption')).toHaveTextContent('on 1 January 2026')
  })

  it('narrows the units to the app’s unit filters, says so, and clears them', async () => {
    await renderTable()
    const user = userEvent.setup()
    await user.click(tab('Units'))
    const total = within(table()).getAllByRole('rowheader').length
    // 15 September 2022: the org chart's 34 units, and 3 units formed later, said apart.
    expect(total).toBe(37)
    expect(screen.getByTestId('unit-count')).toHaveTextContent(
      /^34 of 34 units match on 15 September 2022 · 3 more not yet formed, listed with that status$/,
    )
    act(() => useAppStore.setState({ wing: 'hur' }))
    const rows = within(table()).getAllByRole('row').slice(1)
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.length).toBeLessThan(total)
    for (const tr of rows) expect(tr).toHaveTextContent('Defence Intelligence (HUR)')
    const hur = selectUnits(atlas, { ...NO_FILTERS, wing: 'hur' }, '2022-09-15')
    expect(rows.length).toBe(hur.matches.length + hur.notYet.length)
    expect(screen.getByTestId('unit-count')).toHaveTextContent(
      new RegExp(
        `^${hur.matches.length} of 34 units match on 15 September 2022.*Unit filters: wing: Defence Intelligence`,
      ),
    )
    expect(count()).toHaveTextContent(`${rows.length} of ${rows.length} rows`)

    act(() => useAppStore.setState({ nationality: 'AUT' }))
    expect(within(table()).getByText('No units match the unit filters in force.')).toBeInTheDocument()
    expect(count()).toHaveTextContent('0 of 0 rows')

    await user.click(screen.getByRole('button', { name: 'Clear unit filters' }))
    expect(useAppStore.getState().wing).toBeNull()
    expect(within(table()).getAllByRole('rowheader')).toHaveLength(total)
  })

  it('lists events by date, as precise as the source, sorting a month at its first day', async () => {
    await renderTable()
    const user = userEvent.setup()
    await user.click(tab('Events'))
    expect(header(/^Date/)).toHaveAttribute('aria-sort', 'ascending')
    const dates = within(table())
      .getAllByRole('row')
      .slice(1)
      .map((tr) => tr.querySelector('td')!.textContent)
    expect(dates[0]).toMatch(/2014/)
    expect(dates.at(-1)).toBe('undated')
    expect(dates).toContain('March 2022')
    expect(dates.indexOf('March 2022')).toBeLessThan(dates.indexOf('7 March 2022'))
  })

  it('renders data holding markup as text', async () => {
    const data = readData('countries.json')
    data[0].name = '<img src=x onerror=alert(1)>'
    const { container } = await renderTable({ 'data/countries.json': { body: JSON.stringify(data) } })
    expect(screen.getByRole('button', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
  })

  it('downloads the current table as CSV, searched and sorted, with the as-of date', async () => {
    const { created, createObjectURL, revokeObjectURL } = stubObjectUrls()
    const clicks: Array<{ href: string; download: string }> = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download })
    })

    await renderTable()
    const user = userEvent.setup()
    await user.click(screen.getByRole('searchbox', { name: 'Search countries' }))
    await user.paste('land')
    await user.click(within(header(/^Country/)).getByRole('button'))
    const shown = rowNames()

    vi.useFakeTimers({ toFake: ['setTimeout'] })
    fireEvent.click(screen.getByRole('button', { name: 'Download CSV' }))
    expect(createObjectURL).toHaveBeenCalledTimes(1)
    expect(clicks).toEqual([{ href: 'blob:test/1', download: 'legion-atlas-countries-2022-09-15.csv' }])
    expect(revokeObjectURL).not.toHaveBeenCalled()
    vi.advanceTimersByTime(REVOKE_AFTER_MS)
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:test/1')
    vi.useRealTimers()

    const text = (await readBlob(created[0]!)).replace(/^\uFEFF/, '')
    const lines = text.split('\r\n')
    expect(lines[0]).toBe(
      'id,name,legality,stance,stated,stated_start,stated_end,stated_precision,stated_qualifier,figures,sections,section,quote,conflicting_claims',
    )
    expect(lines.slice(1, -1)).toHaveLength(shown.length)
    // The as-of date, the search and the citation are the ZIP's metadata, not repeated on each row.
    expect(text).not.toContain(SOURCE_CITATION)
    // Same order as on screen: sorted descending by name.
    const names = lines.slice(1, -1).map((l) => shown.find((n) => l.includes(`,${n},`)))
    expect(names).toEqual(shown)
    expect(
      screen.getByText(`Saved legion-atlas-countries-2022-09-15.csv (${shown.length} rows).`),
    ).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }))
    const json = JSON.parse(await readBlob(created[1]!))
    expect(json.metadata.asOf).toBe('2022-09-15')
    expect(json.metadata.filters.search).toBe('land')
    expect(json.rows.map((r: { name: string }) => r.name)).toEqual(shown)
    expect(clicks[1]!.download).toBe('legion-atlas-countries-2022-09-15.json')
  })

  it('says it is loading, then reports a broken file with a retry', async () => {
    renderWithData(<TableView />, { 'data/events.json': { status: 404 } })
    expect(screen.getByRole('status')).toHaveTextContent('Loading the tables')
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })
})

describe('unit status at a date', () => {
  const unit = (over: Partial<Unit>): Unit => ({
    id: 'u',
    name: 'U',
    nameLost: false,
    kind: 'unit',
    wing: 'legion',
    parent: null,
    nationalities: { iso3: [], peoples: [] },
    formed: { date: '2022-02-27', precision: 'day' },
    disbanded: null,
    merged: null,
    conflicts: [],
    ...over,
  })
  const b = unit({ id: 'b', name: 'B Battalion' })
  const textOf = (u: Unit, asOf: string) => statusText(buildAtlas({ units: [u, b] }), u, asOf)
  const statusAt = (u: Unit, asOf: string) => unitStateAt(buildAtlas({ units: [u, b] }), u, asOf)

  it('is not yet formed before its formation date, active after it', () => {
    expect(statusAt(unit({}), '2022-02-26')).toBe('not-yet')
    expect(statusAt(unit({}), '2022-02-27')).toBe('active')
    // Undated and above nothing dated: in the structure from the Legion's creation, not before.
    expect(statusAt(unit({ formed: null }), '2022-02-26')).toBe('not-yet')
    expect(statusAt(unit({ formed: null }), '2022-02-27')).toBe('active')
  })

  it('reads a planned disbandment as planned at every date, never as done', () => {
    const planned = unit({ disbanded: { date: '2025-12-31', precision: 'day', qualifier: 'planned' } })
    expect(statusAt(planned, '2025-12-30')).toBe('disbandment-planned')
    expect(statusAt(planned, '2026-03-01')).toBe('disbandment-planned')
    expect(textOf(planned, '2026-03-01')).toBe(
      'to be disbanded on 31 December 2025 (announced; the source does not confirm it happened)',
    )
  })

  it('counts a month-precision change from the first day of the month', () => {
    const u = unit({ disbanded: { date: '2023-07', precision: 'month' } })
    expect(statusAt(u, '2023-06-30')).toBe('active')
    expect(statusAt(u, '2023-07-01')).toBe('disbanded')
    expect(textOf(u, '2023-07-01')).toBe('disbanded July 2023')
  })

  it('is merged from the merger date, or always when the source gives no date', () => {
    const dated = unit({ merged: { date: { date: '2025', precision: 'year' }, into: 'b' } })
    expect(statusAt(dated, '2024-12-31')).toBe('active')
    expect(textOf(dated, '2025-01-01')).toBe('merged into B Battalion, 2025')
    const undated = unit({ merged: { date: null, into: 'b' } })
    expect(textOf(undated, '2022-03-01')).toBe('merged into B Battalion (date not stated)')
  })
})

describe('searching rows', () => {
  it('ignores accents and case, and needs every word', () => {
    const rows = unitRows(atlas, selectUnits(atlas, NO_FILTERS, '2022-09-15'))
    const found = searchRows(rows, UNIT_TABLE.columns, 'KASTUS kalinouski')
    expect(found.map((r) => r.name)).toEqual(['Kastuś Kalinoŭski Regiment'])
    expect(searchRows(rows, UNIT_TABLE.columns, 'kastus nowhere')).toEqual([])
    expect(searchRows(rows, UNIT_TABLE.columns, '   ')).toHaveLength(rows.length)
  })
})

describe('event rows', () => {
  it('sort by the start of each date’s period, undated last in both directions', () => {
    const rows = eventRows(atlas)
    for (const direction of ['ascending', 'descending'] as const) {
      const sorted = sortRows(rows, EVENT_TABLE.columns, { column: 'date', direction })
      const dated = sorted.filter((r) => r.event.date)
      expect(sorted.slice(dated.length).every((r) => r.event.date === null)).toBe(true)
      const starts = dated.map((r) => EVENT_TABLE.columns[0]!.sortValue(r) as string)
      const expected = [...starts].sort()
      expect(starts).toEqual(direction === 'ascending' ? expected : expected.reverse())
    }
  })
})

describe('the people tab', () => {
  it('lists every person of people.json, lost names included, and a name selects their country', async () => {
    await renderTable()
    const user = userEvent.setup()
    await user.click(tab('People'))
    const people = readData('people.json') as Array<{ name: string | null; nationalities: string[] }>
    await screen.findByRole('searchbox', { name: 'Search people' })
    expect(count()).toHaveTextContent(`${people.length} of ${people.length} rows`)
    const lost = people.filter((p) => p.name === null).length
    expect(lost).toBeGreaterThan(0)
    expect(within(table()).getAllByText(/^name lost in source: /)).toHaveLength(lost)
    await user.click(within(table()).getByRole('button', { name: 'Craig Lang' }))
    expect(useAppStore.getState().country).toBe('USA')
    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'Lang')
    const names = within(table())
      .getAllByRole('rowheader')
      .map((th) => th.textContent)
    expect(names).toContain('Craig Lang')
    expect(names.length).toBeLessThan(people.length)
  })
})
