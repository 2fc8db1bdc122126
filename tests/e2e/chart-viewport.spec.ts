/**
 * The org chart's window (d3-zoom): what the wheel, the keyboard, a short press and touches do.
 * tests/e2e/orgchart.spec.ts covers the buttons, Ctrl + wheel zoom and a pan by dragging.
 */
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

const orgChart = (page: Page) => page.getByRole('region', { name: 'Org chart' })
const viewport = (page: Page) => page.locator('.org-viewport')
const tree = (page: Page) => orgChart(page).getByRole('tree', { name: 'Chain of command' })
const percent = async (page: Page) =>
  parseInt((await orgChart(page).getByRole('status', { name: 'Zoom level' }).textContent())!, 10)
const unitItem = (page: Page, name: string) =>
  orgChart(page).getByRole('treeitem', {
    name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(,|$)`),
  })
const box = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!
/** How far the chart sits below the top of its window. */
const chartOffset = async (page: Page) => (await box(tree(page))).y - (await box(viewport(page))).y

/**
 * Keeps every wheel event (from the window's capture phase, so that no listener stopping it can
 * hide it), to read afterwards whether a listener took it.
 */
async function watchWheels(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { wheels: WheelEvent[] }
    w.wheels = []
    window.addEventListener('wheel', (e) => w.wheels.push(e), { capture: true, passive: true })
  })
}
const wheels = (page: Page) =>
  page.evaluate(() => (window as unknown as { wheels: WheelEvent[] }).wheels.map((e) => e.defaultPrevented))

test('a plain wheel over the chart is left to the page; Ctrl + wheel zooms the chart and never the page', async ({
  page,
  watch,
}) => {
  await openApp(page)
  await viewport(page).evaluate((el) => el.scrollIntoView({ block: 'center' }))
  const level = await percent(page)
  await watchWheels(page)
  let frame = await box(viewport(page))
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2)
  // d3-zoom loads at the first input (src/components/use-zoom-kit.ts), as the pointer moves in.
  await expect(viewport(page)).toHaveAttribute('data-zoom-ready', '')
  await page.mouse.wheel(0, 250)
  // Not taken: the page scrolls if it can; the chart neither zooms nor moves.
  await expect.poll(() => wheels(page)).toEqual([false])
  expect(await percent(page)).toBe(level)
  const offset = await chartOffset(page)
  await page.mouse.wheel(0, 100)
  await expect.poll(() => wheels(page)).toEqual([false, false])
  expect(await chartOffset(page)).toBeCloseTo(offset, 0)

  // At the largest zoom d3-zoom has nothing left to do, and the page still does not zoom.
  const zoomIn = orgChart(page).getByRole('button', { name: 'Zoom in' })
  while (await zoomIn.isEnabled()) await zoomIn.click()
  expect(await percent(page)).toBe(200)
  frame = await box(viewport(page))
  await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2)
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -100)
  await page.mouse.wheel(0, 300)
  await page.keyboard.up('Control')
  await expect.poll(() => percent(page)).toBeLessThan(200)
  expect(await wheels(page)).toEqual([false, false, true, true])
  expect(await page.evaluate(() => window.visualViewport!.scale)).toBe(1)
  expect(watch.consoleErrors).toEqual([])
})

test('a card focused from the keyboard is panned into the window and onto the screen', async ({
  page,
  watch,
}) => {
  await openApp(page)
  const zoomIn = orgChart(page).getByRole('button', { name: 'Zoom in' })
  while ((await percent(page)) < 100) await zoomIn.click()
  await viewport(page).evaluate((el) => el.scrollIntoView({ block: 'center' }))
  await unitItem(page, 'Ukrainian Armed Forces').focus()
  const screen = page.viewportSize()!
  for (const [keys, name] of [
    [['End'], 'NOMAD Unit'],
    [['Home'], 'Ukrainian Armed Forces'],
    [['k', 'a'], 'Karelian Group'],
    [['End'], 'NOMAD Unit'],
  ] as const) {
    for (const key of keys) await page.keyboard.press(key)
    const card = unitItem(page, name)
    await expect(card).toBeFocused()
    const c = await box(card)
    const f = await box(viewport(page))
    expect(c.x).toBeGreaterThanOrEqual(f.x)
    expect(c.x + c.width).toBeLessThanOrEqual(f.x + f.width)
    expect(c.y).toBeGreaterThanOrEqual(f.y)
    expect(c.y + c.height).toBeLessThanOrEqual(f.y + f.height)
    expect(c.y).toBeGreaterThanOrEqual(-1)
    expect(c.y + c.height).toBeLessThanOrEqual(screen.height + 1)
  }
  expect(watch.consoleErrors).toEqual([])
})

test('a press that moves less than 5 px still selects the card under it', async ({ page, watch }) => {
  await openApp(page)
  await orgChart(page).getByRole('button', { name: 'Fit to view' }).click()
  await unitItem(page, 'Pahonia Regiment').scrollIntoViewIfNeeded()
  const card = await box(unitItem(page, 'Pahonia Regiment'))
  const x = card.x + card.width / 2
  const y = card.y + card.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x + 3, y + 2, { steps: 3 })
  await page.mouse.up()
  const details = page.getByRole('complementary', { name: 'Details' })
  await expect(details.getByRole('heading', { name: 'Pahonia Regiment' })).toBeVisible()
  expect(watch.consoleErrors).toEqual([])
})

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 1366, height: 1024 }, hasTouch: true, isMobile: true })

  test('a pinch over the chart zooms the chart, not the page, and one finger pans it', async ({
    page,
    watch,
  }) => {
    await openApp(page)
    await viewport(page).evaluate((el) => el.scrollIntoView({ block: 'center' }))
    const cdp = await page.context().newCDPSession(page)
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map(([x, y], id) => ({ x, y, id })),
      })
    const frame = await box(viewport(page))
    const cx = frame.x + frame.width / 2
    const cy = frame.y + frame.height / 2
    const level = await percent(page)
    // On a touch screen d3-zoom loads as the chart opens: a first touch may be this pinch.
    await expect(viewport(page)).toHaveAttribute('data-zoom-ready', '')
    await touch('touchStart', [
      [cx - 40, cy],
      [cx + 40, cy],
    ])
    for (let i = 1; i <= 8; i++)
      await touch('touchMove', [
        [cx - 40 - i * 8, cy],
        [cx + 40 + i * 8, cy],
      ])
    await touch('touchEnd', [])
    await expect.poll(() => percent(page)).toBeGreaterThan(level)
    expect(await page.evaluate(() => window.visualViewport!.scale)).toBe(1)

    // One finger from low in the window to high in it (however tall the pane makes the window).
    const reach = Math.min(100, frame.height / 2 - 12)
    const offset = await chartOffset(page)
    await touch('touchStart', [[cx, cy + reach]])
    for (let i = 1; i <= 10; i++) await touch('touchMove', [[cx, cy + reach - (i * 2 * reach) / 10]])
    await touch('touchEnd', [])
    await expect.poll(() => chartOffset(page)).toBeLessThan(offset - reach)
    expect(watch.consoleErrors).toEqual([])
  })
})
