import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

const orgChart = (page: Page) => page.getByRole('region', { name: 'Org chart' })
const unitItem = (page: Page, name: string) =>
  orgChart(page).getByRole('treeitem', {
    name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(,|$)`),
  })

test('filtering by Belarus shows the Belarusian units and their path to the root', async ({
  page,
  watch,
}) => {
  await openApp(page)
  const org = orgChart(page)
  await expect(unitItem(page, '1st Battalion')).toBeVisible()
  await org.getByRole('combobox', { name: 'Nationality' }).selectOption({ label: 'Belarus (BLR)' })
  await expect(org.getByText(/^5 of \d+ units match$/)).toBeVisible()
  for (const name of [
    'Pahonia Regiment',
    'Belarusian Volunteer Corps',
    'Kastuś Kalinoŭski Regiment',
    'Freedom of Russia Legion',
    'Tactical Group "Belarus"',
  ])
    await expect(unitItem(page, name)).toBeVisible()
  await expect(unitItem(page, 'Main Directorate of Intelligence')).toBeVisible()
  await expect(unitItem(page, '1st Battalion')).toHaveCount(0)
  await org.getByRole('button', { name: 'Clear filters' }).click()
  await expect(unitItem(page, '1st Battalion')).toBeVisible()
  expect(watch.consoleErrors).toEqual([])
  expect(watch.foreignRequests).toEqual([])
})

test('before October 2022 the 2nd Battalion has not been formed and is absent', async ({ page, watch }) => {
  await openApp(page, '/?date=2022-09-15')
  const org = orgChart(page)
  await expect(org.getByRole('combobox', { name: 'Status on 15 September 2022' })).toBeVisible()
  await expect(unitItem(page, '1st Battalion')).toBeVisible()
  await expect(unitItem(page, '2nd Battalion')).toHaveCount(0)
  await expect(unitItem(page, '1st Battalion')).toHaveAccessibleName(
    /to be disbanded on 31 December 2025 \(announced; the source does not confirm it happened\)/,
  )
  await expect(org.getByText(/^34 of 34 units match$/)).toBeVisible()
  expect(watch.consoleErrors).toEqual([])
})

test('a unit chosen by click or keyboard opens in the details panel', async ({ page, watch }) => {
  await openApp(page)
  const details = page.getByRole('complementary', { name: 'Details' })
  // The card lies outside the chart's window at first (d3-zoom pans by a transform, which the
  // browser cannot scroll to a click target): show the whole chart, as a user would, then click.
  await orgChart(page).getByRole('button', { name: 'Fit to view' }).click()
  await unitItem(page, 'Pahonia Regiment').click()
  await expect(details.getByRole('heading', { name: 'Pahonia Regiment' })).toBeVisible()
  await expect(unitItem(page, 'Pahonia Regiment')).toHaveAttribute('aria-selected', 'true')

  await unitItem(page, 'Pahonia Regiment').focus()
  await page.keyboard.press('Home')
  await expect(unitItem(page, 'Ukrainian Armed Forces')).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(unitItem(page, 'International Legion for the Defence of Ukraine')).toBeFocused()
  await page.keyboard.press('ArrowLeft')
  await expect(unitItem(page, 'International Legion for the Defence of Ukraine')).toHaveAttribute(
    'aria-expanded',
    'false',
  )
  await page.keyboard.type('Ka')
  await expect(unitItem(page, 'Karelian Group')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(details.getByRole('heading', { name: 'Karelian Group' })).toBeVisible()
  expect(watch.consoleErrors).toEqual([])
})

test('the wide chart zooms with its buttons and Ctrl + wheel, and pans by dragging', async ({
  page,
  watch,
}) => {
  await openApp(page)
  const org = orgChart(page)
  const level = org.getByRole('status', { name: 'Zoom level' })
  await org.getByRole('button', { name: 'Actual size' }).click()
  await expect(level).toHaveText('100%')
  await org.getByRole('button', { name: 'Zoom out' }).click()
  await expect(level).toHaveText('80%')
  await org.getByRole('button', { name: 'Fit to view' }).click()
  const fitted = parseInt((await level.textContent())!, 10)
  expect(fitted).toBeLessThan(80)

  const tree = org.getByRole('tree', { name: 'Chain of command' })
  const box = (await tree.boundingBox())!
  await page.mouse.move(box.x + 20, box.y + 20)
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -300)
  await page.keyboard.up('Control')
  await expect.poll(async () => parseInt((await level.textContent())!, 10)).toBeGreaterThan(fitted)

  await org.getByRole('button', { name: 'Actual size' }).click()
  const viewport = page.locator('.org-viewport')
  await viewport.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  const frame = (await viewport.boundingBox())!
  // d3-zoom pans by a transform, not by scrolling: how far the chart has moved up in the window.
  const top = async () => frame.y - (await tree.boundingBox())!.y
  const before = await top()
  // Dragging upwards scrolls the chart down, and the click that ends the drag selects nothing.
  const x = frame.x + frame.width - 30
  const y = frame.y + frame.height / 2
  await page.mouse.move(x, y + 100)
  await page.mouse.down()
  await page.mouse.move(x, y - 100, { steps: 8 })
  await page.mouse.up()
  await expect.poll(top).toBeGreaterThan(before + 100)
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 3 }),
  ).toHaveCount(0)
  expect(watch.consoleErrors).toEqual([])
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the chart is a readable indented list that fits the width', async ({ page, watch }) => {
    await openApp(page)
    const tree = orgChart(page).getByRole('tree', { name: 'Chain of command' })
    await expect(tree).toHaveClass(/org-tree--list/)
    const item = unitItem(page, 'Kastuś Kalinoŭski Regiment')
    await item.scrollIntoViewIfNeeded()
    const box = (await item.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(390)
    // Nothing in the region reaches past the screen's right edge.
    const widest = await orgChart(page).evaluate((region) =>
      Math.max(...[...region.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right)),
    )
    expect(widest).toBeLessThanOrEqual(390)
    expect(watch.consoleErrors).toEqual([])
  })
})

test('the org chart has no accessibility violations axe can find', async ({ page }) => {
  await openApp(page)
  await expect(unitItem(page, '1st Battalion')).toBeVisible()
  const results = await new AxeBuilder({ page }).include('.area-orgchart').analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])
})
