/**
 * The first paint comes from the HTML, before any script runs (src/app/shell.ts): the header, the
 * panes and their loading notes, in the layout that fits the screen. The script then hydrates that
 * HTML (it keeps its nodes) on the plain address, and renders afresh for a link with choices.
 */
import { readFileSync } from 'node:fs'
import { expect, openApp, test } from './fixtures'

const FULL_FILES = ['/data/countries.json', '/data/units.json', '/data/events.json']
const countries = JSON.parse(readFileSync('data/countries.json', 'utf8')) as Array<{
  iso3: string
  sources: Array<{ quote: string }>
}>
const POLAND_QUOTE = countries.find((c) => c.iso3 === 'POL')!.sources[0]!.quote

const SIZES = [
  { name: 'a 1440×900 laptop', viewport: { width: 1440, height: 900 }, lowerPane: true },
  { name: 'a 1280×720 laptop', viewport: { width: 1280, height: 720 }, lowerPane: false },
  { name: 'a 390×844 phone', viewport: { width: 390, height: 844 }, phone: true },
]

for (const size of SIZES) {
  test.describe(`without JavaScript, on ${size.name}`, () => {
    test.use({ viewport: size.viewport, javaScriptEnabled: false })

    test('the page already shows the header, the panes and the time bar, in one layout', async ({ page }) => {
      await page.goto('/')
      await expect(page.getByRole('heading', { level: 1, name: 'Legion Atlas' })).toBeVisible()
      // One layout of the three in the HTML is shown: one heading, one map pane, one time bar.
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      await expect(page.getByRole('region', { name: 'Map' })).toHaveCount(1)
      await expect(page.getByRole('region', { name: 'Map' })).toContainText('Loading the map…')
      await expect(page.getByRole('region', { name: 'Time bar' })).toContainText('Loading the time bar…')
      await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(size.phone ? 1 : 0)
      if (!size.phone) {
        await expect(page.getByRole('region', { name: 'Org chart' })).toBeVisible()
        await expect(page.getByText('Loading events…').filter({ visible: true })).toHaveCount(
          size.lowerPane ? 1 : 0,
        )
      }
    })
  })
}

test('on the plain address the script hydrates the HTML: the nodes it painted stay, with no error', async ({
  page,
  watch,
}) => {
  // Marks the heading as the HTML parser made it, before any script of the page runs.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') document.querySelector('h1')?.setAttribute('data-parsed', '')
    })
  })
  await openApp(page)
  await expect(
    page.getByRole('region', { name: 'Map' }).getByRole('img', { name: /^Poland: / }),
  ).toBeVisible()
  await expect(page.locator('h1[data-parsed]')).toHaveCount(1)
  // The other layouts are gone, and the kept one is the app's root.
  await expect(page.locator('body > div')).toHaveCount(1)
  await expect(page.locator('body > div#root')).toHaveCount(1)
  expect(watch.consoleErrors).toEqual([])
})

test('days after the build, the page hydrates, then shows the real day', async ({ page, request, watch }) => {
  const html = await (await request.get('/')).text()
  const built = /data-shell-day="(\d{4}-\d{2}-\d{2})"/.exec(html)![1]!
  const later = new Date(Date.parse(`${built}T12:00:00Z`) + 3 * 86_400_000)
  await page.clock.setFixedTime(later)
  await openApp(page)
  const label = later.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  await expect(page.getByTestId('header-as-of')).toHaveText(label)
  await expect(
    page.getByRole('region', { name: 'Map' }).getByRole('img', { name: /^Poland: / }),
  ).toBeVisible()
  expect(watch.consoleErrors).toEqual([])
})

test('a link with choices renders them over the HTML, once, with no error', async ({ page, watch }) => {
  await openApp(page, '/?country=POL')
  await expect(page.getByRole('article', { name: 'Poland' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expect(page.locator('body > div')).toHaveCount(1)
  expect(watch.consoleErrors).toEqual([])
})

test('the details, the quotes and d3-zoom load at the first input, not with the page, and a click then shows them', async ({
  page,
  watch,
}) => {
  const scripts: string[] = []
  const dataFiles: string[] = []
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname
    if (r.resourceType() === 'script') scripts.push(path)
    if (path.startsWith('/data/')) dataFiles.push(path)
  })
  await openApp(page)
  const poland = page.locator('svg.map-svg path[data-iso3="POL"]')
  await expect(poland).toBeVisible()
  await expect(page.getByRole('treeitem').first()).toBeVisible()
  expect(scripts.filter((s) => /DetailsPanel-/.test(s))).toEqual([])
  expect(scripts.filter((s) => /\/zoom-kit-/.test(s))).toEqual([])
  // The first load reads the dataset's brief copies (src/data/brief-copies.ts).
  expect(dataFiles.sort()).toEqual([
    '/data/brief/countries.json',
    '/data/brief/events.json',
    '/data/brief/units.json',
  ])
  await page.mouse.move(200, 300)
  await expect.poll(() => scripts.filter((s) => /DetailsPanel-.*\.js$/.test(s)).length).toBe(1)
  await expect.poll(() => FULL_FILES.every((file) => dataFiles.includes(file))).toBe(true)
  // d3-zoom then takes the map's and the org chart's gestures.
  await expect(page.locator('[data-zoom-ready]')).toHaveCount(2)
  expect(scripts.filter((s) => /\/zoom-kit-/.test(s))).toHaveLength(1)
  await poland.click()
  const details = page.getByRole('complementary', { name: 'Details' })
  await expect(details.getByRole('heading', { name: 'Poland', exact: true })).toBeVisible()
  await expect(details.locator('q', { hasText: POLAND_QUOTE })).not.toHaveCount(0)
  expect(watch.consoleErrors).toEqual([])
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

  test('only the open view’s code loads: the org chart’s comes with its tab', async ({ page, watch }) => {
    const scripts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname)
    })
    await openApp(page)
    await expect(page.locator('svg.map-svg path[data-iso3="POL"]')).toBeVisible()
    const chunks = (name: string) => scripts.filter((s) => s.includes(`/${name}-`))
    expect(chunks('OrgChartView')).toEqual([])
    expect(chunks('TimelineView')).toEqual([])
    await page.getByRole('tab', { name: 'Org chart' }).tap()
    await expect(page.getByRole('treeitem').first()).toBeVisible()
    expect(chunks('OrgChartView')).toHaveLength(1)
    expect(watch.consoleErrors).toEqual([])
  })
})
