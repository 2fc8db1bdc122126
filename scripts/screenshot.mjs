// Takes desktop (1440x900) and phone (390x844) screenshots of the running preview server.
// Usage: node scripts/screenshot.mjs [path] [name] [--click "Option name"] [--region "Org chart"]
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'

const [path = '/', name = 'app'] = process.argv.slice(2).filter((a) => !a.startsWith('--'))
const clickIndex = process.argv.indexOf('--click')
const clickText = clickIndex > 0 ? process.argv[clickIndex + 1] : null
const scrollIndex = process.argv.indexOf('--region')
const regionName = scrollIndex > 0 ? process.argv[scrollIndex + 1] : null
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173'
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
})
for (const [label, viewport] of [
  ['desktop', { width: 1440, height: 900 }],
  ['phone', { width: 390, height: 844 }],
]) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1 })
  page.on('console', (m) => m.type() === 'error' && console.error('console error:', m.text()))
  await page.goto(base + path)
  await page.waitForTimeout(1200)
  if (clickText) {
    await page
      .getByRole('option', { name: new RegExp(`^${clickText}`) })
      .first()
      .click()
    await page.waitForTimeout(400)
  }
  if (regionName) {
    await page.getByRole('region', { name: regionName }).scrollIntoViewIfNeeded()
    await page.evaluate((name) => {
      const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent === name)
      heading?.scrollIntoView({ block: 'start' })
    }, regionName)
    await page.waitForTimeout(300)
  }
  await page.screenshot({ path: `screenshots/${name}-${label}.png`, fullPage: process.env.FULL === '1' })
  await page.close()
}
await browser.close()
console.info('saved screenshots/' + name + '-{desktop,phone}.png')
