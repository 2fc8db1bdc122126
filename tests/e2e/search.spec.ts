import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, openApp, test } from './fixtures'

test.describe.configure({ timeout: 90_000 })

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search the atlas' })
const resultsList = (page: Page) => page.getByRole('listbox', { name: 'Search results' })

/** The spoken summary of the results for exactly this query. */
const resultsFor = (page: Page, query: string) =>
  page.getByRole('status').filter({ hasText: new RegExp(`^\\d+ match(es)? for “${query}”`) })

/** The option the combobox marks as active (aria-activedescendant), or null. */
async function activeOption(box: Locator): Promise<{ text: string; group: string } | null> {
  return box.evaluate((input) => {
    const id = input.getAttribute('aria-activedescendant')
    const option = id ? document.getElementById(id) : null
    if (!option) return null
    const group = option.closest('[role="group"]')!
    const label = document.getElementById(group.getAttribute('aria-labelledby')!)!
    return { text: option.textContent ?? '', group: label.textContent ?? '' }
  })
}

/**
 * Types the query and presses ArrowDown until the active option is the wanted one, at most
 * `within` options into its group; returns how far into the group it was.
 */
async function arrowTo(page: Page, query: string, group: string, text: RegExp, within = 3): Promise<number> {
  const box = searchBox(page)
  await box.fill('')
  await box.pressSequentially(query)
  await expect(box).toHaveAttribute('aria-expanded', 'true')
  // The index builds when the search is first focused, and results follow the typing: wait for
  // the results of the whole query before moving through them.
  await expect(resultsFor(page, query)).toHaveCount(1)
  let inGroup = 0
  for (let presses = 0; presses < 30; presses++) {
    await box.press('ArrowDown')
    const active = await activeOption(box)
    if (!active?.group.startsWith(group)) continue
    inGroup += 1
    if (text.test(active.text)) return inGroup
    if (inGroup >= within) break
  }
  throw new Error(`"${query}": no option matching ${text} among the first ${within} ${group}`)
}

test('"Yavoriv", ArrowDown, Enter: the strike is selected and the timeline shown', async ({
  page,
  watch,
}) => {
  await openApp(page)
  const box = searchBox(page)
  await box.click()
  await box.pressSequentially('Yavoriv')
  const listbox = resultsList(page)
  await expect(listbox.getByRole('group', { name: /^Events/ })).toBeVisible()
  await expect(listbox.locator('mark', { hasText: 'Yavoriv' }).first()).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'matches for “Yavoriv”' })).toHaveText(
    /^\d+ matches for “Yavoriv”: 2 events/,
  )
  await box.press('ArrowDown')
  await expect(listbox.getByRole('option', { selected: true })).toContainText(
    'Russian missiles struck the Yavoriv',
  )
  await box.press('Enter')
  await expect(page).toHaveURL(/event=yavoriv-strike/)
  await expect(page).toHaveURL(/view=timeline/)
  await expect(page.getByTestId('header-as-of')).toHaveText('13 March 2022')
  await expect(box).toHaveAttribute('aria-expanded', 'false')
  expect(watch.consoleErrors).toEqual([])
  expect(watch.foreignRequests).toEqual([])
})

const SIX: Array<[query: string, group: string, option: RegExp, url: RegExp]> = [
  ['Yavoriv', 'Events', /^Russian missiles struck the Yavoriv/, /event=yavoriv-strike/],
  ['Cafferkey', 'People', /^Finbar Cafferkey/, /country=IRL/],
  ['Craig Lang', 'People', /^Craig Lang/, /country=USA/],
  ['Kapustin', 'People', /^Denis Kapustin/, /unit=russian-volunteer-corps/],
  ['Norman', 'Units', /^Norman Brigade/, /unit=norman-brigade/],
  ['Georgian', 'Units', /^Georgian Legion/, /unit=georgian-legion/],
]

test('the six words of the issue each find their record by keyboard, among the first of its group', async ({
  page,
  watch,
}) => {
  await openApp(page)
  await searchBox(page).click()
  for (const [query, group, option, url] of SIX) {
    const place = await arrowTo(page, query, group, option)
    expect(place, query).toBeLessThanOrEqual(1)
    await searchBox(page).press('Enter')
    await expect(page, query).toHaveURL(url)
  }
  expect(watch.consoleErrors).toEqual([])
})

test('accents and typos: "kalinouski" and "Cafferky" find their records', async ({ page }) => {
  await openApp(page)
  await searchBox(page).click()
  expect(await arrowTo(page, 'kalinouski', 'Units', /^Kastuś Kalinoŭski Regiment/)).toBe(1)
  expect(await arrowTo(page, 'Cafferky', 'People', /^Finbar Cafferkey/)).toBe(1)
  await expect(resultsList(page).getByRole('option', { selected: true }).locator('mark')).toHaveText(
    'Cafferkey',
  )
})

test('no matches, then Escape closes and clears', async ({ page }) => {
  await openApp(page)
  const box = searchBox(page)
  await box.click()
  await box.pressSequentially('zzqxw')
  await expect(page.getByText('No matches for “zzqxw”', { exact: true }).first()).toBeVisible()
  await expect(box).toHaveAttribute('aria-expanded', 'false')
  await box.press('Escape')
  await expect(page.getByText('No matches for “zzqxw”').first()).toBeHidden()
  await box.press('Escape')
  await expect(box).toHaveValue('')
})

test('no axe violations with the results open', async ({ page }) => {
  await openApp(page)
  await expect(page.locator('.country-shapes path').first()).toBeAttached()
  const box = searchBox(page)
  await box.click()
  await box.pressSequentially('Georgian')
  await expect(resultsFor(page, 'Georgian')).toHaveCount(1)
  await box.press('ArrowDown')
  await expect(resultsList(page).getByRole('option', { selected: true })).toBeVisible()
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(
    results.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
  ).toEqual([])
})

test('the search library is not part of the first load', async ({ page }) => {
  const html = await (await page.request.get('/')).text()
  expect(html).not.toMatch(/search-index/)
  const scripts: string[] = []
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
  })
  await openApp(page)
  await searchBox(page).focus()
  await expect.poll(() => scripts.some((s) => /search-index-.*\.js$/.test(s))).toBe(true)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

  test('a Search button opens a full-width combobox; a tapped result shows its view', async ({
    page,
    watch,
  }) => {
    await openApp(page)
    await expect(searchBox(page)).toBeHidden()
    const open = page.getByRole('button', { name: 'Search', exact: true })
    await expect(open).toHaveAttribute('aria-expanded', 'false')
    await open.tap()
    const box = searchBox(page)
    await expect(box).toBeFocused()
    const field = await box.boundingBox()
    expect(field!.width).toBeGreaterThan(250)
    await box.pressSequentially('Norman')
    await resultsList(page)
      .getByRole('option', { name: /^Norman Brigade/ })
      .tap()
    await expect(page).toHaveURL(/unit=norman-brigade/)
    await expect(page).toHaveURL(/view=orgchart/)
    await expect(box).toBeHidden()
    await expect(open).toBeFocused()
    await expect(open).toHaveAttribute('aria-expanded', 'false')
    expect(watch.consoleErrors).toEqual([])
  })

  test('no axe violations with the results open', async ({ page }) => {
    await openApp(page)
    await page.getByRole('button', { name: 'Search', exact: true }).tap()
    await searchBox(page).pressSequentially('Kapustin')
    await expect(resultsList(page)).toBeVisible()
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    expect(results.violations.map((v) => v.id)).toEqual([])
  })
})
