/**
 * The as-of date shows only what the source supports: no stance and no undated unit before the
 * Legion existed, undated stances counted apart, and a planned disbandment never drawn as done.
 */
import { expect, openApp, test } from './fixtures'

const STANCE_CATEGORIES = [
  'legal',
  'conditional',
  'unclear',
  'illegal',
  'unspecified',
  'permits',
  'neutral',
  'discourages',
  'prohibits',
  'hostile',
]

test('on 1 January 2014 no country is coloured by a stance, and only the units dated 2014 are present', async ({
  page,
  watch,
}) => {
  await openApp(page, '/?date=2014-01-01')
  const map = page.getByRole('region', { name: 'Map' })
  await expect(map.locator('svg.map-svg path[data-iso3="POL"]')).toHaveAttribute('data-cat', 'before-legion')
  const categories = await map
    .locator('svg.map-svg [data-cat]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-cat')))
  expect(categories.length).toBeGreaterThan(40)
  expect(categories.filter((c) => STANCE_CATEGORIES.includes(c!))).toEqual([])
  await expect(map.getByRole('button', { name: /^the Legion did not exist yet \d+/ })).toBeVisible()

  const org = page.getByRole('region', { name: 'Org chart' })
  // The Georgian Legion and the Kalinoŭski unit are dated 2014 (the latter by a conflicting claim);
  // every other unit is dated later or undated.
  await expect(org.getByText(/^2 of 2 units match$/)).toBeVisible()
  await expect(org.getByRole('treeitem', { name: /^Georgian Legion,/ })).toBeVisible()
  await expect(
    org.getByRole('treeitem', { name: /^Kastuś Kalinoŭski Regiment,.*conflicting claims/ }),
  ).toBeVisible()
  for (const name of ['Freedom of Russia Legion', 'Norman Brigade', 'Belarusian Volunteer Corps'])
    await expect(org.getByRole('treeitem', { name: new RegExp(`^${name},`) })).toHaveCount(0)
  expect(watch.consoleErrors).toEqual([])
})

test('on 1 March 2022 the legend counts dated and undated stances apart', async ({ page }) => {
  await openApp(page, '/?date=2022-03-01')
  const legend = page.getByRole('group', { name: /^Legend/ })
  const undated = legend.getByRole('button', { name: /^statement date not stated \d+/ })
  await expect(undated).toBeVisible()
  const total = Number(/(\d+)/.exec((await undated.textContent())!)![1])
  const perEntry = await legend
    .locator('.map-legend__undated')
    .evaluateAll((els) => els.map((e) => Number(/\+(\d+)/.exec(e.textContent!)![1])))
  expect(perEntry.length).toBeGreaterThan(0)
  expect(perEntry.reduce((a, b) => a + b, 0)).toBe(total)
  const hatched = await page
    .locator('svg.map-svg path[data-undated]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('fill')))
  expect(hatched).toHaveLength(total)
  for (const fill of hatched) expect(fill).toMatch(/^url\(#pattern-undated-/)
})

test('the 1st Battalion reads as a planned disbandment on 15 January 2026', async ({ page }) => {
  await openApp(page, '/?date=2026-01-15')
  const org = page.getByRole('region', { name: 'Org chart' })
  const first = org.getByRole('treeitem', { name: /^1st Battalion,/ })
  await expect(first).toHaveAccessibleName(
    /to be disbanded on 31 December 2025 \(announced; the source does not confirm it happened\)/,
  )
  await expect(first).toHaveClass(/is-disbandment-planned/)
  await expect(first).not.toHaveClass(/is-disbanded\b/)
})

test('selecting the United Kingdom lists its people, each with what the source reports', async ({ page }) => {
  await openApp(page, '/?country=GBR')
  const details = page.getByRole('complementary', { name: 'Details' })
  const heading = details.getByRole('heading', { name: 'People from United Kingdom the source names' })
  await expect(heading).toBeVisible()
  const list = details.locator('.details__people > li')
  await expect(list.first()).toBeVisible()
  expect(await list.count()).toBeGreaterThanOrEqual(9)
  await expect(details.getByText('Aiden Aslin', { exact: true })).toBeVisible()
})
