/**
 * The Table view and the exports in Chromium, on the production build. The view is mounted in a
 * region named "Table"; the map's export buttons sit in the "Map" region.
 */
import AxeBuilder from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

const AS_OF = '2022-09-15'
const CSV_HEADER =
  'as_of,unit_filter_wing,unit_filter_nationality,unit_filter_status,unit_filter_q,table_search,citation,' +
  'id,name,legality,stance,stated,figures,sections,section,quote,conflicting_claims'

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

  test('downloads the current table as CSV, with its header and the as-of date', async ({ page, watch }) => {
    const region = await tableRegion(page)
    await region.getByRole('searchbox', { name: 'Search countries' }).fill('land')
    const shown = await region.getByRole('rowheader').getByRole('button').allTextContents()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      region.getByRole('button', { name: 'Download CSV' }).click(),
    ])
    expect(download.suggestedFilename()).toBe(`legion-atlas-countries-${AS_OF}.csv`)
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '')
    const [first, ...rest] = text.split('\r\n')
    expect(first).toBe(CSV_HEADER)
    expect(text).toContain(AS_OF)
    const records = rest.filter((line) => line.startsWith(`${AS_OF},`))
    expect(records).toHaveLength(shown.length)
    expect(records[0]).toContain(',land,')
    await expect(
      region.getByText(`Saved legion-atlas-countries-${AS_OF}.csv (${shown.length} rows).`),
    ).toBeVisible()
    expect(watch.consoleErrors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
  })

  test('downloads the current table as JSON', async ({ page }) => {
    const region = await tableRegion(page)
    await region.getByRole('tab', { name: 'Events' }).click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      region.getByRole('button', { name: 'Download JSON' }).click(),
    ])
    const json = JSON.parse(readFileSync((await download.path())!, 'utf8'))
    expect(json.table).toBe('events')
    expect(json.asOf).toBe(AS_OF)
    expect(json.citation).toMatch(/^Source: encyclopedia article 'International Legion \(Ukraine\)'/)
    expect(json.rows.length).toBe(json.totalRows)
    expect(json.rows[0].sources[0].section).toBeTruthy()
  })

  test('the table has no accessibility violations axe can find', async ({ page }) => {
    const region = await tableRegion(page)
    await region.getByRole('button', { name: 'Conflicting claims about Australia' }).click()
    const results = await new AxeBuilder({ page }).include('.table-view').analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])
  })
})
