import AxeBuilder from '@axe-core/playwright'
import { expect, openApp, test } from './fixtures'

test.describe.configure({ timeout: 120_000 })

const STATES: Array<[string, string]> = [
  ['no selection', '/'],
  ['a country selected', '/?country=POL'],
  ['a unit selected', '/?unit=pahonia-regiment'],
  ['an event selected', '/?event=yavoriv-strike'],
  ['an early date with filters', '/?date=2022-03-01&layer=stance&wing=hur'],
  ['a figures layer', '/?layer=volunteers&country=USA'],
]

async function violations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  return results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }))
}

for (const [name, path] of STATES) {
  test(`no axe violations with ${name}`, async ({ page }) => {
    await openApp(page, path)
    await expect(page.locator('.country-shapes path').first()).toBeAttached()
    await expect(page.getByRole('slider', { name: 'As of date' })).toBeVisible()
    await expect(page.getByRole('tree').first()).toBeVisible()
    expect(await violations(page)).toEqual([])
  })
}

test('no axe violations with the Sources dialog open', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: 'Sources' }).click()
  await expect(page.getByRole('dialog', { name: 'Sources' })).toBeVisible()
  await expect(page.getByRole('table', { name: /Sections of the article/ })).toBeVisible()
  expect(await violations(page)).toEqual([])
})

test('no axe violations on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openApp(page, '/?country=SGP')
  await expect(page.locator('.country-shapes path').first()).toBeAttached()
  expect(await violations(page)).toEqual([])
})
