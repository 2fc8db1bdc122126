/**
 * Readable at a glance: the legend keeps to at most two kinds of "no data", and no page ever
 * scrolls sideways on a phone, whatever view, table tab or panel is open.
 */
import type { Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

// Every wording the legend has used for a country without a value; today only two may remain.
const NO_DATA =
  /no stance|not in the source|no figure|not covered|not yet stated|legality not stated|no data/i

test('each map layer’s legend has at most two “no data” entries, each explained on screen', async ({
  page,
}) => {
  await openApp(page)
  for (const layer of ['Legality', 'Official stance', 'Volunteers', 'Deaths']) {
    await page.getByRole('radio', { name: layer }).click()
    const legend = page.getByRole('group', { name: /^Legend/ })
    await expect(legend.getByRole('button').first()).toBeVisible()
    const entries = await legend.getByRole('button').allInnerTexts()
    const noData = entries.filter((text) => NO_DATA.test(text))
    expect(noData.length, `${layer}: ${noData.join(' | ')}`).toBeLessThanOrEqual(2)
    // The meaning is in words on screen, not only in a hover title.
    expect(await legend.innerText()).toMatch(/not in the source/)
  }
})

async function expectNoSidewaysScroll(page: Page, where: string) {
  const { scrollWidth, width, scrollX } = await page.evaluate(() => {
    window.scrollTo(600, window.scrollY)
    return {
      scrollWidth: document.documentElement.scrollWidth,
      width: window.innerWidth,
      scrollX: window.scrollX,
    }
  })
  expect(scrollWidth, where).toBeLessThanOrEqual(width)
  expect(scrollX, where).toBe(0)
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

  test('no page scrolls sideways after every view, table tab and the details have been opened', async ({
    page,
  }) => {
    await openApp(page)
    const views = page.getByRole('tablist', { name: 'Views' })
    for (const view of ['Map', 'Timeline', 'Org chart', 'Table']) {
      await views.getByRole('tab', { name: view }).tap()
      await expect(page.getByRole('tabpanel', { name: view })).toBeVisible()
      await expectNoSidewaysScroll(page, view)
    }
    const tables = page.getByRole('tablist', { name: 'Data tables' })
    for (const tab of ['Countries', 'Units', 'Events', 'People']) {
      await tables.getByRole('tab', { name: tab }).tap()
      await expect(tables.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true')
      await expectNoSidewaysScroll(page, `Table → ${tab}`)
    }
    await tables.getByRole('tab', { name: 'Countries' }).tap()
    await page.getByRole('button', { name: 'Poland', exact: true }).tap()
    await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible()
    await expectNoSidewaysScroll(page, 'details of Poland')
  })
})
