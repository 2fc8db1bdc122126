import AxeBuilder from '@axe-core/playwright'
import { expect, openApp, test } from './fixtures'

const UK_SECTION = 'International response > United Kingdom'

test('a quote links to its passage in the live article; Cite copies a citation of the current view', async ({
  page,
  context,
  watch,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openApp(page, '/?date=2023-01-31')
  await page.getByRole('button', { name: /^Countries \(\d+\)$/ }).click()
  await page.getByRole('option', { name: /^United Kingdom:/ }).click()
  const details = page.getByRole('complementary', { name: 'Details' })
  await expect(details.getByRole('heading', { name: 'United Kingdom', exact: true })).toBeVisible()
  await expect(page).toHaveURL(/country=GBR/)

  // Each quote's section opens the passage: the section's anchor plus a text fragment, in a new tab.
  const link = details.getByRole('link', { name: new RegExp(`^${UK_SECTION}`) }).first()
  const href = (await link.getAttribute('href'))!
  expect(href).toMatch(
    /^https:\/\/en\.wikipedia\.org\/wiki\/International_Legion_\(Ukraine\)#United_Kingdom:~:text=./,
  )
  await expect(link).toHaveAttribute('target', '_blank')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  await expect(details.getByText(/it may have changed since this atlas was made/).first()).toBeVisible()

  const cite = details.getByRole('button', { name: 'Cite United Kingdom' })
  await cite.click()
  const dialog = page.getByRole('dialog', { name: 'Cite United Kingdom' })
  await expect(dialog).toBeVisible()
  const plain = await dialog.getByRole('textbox', { name: 'Plain text' }).inputValue()
  expect(plain).toContain(`Section “${UK_SECTION}”`)
  expect(plain).toMatch(/“It is illegal for citizens of the United Kingdom/)
  expect(plain).toContain(`Legion Atlas view of United Kingdom: ${page.url()}`)
  const csl = JSON.parse(await dialog.getByRole('textbox', { name: /^CSL-JSON/ }).inputValue())
  expect(csl[0]).toMatchObject({ type: 'entry-encyclopedia', 'container-title': 'Wikipedia' })
  expect(csl[0].accessed['date-parts'][0]).toHaveLength(3)

  await dialog.getByRole('button', { name: 'Copy plain text' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Copied the plain text.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(plain)

  expect(
    await new AxeBuilder({ page })
      .include('dialog')
      .analyze()
      .then((r) => r.violations),
  ).toEqual([])

  // Escape closes the dialog, not the selection, and focus returns to Cite.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(cite).toBeFocused()
  await expect(details.getByRole('heading', { name: 'United Kingdom', exact: true })).toBeVisible()
  expect(watch.consoleErrors).toEqual([])
  expect(watch.foreignRequests).toEqual([])
})
