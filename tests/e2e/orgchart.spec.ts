import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

const orgChart = (page: Page) => page.getByRole('region', { name: 'Org chart' })
const chain = (page: Page) => orgChart(page).getByRole('tree', { name: 'Chain of command' })
const unitItem = (page: Page, name: string) =>
  orgChart(page).getByRole('treeitem', {
    name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(,|$)`),
  })

/**
 * The chart's window: the box the trees are clipped to, found from the tree, not the page. In a
 * pane too narrow for the chart (the details beside it) the trees are a list that scrolls in its box.
 */
const chartWindow = (page: Page) =>
  chain(page).evaluate((tree) => {
    const r = tree.closest('.org-viewport, .org-list')!.getBoundingClientRect()
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }
  })

type Box = { left: number; top: number; right: number; bottom: number }
const contains = (outer: Box, inner: Box) =>
  inner.left >= outer.left - 0.5 &&
  inner.top >= outer.top - 0.5 &&
  inner.right <= outer.right + 0.5 &&
  inner.bottom <= outer.bottom + 0.5

async function boxOf(locator: Locator): Promise<Box> {
  const b = (await locator.boundingBox())!
  return { left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height }
}

test('filtering by Belarus shows the Belarusian units and their path to the root', async ({
  page,
  watch,
}) => {
  await openApp(page)
  const org = orgChart(page)
  await expect(unitItem(page, '1st Battalion')).toBeVisible()
  await org.getByRole('button', { name: /^Filters/ }).click()
  await org.getByRole('combobox', { name: 'Nationality' }).selectOption({ label: 'Belarus (BLR)' })
  await expect(org.getByText(/^5 of \d+ units match$/)).toBeVisible()
  await expect(org.getByRole('button', { name: 'Remove the filter Nationality: Belarus' })).toBeVisible()
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
  await expect(org.getByRole('button', { name: /^Remove the filter/ })).toHaveCount(0)
  expect(watch.consoleErrors).toEqual([])
  expect(watch.foreignRequests).toEqual([])
})

test('before October 2022 the 2nd Battalion has not been formed and is absent', async ({ page, watch }) => {
  await openApp(page, '/?date=2022-09-15')
  const org = orgChart(page)
  await org.getByRole('button', { name: /^Filters/ }).click()
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
  await orgChart(page).getByRole('button', { name: 'Fit to view' }).click()
  await unitItem(page, 'Pahonia Regiment').click()
  await expect(details.getByRole('heading', { name: 'Pahonia Regiment' })).toBeVisible()
  await expect(unitItem(page, 'Pahonia Regiment')).toHaveAttribute('aria-selected', 'true')
  // The details beside it leave too little room for the chart: it becomes a list, and the card
  // clicked keeps the focus.
  await expect(page.locator('.orgchart--list')).toHaveCount(1)
  await expect(unitItem(page, 'Pahonia Regiment')).toBeFocused()

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
  await expect(unitItem(page, 'Karelian Group')).toBeFocused()
  // Escape closes the details: the chart comes back, the focus still on the card.
  await page.keyboard.press('Escape')
  await expect(details.getByRole('heading', { name: 'Karelian Group' })).toHaveCount(0)
  await expect(page.locator('.orgchart--list')).toHaveCount(0)
  await expect(orgChart(page).locator('.org-viewport')).toHaveCount(1)
  await expect(unitItem(page, 'Karelian Group')).toBeFocused()
  // Enter again, then Close from the keyboard: the focus goes back to the card that opened them.
  await page.keyboard.press('Enter')
  await details.getByRole('button', { name: /^Close/ }).focus()
  await page.keyboard.press('Enter')
  await expect(details).toHaveCount(0)
  await expect(unitItem(page, 'Karelian Group')).toBeFocused()
  expect(watch.consoleErrors).toEqual([])
})

test('after "Fit to view" every unit’s name reads at 11 px or more, inside the chart pane', async ({
  page,
  watch,
}) => {
  await openApp(page)
  await expect(unitItem(page, '1st Battalion')).toBeVisible()
  await orgChart(page).getByRole('button', { name: 'Fit to view' }).click()
  const pane = await boxOf(orgChart(page))
  const window = await chartWindow(page)
  const items = orgChart(page).getByRole('treeitem')
  expect(await items.count()).toBe(44)
  const names = await items.evaluateAll((els) =>
    els.map((el) => {
      const name = el.querySelector('.org-node__name')!
      // The drawn size: the font's size times the scale the chart is drawn at.
      const scale = new DOMMatrix(getComputedStyle(el.closest('.org-viewport__content')!).transform).a
      const r = el.getBoundingClientRect()
      return {
        label: el.getAttribute('aria-label')!.split(',')[0],
        px: parseFloat(getComputedStyle(name).fontSize) * scale,
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      }
    }),
  )
  for (const { label, px, box } of names) {
    expect(px, label).toBeGreaterThanOrEqual(11)
    expect(contains(pane, box), label).toBe(true)
    expect(contains(window, box), label).toBe(true)
  }
  expect(watch.consoleErrors).toEqual([])
})

test('scrubbing past Pahonia’s disbandment keeps it in the chart and never scrolls the page', async ({
  page,
  watch,
}) => {
  await openApp(page, '/?unit=pahonia-regiment&date=2023-06-29')
  const pahonia = unitItem(page, 'Pahonia Regiment')
  await expect(pahonia).toHaveAttribute('aria-selected', 'true')
  await expect(pahonia).not.toHaveClass(/is-disbanded/)
  expect(contains(await chartWindow(page), await boxOf(pahonia))).toBe(true)
  const slider = page.getByRole('slider', { name: 'As of date' })
  await slider.focus()
  // From here on the page stays where it is (focusing the slider may have brought it into view).
  const scrollY = await page.evaluate(() => window.scrollY)
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('ArrowRight')
    expect(contains(await chartWindow(page), await boxOf(pahonia))).toBe(true)
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY)
  }
  await expect(slider).toHaveAttribute('aria-valuetext', '2 July 2023')
  await expect(pahonia).toHaveClass(/is-disbanded/)
  await expect(pahonia).toHaveAccessibleName(/disbanded 1 July 2023/)
  expect(contains(await chartWindow(page), await boxOf(pahonia))).toBe(true)
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollY)
  expect(watch.consoleErrors).toEqual([])
})

test('selecting a country outlines its units and leaves the filters as they were', async ({ page }) => {
  await openApp(page, '/?country=CAN')
  const org = orgChart(page)
  for (const name of ['Canadian-Ukrainian Brigade', 'Black Maple Company', 'Norman Brigade'])
    await expect(unitItem(page, name)).toHaveClass(/is-linked/)
  await expect(unitItem(page, '1st Battalion')).not.toHaveClass(/is-linked/)
  await expect(org.getByText(/^37 of 37 units match$/)).toBeVisible()
  await expect(org.getByRole('button', { name: /^Remove the filter/ })).toHaveCount(0)
  await expect(org.getByRole('list', { name: 'Key to the org chart' })).toContainText(
    'outlined: 3 units with volunteers from Canada',
  )
})

test('the chart zooms with its buttons and Ctrl + wheel, shows details once zoomed in, and pans by dragging', async ({
  page,
  watch,
}) => {
  await openApp(page)
  const org = orgChart(page)
  const level = org.getByRole('status', { name: 'Zoom level' })
  const percent = async () => parseInt((await level.textContent())!, 10)
  await expect(chain(page)).toHaveClass(/org-tree--names/)
  const opening = await percent()
  expect(opening).toBeGreaterThanOrEqual(79)
  await org.getByRole('button', { name: 'Zoom in' }).click()
  await expect.poll(percent).toBeGreaterThan(opening)
  await expect(chain(page)).toHaveClass(/org-tree--full/)
  // A card near the window (the chart renders those only) now shows its nationalities.
  await expect(unitItem(page, 'Pahonia Regiment')).toContainText('Belarus')
  await org.getByRole('button', { name: 'Fit to view' }).click()
  const fitted = await percent()

  const box = (await chain(page).boundingBox())!
  await page.mouse.move(box.x + 40, box.y + 40)
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -300)
  await page.keyboard.up('Control')
  await expect.poll(percent).toBeGreaterThan(fitted)

  while ((await percent()) < 150) await org.getByRole('button', { name: 'Zoom in' }).click()
  const frame = await chartWindow(page)
  // d3-zoom pans by a transform, not by scrolling: how far the chart has moved up in the window.
  const top = async () => frame.top - (await chain(page).boundingBox())!.y
  const before = await top()
  // Dragging upwards scrolls the chart down, and the click that ends the drag selects nothing.
  const x = frame.right - 30
  const y = (frame.top + frame.bottom) / 2
  await page.mouse.move(x, y + 60)
  await page.mouse.down()
  await page.mouse.move(x, y - 60, { steps: 8 })
  await page.mouse.up()
  await expect.poll(top).toBeGreaterThan(before + 60)
  await expect(
    page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 3 }),
  ).toHaveCount(0)
  expect(watch.consoleErrors).toEqual([])
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the chart is a readable indented list that fits the width', async ({ page, watch }) => {
    await openApp(page)
    await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Org chart' }).tap()
    const tree = chain(page)
    await expect(tree).toHaveClass(/org-tree--list/)
    const item = unitItem(page, 'Kastuś Kalinoŭski Regiment')
    await item.scrollIntoViewIfNeeded()
    const box = (await item.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(390)
    await expect(item).toContainText('Belarus')
    // Nothing in the region reaches past the screen's right edge.
    const widest = await orgChart(page).evaluate((region) =>
      Math.max(...[...region.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right)),
    )
    expect(widest).toBeLessThanOrEqual(390)
    expect(watch.consoleErrors).toEqual([])
  })
})

test('the org chart has no accessibility violations axe can find, overview or zoomed in', async ({
  page,
}) => {
  await openApp(page, '/?country=BLR')
  await expect(unitItem(page, '1st Battalion')).toBeVisible()
  const check = async () =>
    (await new AxeBuilder({ page }).include('.area-orgchart').analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`,
    )
  expect(await check()).toEqual([])
  await orgChart(page)
    .getByRole('button', { name: /^Filters/ })
    .click()
  expect(await check()).toEqual([])
  // With the details beside it the pane holds a list; closed, the pane holds the chart again.
  await page
    .getByRole('complementary', { name: 'Details' })
    .getByRole('button', { name: /^Close/ })
    .click()
  await orgChart(page).getByRole('button', { name: 'Zoom in' }).click()
  await expect(chain(page)).toHaveClass(/org-tree--full/)
  expect(await check()).toEqual([])
})
