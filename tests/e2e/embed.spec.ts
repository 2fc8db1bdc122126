/**
 * Embeds and sharing in Chromium: a plain page on a second local origin embeds the map with the
 * code the Share dialog gives; the iframe shows the map and is sized to its content.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect, openApp, test } from './fixtures'

let host: Server
let hostOrigin = ''
let embedHtml = ''

test.beforeAll(async () => {
  host = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(`<!doctype html><html><head><title>A newsroom page</title></head><body style="margin:0">
      <h1>A story about the Legion</h1>${embedHtml}<p>The story goes on.</p></body></html>`)
  })
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve))
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`
})

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())))

test('the Share dialog gives the link and an embed code that a page on another origin can use', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  await openApp(page, '/?date=2023-06-30&country=POL')
  await page.getByRole('button', { name: 'Share' }).click()
  const dialog = page.getByRole('dialog', { name: 'Share this view' })
  await expect(dialog.getByRole('textbox', { name: /^Link/ })).toHaveValue(/date=2023-06-30/)
  await dialog.getByRole('button', { name: 'Copy link' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Link copied.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('country=POL')
  await dialog.getByRole('radio', { name: 'Map' }).check()
  const code = await dialog.getByRole('textbox', { name: /^Embed code/ }).inputValue()
  expect(code).toContain('embed=map')
  expect(code).toContain('/embed.js')

  // The newsroom's page, on another origin, pastes the code.
  embedHtml = code
  await page.goto(`${hostOrigin}/story.html`)
  const frame = page.frameLocator('iframe[data-legion-atlas]')
  await expect(frame.getByRole('heading', { name: /How governments treat citizens/ })).toBeVisible()
  await expect(frame.getByRole('region', { name: 'Map' }).locator('svg').first()).toBeVisible()
  await expect(frame.getByTestId('header-as-of')).toHaveText('30 June 2023')
  await expect(frame.getByRole('link', { name: 'Open in Legion Atlas' })).toHaveAttribute(
    'href',
    /date=2023-06-30/,
  )
  // The page chrome is hidden.
  await expect(frame.getByRole('heading', { level: 1, name: 'Legion Atlas' })).toHaveCount(0)
  await expect(frame.getByRole('slider', { name: 'As of date' })).toHaveCount(0)

  // embed.js sizes the iframe to its content: no inner scrollbars. (The frame is cross-origin, so
  // its document is read through its own Playwright frame.)
  const iframe = page.locator('iframe[data-legion-atlas]')
  const appFrame = page.frames().find((f) => f.url().includes('embed=map'))!
  const inner = () =>
    appFrame.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }))
  await expect
    .poll(async () => {
      const frameHeight = (await iframe.boundingBox())!.height
      return Math.abs(frameHeight - (await inner()).scroll)
    })
    .toBeLessThanOrEqual(1)
  const { scroll, client } = await inner()
  expect(scroll).toBeLessThanOrEqual(client)
  // Not merely the height the code asked for: the script changed it.
  expect((await iframe.boundingBox())!.height).not.toBe(620)
})

test('an embed keeps its parameter as the user changes the state inside it', async ({ page }) => {
  await page.goto('/?embed=orgchart&date=2023-06-30')
  await expect(page.getByRole('heading', { name: 'The International Legion’s units' })).toBeVisible()
  await page.getByRole('button', { name: /^Filters/ }).click()
  await page.getByRole('combobox', { name: 'Wing' }).selectOption('hur')
  await expect(page).toHaveURL(/wing=hur/)
  await expect(page).toHaveURL(/embed=orgchart/)
})
