/**
 * The Table view and the exports in Chromium, on the production build. The view is mounted in a
 * region named "Table"; the map's export buttons sit in the "Map" region.
 */
import AxeBuilder from '@axe-core/playwright'
import { strFromU8, unzipSync } from 'fflate'
import { readFileSync } from 'node:fs'
import type { Download, Page } from '@playwright/test'
import { csvObjects } from '../helpers/csv'
import { expect, openApp, test } from './fixtures'

const AS_OF = '2022-09-15'
const CSV_HEADER =
  'id,name,legality,stance,stated,stated_start,stated_end,stated_precision,stated_qualifier,' +
  'figures,sections,section,quote,conflicting_claims'

/** Clicks the button and waits for the file it saves. */
async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()])
  return file
}

async function tableRegion(page: Page) {
  // pane=table opens the table in the lower pane, as its tab does.
  await openApp(page, `/?date=${AS_OF}&pane=table`)
  const region = page.getByRole('region', { name: 'Table' })
  await expect(region, 'the Table view is mounted in a region named "Table"').toHaveCount(1)
  await expect(region.getByRole('tablist', { name: 'Data tables' })).toBeVisible()
  return region
}

test.describe('the table view', () => {
  test('tabs follow the arrow keys; search, sort and a row click select like the map', async ({
    page,
    watch,
  }) => {
    const region = await tableRegion(page)
    const tab = (name: string) => region.getByRole('tab', { name })
    await expect(region.getByRole('tab')).toHaveText(['Countries', 'Units', 'Events', 'People'])
    await tab('Countries').click()
    await page.keyboard.press('ArrowRight')
    await expect(tab('Units')).toBeFocused()
    await expect(tab('Units')).toHaveAttribute('aria-selected', 'true')
    await expect(region.getByRole('tabpanel', { name: 'Units' })).toBeVisible()
    await page.keyboard.press('ArrowLeft')
    await expect(tab('Countries')).toHaveAttribute('aria-selected', 'true')

    const header = region.getByRole('columnheader', { name: /^Country/ })
    await expect(header).toHaveAttribute('aria-sort', 'ascending')
    await header.getByRole('button').click()
    await expect(header).toHaveAttribute('aria-sort', 'descending')
    const names = await region.getByRole('rowheader').getByRole('button').allTextContents()
    expect(names.length).toBeGreaterThan(50)
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'en')))

    const search = region.getByRole('searchbox', { name: 'Search countries' })
    await search.fill('poland')
    await expect(region.getByText(/^1 of \d+ rows$/)).toBeVisible()
    await search.fill('no such country')
    await expect(region.getByText(/^0 of \d+ rows$/)).toBeVisible()
    await expect(region.getByText('No countries match “no such country”.')).toBeVisible()
    await search.fill('poland')

    await region.getByRole('button', { name: 'Poland', exact: true }).click()
    const details = page.getByRole('complementary', { name: 'Details' })
    await expect(details.getByRole('heading', { name: 'Poland', exact: true })).toBeVisible()
    await expect(page).toHaveURL(/country=POL/)
    await expect(region.getByRole('row', { name: /Poland/ }).getByText('Selected')).toBeVisible()
    expect(watch.consoleErrors).toEqual([])
  })

  test('a conflict badge opens both claims with their quotes', async ({ page, watch }) => {
    const region = await tableRegion(page)
    const badge = region.getByRole('button', { name: 'Conflicting claims about Australia' })
    await badge.click()
    await expect(badge).toHaveAttribute('aria-expanded', 'true')
    const claims = region.locator(`#${await badge.getAttribute('aria-controls')} li`)
    await expect(claims).toHaveCount(2)
    await expect(claims.nth(1)).toContainText(
      'the legality of such actions are uncertain under Australian law',
    )
    expect(watch.consoleErrors).toEqual([])
  })

  test('downloads the current table as CSV: one row per record, ISO dates beside the words, no metadata', async ({
    page,
    watch,
  }) => {
    const region = await tableRegion(page)
    await region.getByRole('searchbox', { name: 'Search countries' }).fill('land')
    const shown = await region.getByRole('rowheader').getByRole('button').allTextContents()
    const file = await download(page, region.getByRole('button', { name: 'Download CSV' }))
    expect(file.suggestedFilename()).toBe(`legion-atlas-countries-${AS_OF}.csv`)
    const text = readFileSync((await file.path())!, 'utf8')
    expect(text.split('\r\n')[0]!.replace(/^\uFEFF/, '')).toBe(CSV_HEADER)
    // Read as a spreadsheet would: every row the header's width, one per country shown.
    const { rows } = csvObjects(text)
    expect(rows.map((r) => r.name)).toEqual(shown)
    expect(text).not.toContain(AS_OF)
    const finland = rows.find((r) => r.id === 'FIN')!
    expect([finland.stated, finland.stated_start, finland.stated_end, finland.stated_precision]).toEqual([
      'March 2022',
      '2022-03-01',
      '2022-03-31',
      'month',
    ])
    // The source dates no statement for Poland: no date is made up.
    const poland = rows.find((r) => r.id === 'POL')!
    expect([poland.stated_start, poland.stated_end, poland.stated_precision]).toEqual(['', '', 'not stated'])
    await expect(
      region.getByText(`Saved legion-atlas-countries-${AS_OF}.csv (${shown.length} rows).`),
    ).toBeVisible()
    expect(watch.consoleErrors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
  })

  test('downloads a ZIP: the countries and figures CSVs, metadata.json once, a README', async ({
    page,
    watch,
  }) => {
    const region = await tableRegion(page)
    await region.getByRole('searchbox', { name: 'Search countries' }).fill('land')
    const shown = await region.getByRole('rowheader').getByRole('button').allTextContents()
    const file = await download(page, region.getByRole('button', { name: 'Download ZIP' }))
    expect(file.suggestedFilename()).toBe(`legion-atlas-countries-${AS_OF}.zip`)
    const zip = unzipSync(readFileSync((await file.path())!))
    expect(Object.keys(zip)).toEqual(['countries.csv', 'figures.csv', 'metadata.json', 'README.txt'])
    const countries = csvObjects(strFromU8(zip['countries.csv']!))
    expect(countries.rows.map((r) => r.name)).toEqual(shown)
    const figures = csvObjects(strFromU8(zip['figures.csv']!))
    expect(figures.header).toEqual(
      expect.arrayContaining([
        'country',
        'iso3',
        'measure',
        'low',
        'high',
        'claimed_by',
        'date_start',
        'quote',
      ]),
    )
    // The figures of the countries shown, as many as the table's Figures column counts.
    const counted = countries.rows.reduce((n, r) => n + Number(r.figures), 0)
    expect(figures.rows).toHaveLength(counted)
    expect(new Set(figures.rows.map((r) => r.country))).toEqual(
      new Set(countries.rows.filter((r) => r.figures !== '0').map((r) => r.name)),
    )
    const meta = JSON.parse(strFromU8(zip['metadata.json']!))
    expect(meta.asOf).toBe(AS_OF)
    expect(meta.filters.search).toBe('land')
    expect(meta.citation).toMatch(/^Source: encyclopedia article 'International Legion \(Ukraine\)'/)
    expect(meta.tables[0].columns.map((c: { key: string }) => c.key)).toEqual(countries.header)
    expect(strFromU8(zip['README.txt']!)).toContain(`Legion Atlas: Countries, as of 15 September 2022`)
    await expect(region.getByText(new RegExp(`^Saved legion-atlas-countries-${AS_OF}\\.zip`))).toBeVisible()
    expect(watch.consoleErrors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
  })

  test('downloads the figures CSV and the JSON of the events, one metadata block each', async ({ page }) => {
    const region = await tableRegion(page)
    const figuresFile = await download(page, region.getByRole('button', { name: 'Download figures CSV' }))
    expect(figuresFile.suggestedFilename()).toBe(`legion-atlas-figures-${AS_OF}.csv`)
    const figures = csvObjects(readFileSync((await figuresFile.path())!, 'utf8'))
    const range = figures.rows.find((r) => r.low !== r.high && r.low !== '')!
    expect(Number(range.high)).toBeGreaterThan(Number(range.low))

    await region.getByRole('tab', { name: 'Events' }).click()
    const file = await download(page, region.getByRole('button', { name: 'Download JSON' }))
    const json = JSON.parse(readFileSync((await file.path())!, 'utf8'))
    expect(Object.keys(json)).toEqual(['metadata', 'rows'])
    expect(json.metadata.table).toBe('events')
    expect(json.metadata.asOf).toBe(AS_OF)
    expect(json.metadata.citation).toMatch(/^Source: encyclopedia article 'International Legion \(Ukraine\)'/)
    expect(json.rows.length).toBe(json.metadata.totalRows)
    expect(json.rows[0].sources[0].section).toBeTruthy()
    const undated = json.rows.filter((r: { date_precision: string }) => r.date_precision === 'not stated')
    for (const r of undated) expect([r.date_start, r.date_end]).toEqual([null, null])
  })

  test('the table has no accessibility violations axe can find', async ({ page }) => {
    const region = await tableRegion(page)
    await region.getByRole('button', { name: 'Conflicting claims about Australia' }).click()
    const results = await new AxeBuilder({ page }).include('.table-view').analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])
  })
})
