/**
 * One screen: the map, the org chart and the time bar are in view together on a laptop, scrubbing
 * never scrolls the page, and a phone keeps the time bar and the tab bar on screen.
 */
import type { Locator, Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

/** The element's box lies wholly inside the viewport. */
async function inViewport(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox()
  const { width, height } = page.viewportSize()!
  return (
    !!box &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= width + 0.5 &&
    box.y + box.height <= height + 0.5
  )
}

const slider = (page: Page) => page.getByRole('slider', { name: 'As of date' })
const mapDrawing = (page: Page) =>
  page.getByRole('region', { name: 'Map' }).locator('svg.map-svg, svg').first()
const treeitems = (page: Page) => page.getByRole('region', { name: 'Org chart' }).getByRole('treeitem')

for (const size of [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size })

    test('the slider, the map and at least three units are in view on load, without scrolling', async ({
      page,
      watch,
    }) => {
      await openApp(page)
      await expect(slider(page)).toBeVisible()
      await expect(treeitems(page).first()).toBeVisible()
      expect(await inViewport(page, slider(page))).toBe(true)
      expect(await inViewport(page, mapDrawing(page))).toBe(true)
      const items = await treeitems(page).all()
      let inView = 0
      for (const item of items) if (await inViewport(page, item)) inView++
      expect(inView).toBeGreaterThanOrEqual(3)
      // The map covers at least as much of the screen as the stacked layout did (about 24 %).
      const map = (await mapDrawing(page).boundingBox())!
      expect((map.width * map.height) / (size.width * size.height)).toBeGreaterThanOrEqual(0.24)
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
        size.height,
      )
      expect(watch.consoleErrors).toEqual([])
    })

    test('stepping the slider turns Pahonia to disbanded while it, the map and the slider stay in view', async ({
      page,
    }) => {
      await openApp(page, '/?unit=pahonia-regiment&date=2023-06-29')
      const pahonia = page
        .getByRole('region', { name: 'Org chart' })
        .getByRole('treeitem', { name: /^Pahonia Regiment/ })
      await expect(pahonia).toBeVisible()
      await expect(slider(page)).toHaveAttribute('aria-valuetext', '29 June 2023')
      const scrollY = await page.evaluate(() => window.scrollY)
      await slider(page).focus()
      for (let step = 0; step < 3; step++) {
        await page.keyboard.press('ArrowRight')
        for (const part of [pahonia, mapDrawing(page), slider(page)])
          await expect.poll(() => inViewport(page, part)).toBe(true)
        expect(await page.evaluate(() => window.scrollY)).toBe(scrollY)
      }
      await expect(slider(page)).toHaveAttribute('aria-valuetext', '2 July 2023')
      await expect(pahonia).toContainText(/disbanded/i)
    })
  })
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

  test('each view is one tap away, and the slider is on screen at every scroll position', async ({
    page,
    watch,
  }) => {
    await openApp(page)
    const tabs = page.getByRole('tablist', { name: 'Views' })
    for (const name of ['Map', 'Timeline', 'Org chart', 'Table']) {
      await tabs.getByRole('tab', { name }).tap()
      await expect(tabs.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true')
      const view = page.getByRole('tabpanel', { name })
      await expect(view).toBeVisible()
      expect(await inViewport(page, slider(page))).toBe(true)
      // Scroll the page and the view's own pane as far as they go: the bars stay on screen.
      await page.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight)
        for (const el of document.querySelectorAll<HTMLElement>('.region__body'))
          el.scrollTop = el.scrollHeight
      })
      expect(await inViewport(page, slider(page))).toBe(true)
      expect(await inViewport(page, tabs)).toBe(true)
    }
    expect(watch.consoleErrors).toEqual([])
  })

  test('a tapped country opens its details on screen, in a sheet that closes', async ({ page }) => {
    await openApp(page)
    await page.getByRole('option', { name: /^Poland:/ }).tap()
    const sheet = page.getByRole('complementary', { name: 'Details' })
    const heading = sheet.getByRole('heading', { name: 'Poland', exact: true })
    await expect(heading).toBeVisible()
    expect(await inViewport(page, heading)).toBe(true)
    expect(await inViewport(page, slider(page))).toBe(true)
    await sheet.getByRole('button', { name: /Close/ }).tap()
    await expect(sheet).toHaveCount(0)
  })
})
