import { expect, openApp, test } from './fixtures'

test.describe.configure({ timeout: 60_000 })

async function notYetStatedCount(page: import('@playwright/test').Page): Promise<number> {
  const text = await page
    .getByRole('group', { name: /^Legend/ })
    .getByRole('button', { name: /not yet stated/ })
    .innerText()
  return Number(/(\d+)\s*$/.exec(text)![1])
}

test('scrubbing with the keyboard moves the as-of date, and the map and the org chart respond', async ({
  page,
  watch,
}) => {
  await openApp(page, '/?date=2022-09-01')
  const orgchart = page.getByRole('region', { name: 'Org chart' })
  await expect(orgchart.getByRole('treeitem', { name: /^1st Battalion/ })).toBeVisible()
  await expect(orgchart.getByRole('treeitem', { name: /^2nd Battalion/ })).toHaveCount(0)

  const slider = page.getByRole('slider', { name: 'As of date' })
  await slider.focus()
  await page.keyboard.press('Shift+ArrowRight')
  await expect(page.getByTestId('header-as-of')).toHaveText('1 October 2022')
  await expect(slider).toHaveAttribute('aria-valuetext', '1 October 2022')
  await expect(orgchart.getByRole('treeitem', { name: /^2nd Battalion/ })).toBeVisible()

  // Back before the governments spoke: the map shows statements as not yet made.
  await page.keyboard.press('Home')
  await expect(page.getByTestId('header-as-of')).toHaveText('1 January 2014')
  const early = await notYetStatedCount(page)
  expect(early).toBeGreaterThan(10)
  await page.keyboard.press('PageUp')
  await page.keyboard.press('End')
  await expect.poll(() => notYetStatedCount(page)).toBeLessThan(early)
  await expect(page).toHaveURL(/date=/)
  expect(watch.consoleErrors).toEqual([])
})

test('Play advances the date a month at a time and Pause stops it', async ({ page }) => {
  await openApp(page, '/?date=2022-01-15')
  await page.getByRole('button', { name: 'Play' }).click()
  await expect(page.getByTestId('header-as-of')).toHaveText('15 March 2022', { timeout: 5_000 })
  await page.getByRole('button', { name: 'Pause' }).click()
  const stopped = await page.getByTestId('header-as-of').innerText()
  await page.waitForTimeout(1_600)
  await expect(page.getByTestId('header-as-of')).toHaveText(stopped)
})

test('an event opens in the details with its quote and section, and a cluster zooms in', async ({ page }) => {
  await openApp(page, '/?date=2025-06-01')
  const marks = page.getByRole('list', { name: 'Events' }).getByRole('listitem')
  const cluster = marks.filter({ has: page.locator('.event-mark__count') }).first()
  const before = await page.getByRole('group', { name: /^Timeline of events/ }).getAttribute('aria-label')
  await cluster.click()
  await expect(page.getByRole('group', { name: /^Timeline of events/ })).not.toHaveAttribute(
    'aria-label',
    before!,
  )
  await page.getByRole('button', { name: 'Show all' }).click()
  const single = marks.filter({ hasNot: page.locator('.event-mark__count') }).last()
  await single.focus()
  await expect(page.getByRole('tooltip')).toBeVisible()
  await page.keyboard.press('Enter')
  const details = page.getByRole('complementary', { name: 'Details' })
  await expect(details.locator('q').first()).toBeVisible()
  await expect(details.locator('cite').first()).toBeVisible()
  await expect(page).toHaveURL(/event=/)
})
