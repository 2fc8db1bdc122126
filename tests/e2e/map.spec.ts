import { expect, openApp, test } from './fixtures'

test.describe('the map', () => {
  test('click Poland and the Details panel shows its statement', async ({ page, watch }) => {
    await openApp(page)
    await page.locator('path[data-iso3="POL"]').click()
    const details = page.getByRole('complementary', { name: 'Details' })
    await expect(details.getByRole('heading', { name: 'Poland', exact: true })).toBeVisible()
    await expect(details.locator('blockquote')).toHaveText(
      'Polish citizens who want to enlist in the International Legion, or any other foreign army, must receive the approval of the Polish Minister of National Defense.',
    )
    await expect(page).toHaveURL(/country=POL/)
    await page.keyboard.press('Escape')
    await expect(details.getByRole('heading', { name: 'Poland', exact: true })).toHaveCount(0)
    expect(watch.consoleErrors).toEqual([])
  })

  test('select Singapore with the keyboard alone', async ({ page, watch }) => {
    await openApp(page)
    const list = page.getByRole('listbox', { name: /Countries in the source/ })
    // Once the map has loaded, Tab from the top of the page until the country list has focus.
    await expect(list).toBeVisible()
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      if (await list.evaluate((el) => el === document.activeElement)) break
    }
    await expect(list).toBeFocused()
    await page.keyboard.type('Sing')
    await expect(page.getByRole('tooltip')).toContainText('Singapore')
    await page.keyboard.press('Enter')
    const details = page.getByRole('complementary', { name: 'Details' })
    await expect(details.getByRole('heading', { name: 'Singapore', exact: true })).toBeVisible()
    await expect(details).toContainText('It is illegal for Singaporean citizens to enlist')
    expect(watch.consoleErrors).toEqual([])
  })

  test('switching the layer changes the legend', async ({ page, watch }) => {
    await openApp(page)
    const legend = page.getByRole('group', { name: /^Legend/ })
    await expect(legend.getByRole('button', { name: /legal with permission/ })).toBeVisible()
    await page.getByRole('radio', { name: 'Official stance' }).click()
    await expect(legend.getByRole('button', { name: /discourages/ })).toBeVisible()
    await expect(legend.getByRole('button', { name: /legal with permission/ })).toHaveCount(0)
    await page.getByRole('radio', { name: 'Deaths' }).click()
    await expect(legend.getByRole('button', { name: /figure reported/ }).first()).toBeVisible()
    await expect(page.locator('circle.figure-circle').first()).toBeVisible()
    await expect(page).toHaveURL(/layer=deaths/)
    expect(watch.consoleErrors).toEqual([])
  })

  test('a tiny country has a marker with a hit area of at least 24×24 px', async ({ page }) => {
    await openApp(page)
    const hit = page.locator('[data-marker="SGP"] .marker__hit')
    const box = await hit.boundingBox()
    expect(box!.width).toBeGreaterThanOrEqual(23.5)
    expect(box!.height).toBeGreaterThanOrEqual(23.5)
    await hit.hover()
    await expect(page.getByRole('tooltip')).toContainText('Singapore')
  })

  test('zoom buttons zoom, and a drag pans without selecting', async ({ page, watch }) => {
    await openApp(page)
    const group = page.locator('.rsm-zoomable-group')
    const before = await group.getAttribute('transform')
    await page.getByRole('button', { name: 'Zoom in on the map' }).click()
    await expect(group).not.toHaveAttribute('transform', before!)
    const frame = await page.locator('.map-frame').boundingBox()
    const x = frame!.x + frame!.width * 0.55
    const y = frame!.y + frame!.height * 0.3
    const zoomed = await group.getAttribute('transform')
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x + 80, y + 30, { steps: 8 })
    await page.mouse.up()
    // The drag panned the map…
    await expect(group).not.toHaveAttribute('transform', zoomed!)
    // …and selected nothing.
    expect(await page.evaluate(() => new URL(location.href).searchParams.get('country'))).toBeNull()
    expect(watch.consoleErrors).toEqual([])
  })
})
