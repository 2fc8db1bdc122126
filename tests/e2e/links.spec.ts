import { expect, openApp, test } from './fixtures'

test.describe.configure({ timeout: 60_000 })

test('a deep link restores country, date, layer and filters; Back and Forward move between choices', async ({
  page,
  watch,
}) => {
  await openApp(page, '/?country=BLR&date=2023-06-30&layer=stance&wing=hur&status=active&q=corps')
  await expect(page.getByTestId('header-as-of')).toHaveText('30 June 2023')
  await expect(page.getByRole('radio', { name: 'Official stance' })).toHaveAttribute('aria-checked', 'true')
  const details = page.getByRole('complementary', { name: 'Details' })
  await expect(details.getByRole('heading', { name: 'Belarus', exact: true })).toBeVisible()
  const slider = page.getByRole('slider', { name: 'As of date' })
  await expect(slider).toHaveAttribute('aria-valuetext', '30 June 2023')
  const orgchart = page.getByRole('region', { name: 'Org chart' })
  await expect(orgchart.getByRole('treeitem', { name: /^Belarusian Volunteer Corps/ })).toBeVisible()

  // A new choice adds a history entry; Back restores the previous one, Forward the new one.
  await page.getByRole('radio', { name: 'Legality' }).click()
  await expect(page).not.toHaveURL(/layer=/)
  await page.goBack()
  await expect(page).toHaveURL(/layer=stance/)
  await expect(page.getByRole('radio', { name: 'Official stance' })).toHaveAttribute('aria-checked', 'true')
  await page.goForward()
  await expect(page.getByRole('radio', { name: 'Legality' })).toHaveAttribute('aria-checked', 'true')
  expect(watch.consoleErrors).toEqual([])
  expect(watch.foreignRequests).toEqual([])
})

test('a malformed link is ignored with a visible, dismissible notice', async ({ page, watch }) => {
  await openApp(page, '/?date=2022-13-40&layer=gdp&country=ATL')
  const notice = page.getByRole('status').filter({ hasText: 'Some parts of this link were ignored' })
  await expect(notice).toContainText('date=2022-13-40')
  await expect(notice).toContainText('layer=gdp')
  await expect(notice).toContainText('country=ATL')
  await expect(page.getByRole('radio', { name: 'Legality' })).toHaveAttribute('aria-checked', 'true')
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
  expect(watch.consoleErrors).toEqual([])
})

test('selecting a country highlights its units and events; only the filter link filters', async ({
  page,
}) => {
  await openApp(page)
  await page.getByRole('button', { name: /^Countries \(\d+\)$/ }).click()
  await page.getByRole('option', { name: /^Belarus:/ }).click()
  const orgchart = page.getByRole('region', { name: 'Org chart' })
  // Selecting highlights: the other units stay, and no filter is set.
  await expect(orgchart.getByRole('treeitem', { name: /^1st Battalion/ })).toHaveCount(1)
  await expect(page).not.toHaveURL(/nationality=/)
  await expect(orgchart.getByRole('button', { name: /^Remove the filter/ })).toHaveCount(0)
  // The filters live in the org chart's Filters panel: its Nationality filter is still empty.
  await orgchart.getByRole('button', { name: /^Filters/ }).click()
  await expect(orgchart.getByRole('combobox', { name: 'Nationality' })).toHaveValue('')
  await expect(page.locator('.event-mark.is-highlighted').first()).toBeAttached()
  // The link labelled as a filter sets it; the filter bar shows it and Clear removes it.
  const details = page.getByRole('complementary', { name: 'Details' })
  await details.getByRole('button', { name: /show only Belarus’s units/ }).click()
  await expect(page).toHaveURL(/nationality=BLR/)
  await expect(orgchart.getByRole('treeitem', { name: /^Pahonia Regiment/ })).toBeVisible()
  await expect(orgchart.getByRole('treeitem', { name: /^1st Battalion/ })).toHaveCount(0)
  await orgchart.getByRole('button', { name: /Clear/ }).click()
  await expect(page).not.toHaveURL(/nationality=/)
  await expect(orgchart.getByRole('treeitem', { name: /^1st Battalion/ })).toHaveCount(1)
})

test('selecting a unit outlines its nationalities on the map and marks its events', async ({ page }) => {
  await openApp(page, '/?unit=pahonia-regiment')
  await expect(page.getByTestId('map-linked')).toContainText('Belarus')
  await expect(page.locator('.outline--linked').first()).toBeAttached()
  const details = page.getByRole('complementary', { name: 'Details' })
  await expect(details.getByRole('heading', { name: 'Pahonia Regiment', exact: true })).toBeVisible()
  await expect(page.locator('.event-mark.is-highlighted').first()).toBeAttached()
})

test('selecting an event outlines its countries and units and moves the as-of date to it', async ({
  page,
}) => {
  await openApp(page, '/?date=2025-01-01')
  // An undated event does not move the date.
  await page.getByRole('button', { name: /Battle of Kyiv/ }).click()
  await expect(page.getByTestId('header-as-of')).toHaveAttribute('datetime', '2025-01-01')
  // A dated one, opened from a country's details, does.
  await page.getByRole('button', { name: /^Countries \(\d+\)$/ }).click()
  await page.getByRole('option', { name: /^Denmark:/ }).click()
  const details = page.getByRole('complementary', { name: 'Details' })
  await details.getByRole('button', { name: /^\d/ }).first().click()
  const asOf = await page.getByTestId('header-as-of').getAttribute('datetime')
  expect(asOf).not.toBe('2025-01-01')
  await expect(page).toHaveURL(/event=/)
  await expect(page.getByTestId('map-linked')).toContainText('Denmark')
  await expect(page.locator('.event-mark.is-selected').first()).toBeAttached()
})
