/**
 * The map on a touch phone: region presets, and a 24-px target for every country the source covers.
 */
import { readFileSync } from 'node:fs'
import { expect, openApp, test } from './fixtures'

test.describe('the map on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

  const COUNTRIES = (JSON.parse(readFileSync('data/countries.json', 'utf8')) as Array<{ iso3: string }>).map(
    (c) => c.iso3,
  )

  /** Choose a region preset and wait for the map to show it. */
  async function chooseRegion(page: import('@playwright/test').Page, label: string) {
    const group = page.locator('.map-zoom-layer')
    const before = await group.getAttribute('transform')
    await page.getByRole('combobox', { name: 'Region' }).selectOption({ label })
    if (label !== 'World') await expect(group).not.toHaveAttribute('transform', before!)
  }

  /**
   * The countries that can be tapped with a target of at least 24×24 CSS px as the map is shown:
   * a marker's target, or a shape whose box in the map's frame is that big, and where a tap lands
   * on it (not on a control over the map, nor on another country).
   */
  function tappable(page: import('@playwright/test').Page, iso3s: string[]) {
    return page.evaluate((codes) => {
      const frame = document.querySelector('.map-frame')!.getBoundingClientRect()
      const found: Record<string, { width: number; height: number; at: [number, number] }> = {}
      const hits = (iso3: string, x: number, y: number) =>
        document.elementFromPoint(x, y)?.closest('[data-iso3]')?.getAttribute('data-iso3') === iso3
      for (const iso3 of codes) {
        const marker = document.querySelector(`svg.map-svg [data-marker="${iso3}"] .marker__hit`)
        const elements = [marker, ...document.querySelectorAll(`svg.map-svg path[data-iso3="${iso3}"]`)]
        for (const element of elements) {
          if (!element) continue
          const box = element.getBoundingClientRect()
          const [x0, y0] = [Math.max(box.left, frame.left), Math.max(box.top, frame.top)]
          const [x1, y1] = [Math.min(box.right, frame.right), Math.min(box.bottom, frame.bottom)]
          if (x1 - x0 < 23.5 || y1 - y0 < 23.5) continue
          // Points of a 7×7 grid over the box, the middle first.
          const points = Array.from({ length: 49 }, (_, n): [number, number] => [
            x0 + ((x1 - x0) * (n % 7)) / 6,
            y0 + ((y1 - y0) * Math.floor(n / 7)) / 6,
          ]).sort(
            (a, b) =>
              Math.hypot(a[0] - (x0 + x1) / 2, a[1] - (y0 + y1) / 2) -
              Math.hypot(b[0] - (x0 + x1) / 2, b[1] - (y0 + y1) / 2),
          )
          const landed = points.find((at) => hits(iso3, ...at))
          if (landed) {
            found[iso3] = { width: Math.round(x1 - x0), height: Math.round(y1 - y0), at: landed }
            break
          }
        }
      }
      return found
    }, iso3s)
  }

  test('Europe makes Belgium a target of at least 24 px', async ({ page, watch }) => {
    await openApp(page)
    await expect(page.locator('.country-shapes path').first()).toBeAttached()
    // The map fills the width it is given.
    const frame = (await page.locator('.map-frame').boundingBox())!
    const view = (await page.locator('.map-view').boundingBox())!
    expect(frame.width).toBeGreaterThanOrEqual(view.width - 2)
    expect(frame.width).toBeGreaterThan(340)
    expect(await tappable(page, ['BEL'])).toEqual({})
    await chooseRegion(page, 'Europe')
    await expect(page).toHaveURL(/region=europe/)
    const belgium = (await tappable(page, ['BEL'])).BEL!
    expect(belgium.width).toBeGreaterThanOrEqual(24)
    expect(belgium.height).toBeGreaterThanOrEqual(24)
    await page.touchscreen.tap(...belgium.at)
    await expect(
      page
        .getByRole('complementary', { name: 'Details' })
        .getByRole('heading', { name: 'Belgium', exact: true }),
    ).toBeVisible()
    expect(watch.consoleErrors).toEqual([])
  })

  test('every country on the map can be tapped with a 24-px target in World or a region preset', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await openApp(page)
    await expect(page.locator('.country-shapes path').first()).toBeAttached()
    const labels = await page.getByRole('combobox', { name: 'Region' }).locator('option').allInnerTexts()
    expect(labels.slice(0, 2)).toEqual(['World', 'Europe'])
    const reached = new Map<string, string>()
    for (const label of labels) {
      await chooseRegion(page, label)
      for (const iso3 of Object.keys(await tappable(page, COUNTRIES)))
        if (!reached.has(iso3)) reached.set(iso3, label)
    }
    expect(COUNTRIES.filter((iso3) => !reached.has(iso3))).toEqual([])
  })
})
