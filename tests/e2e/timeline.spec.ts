import { expect, openApp, test } from './fixtures'

test.describe.configure({ timeout: 60_000 })

/** The count on a legend entry; 0 when the entry is not shown (it appears only when used). */
async function legendCount(page: import('@playwright/test').Page, name: RegExp): Promise<number> {
  const entry = page.getByRole('group', { name: /^Legend/ }).getByRole('button', { name })
  if (!(await entry.count())) return 0
  return Number(/(\d+)/.exec(await entry.innerText())![1])
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

  // Back before the Legion existed: the map colours no country by its stance on it.
  await page.keyboard.press('Home')
  await expect(page.getByTestId('header-as-of')).toHaveText('1 January 2014')
  const early = await legendCount(page, /^the Legion did not exist yet/)
  expect(early).toBeGreaterThan(10)
  await page.keyboard.press('PageUp')
  await page.keyboard.press('End')
  await expect.poll(() => legendCount(page, /^the Legion did not exist yet/)).toBe(0)
  await expect.poll(() => legendCount(page, /^legal with permission/)).toBeGreaterThan(0)
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

test('Ctrl + wheel zooms the timeline and not the page; a drag across the lanes zooms into its range; a click on the axis sets the date', async ({
  page,
  watch,
}) => {
  await openApp(page, '/?date=2022-06-01')
  const chart = page.getByRole('group', { name: /^Timeline of events/ })
  await chart.scrollIntoViewIfNeeded()
  const full = (await chart.getAttribute('aria-label'))!
  const box = (await chart.boundingBox())!
  // Every wheel event, kept from the window's capture phase to read later whether it was taken.
  await page.evaluate(() => {
    const w = window as unknown as { wheels: WheelEvent[] }
    w.wheels = []
    window.addEventListener('wheel', (e) => w.wheels.push(e), { capture: true, passive: true })
  })
  await page.mouse.move(box.x + box.width / 2, box.y + 20)
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -200)
  await page.keyboard.up('Control')
  await expect(chart).not.toHaveAttribute('aria-label', full)
  expect(
    await page.evaluate(() =>
      (window as unknown as { wheels: WheelEvent[] }).wheels.map((e) => e.defaultPrevented),
    ),
  ).toEqual([true])
  await page.getByRole('button', { name: 'Show all' }).click()
  await expect(chart).toHaveAttribute('aria-label', full)

  // The top pixel of the first lane, above its marks: a drag there draws the brush, not a mark.
  const y = box.y + 7
  await page.mouse.move(box.x + box.width * 0.4, y)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 6 })
  await expect(page.locator('.timeline__brush')).toBeVisible()
  await page.mouse.up()
  await expect(page.locator('.timeline__brush')).toHaveCount(0)
  await expect(chart).not.toHaveAttribute('aria-label', full)
  const [from, to] = (await chart.getAttribute('aria-label'))!
    .replace('Timeline of events, ', '')
    .split(' to ')
    .map((d) => Date.parse(`${d} UTC`))
  // A fifth of about thirteen years: some two and a half.
  expect((to! - from!) / (365.25 * 86_400_000)).toBeGreaterThan(2)
  expect((to! - from!) / (365.25 * 86_400_000)).toBeLessThan(3.2)
  await expect(page.getByTestId('header-as-of')).toHaveText('1 June 2022')

  await page.getByRole('button', { name: 'Show all' }).click()
  await page.mouse.click(box.x + box.width * 0.85, box.y + box.height - 6)
  await expect(page.getByTestId('header-as-of')).not.toHaveText('1 June 2022')
  expect(watch.consoleErrors).toEqual([])
})
