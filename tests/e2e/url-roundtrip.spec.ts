/**
 * Every new choice a link carries survives the round trip: the link restores it, changing it in
 * the page writes it back, and a reload of that address restores it again.
 */
import { expect, openApp, test } from './fixtures'

test('the lower pane, the table tab and its search, and the timeline window round-trip', async ({
  page,
  watch,
}) => {
  await openApp(page, '/?pane=table&table=events&tq=Yavoriv&window=2022-03-01..2022-03-31')
  const table = page.getByRole('region', { name: 'Table' })
  await expect(table.getByRole('tab', { name: 'Events' })).toHaveAttribute('aria-selected', 'true')
  await expect(table.getByRole('searchbox', { name: /Search events/ })).toHaveValue('Yavoriv')
  await expect(table.getByRole('rowheader').first()).toContainText(/Yavoriv/)

  // Changed in the page, written back.
  await table.getByRole('tab', { name: 'Units' }).click()
  await expect(page).toHaveURL(/table=units/)
  await expect(page).not.toHaveURL(/tq=/)
  await table.getByRole('searchbox', { name: /Search units/ }).fill('Pahonia')
  await expect(page).toHaveURL(/tq=Pahonia/)
  await page.getByRole('tab', { name: 'Timeline' }).click()
  await expect(page).toHaveURL(/pane=timeline/)
  const timelineWindow = page.getByRole('slider', { name: 'Timeline window' })
  await expect(timelineWindow).toHaveAttribute('aria-valuetext', '1 March 2022 to 31 March 2022')
  await timelineWindow.focus()
  await page.keyboard.press('PageUp')
  await expect(page).not.toHaveURL(/window=2022-03-01\.\.2022-03-31/)
  const moved = await timelineWindow.getAttribute('aria-valuetext')

  // The written address restores everything on reload.
  await page.reload()
  await expect(page.getByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('slider', { name: 'Timeline window' })).toHaveAttribute(
    'aria-valuetext',
    moved!,
  )
  await page.getByRole('tab', { name: 'Table' }).click()
  await expect(page.getByRole('tab', { name: 'Units' })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByRole('searchbox', { name: /Search units/ })).toHaveValue('Pahonia')
  expect(watch.consoleErrors).toEqual([])
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })

  test('the open view round-trips', async ({ page }) => {
    await openApp(page, '/?view=orgchart')
    const tabs = page.getByRole('tablist', { name: 'Views' })
    await expect(tabs.getByRole('tab', { name: 'Org chart' })).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByRole('tabpanel', { name: 'Org chart' })).toBeVisible()
    await tabs.getByRole('tab', { name: 'Table' }).tap()
    await expect(page).toHaveURL(/view=table/)
    await page.reload()
    await expect(tabs.getByRole('tab', { name: 'Table' })).toHaveAttribute('aria-selected', 'true')
    // Back returns to the view before.
    await page.goBack()
    await expect(tabs.getByRole('tab', { name: 'Org chart' })).toHaveAttribute('aria-selected', 'true')
  })
})
