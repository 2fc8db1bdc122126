import { readFileSync } from 'node:fs'
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
    // Once the map has loaded, Tab from the top of the page to the country list's button; Enter
    // opens the list beside the map and puts the keyboard in it.
    const toggle = page.getByRole('button', { name: /^Countries \(\d+\)$/ })
    await expect(toggle).toBeVisible()
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab')
      if (await toggle.evaluate((el) => el === document.activeElement)) break
    }
    await expect(toggle).toBeFocused()
    await page.keyboard.press('Enter')
    const list = page.getByRole('listbox', { name: /Countries in the source/ })
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

  test('a plain wheel over the map is the page’s; Ctrl + wheel zooms the map', async ({ page, watch }) => {
    await openApp(page)
    const group = page.locator('.rsm-zoomable-group')
    await expect(group).toHaveAttribute('transform', /scale\(1\)/)
    // Whether the page may still scroll: the map does not cancel a plain wheel.
    await page.evaluate(() => {
      const seen: boolean[] = []
      Object.assign(window, { wheelsSeen: seen })
      window.addEventListener('wheel', (e) => seen.push(e.defaultPrevented))
    })
    const frame = (await page.locator('.map-frame').boundingBox())!
    await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2)
    await page.mouse.wheel(0, 200)
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { wheelsSeen: boolean[] }).wheelsSeen))
      .toEqual([false])
    await expect(group).toHaveAttribute('transform', /scale\(1\)/)
    await expect(page.getByText('Ctrl or ⌘ + wheel to zoom')).toBeVisible()
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, -200)
    await page.keyboard.up('Control')
    await expect(group).not.toHaveAttribute('transform', /scale\(1\)/)
    const scale = Number(/scale\(([\d.]+)\)/.exec((await group.getAttribute('transform'))!)![1])
    expect(scale).toBeGreaterThan(1.2)
    expect(watch.consoleErrors).toEqual([])
  })

  test('choosing a legend entry narrows the country list, and Show all brings them back', async ({
    page,
  }) => {
    await openApp(page, '/?date=2026-01-01')
    const legend = page.getByRole('group', { name: /^Legend/ })
    const illegal = legend.getByRole('button', { name: /^illegal \d+/ })
    const [dated, undated] = [
      Number(await illegal.locator('.map-legend__count').innerText()),
      Number(/\d+/.exec(await illegal.locator('.map-legend__undated').innerText())![0]),
    ]
    await illegal.click()
    await expect(page).toHaveURL(/legend=illegal/)
    const list = page.getByRole('listbox', { name: /Countries in the source/ })
    await expect(list.getByRole('option')).toHaveCount(dated + undated)
    await expect(page.getByTestId('country-list-narrowed')).toHaveText(
      `${dated + undated} illegal · Show all`,
    )
    for (const name of await list.getByRole('option').allInnerTexts()) expect(name).not.toBe('Poland')
    await expect(list.getByRole('option', { name: /^Poland/ })).toHaveCount(0)
    await page.getByRole('button', { name: 'Show all countries' }).click()
    await expect(list.getByRole('option')).toHaveCount(75)
    await expect(page).not.toHaveURL(/legend=/)
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

  test('the whole world draws the simplified shapes; zoomed in, the detailed ones load, once', async ({
    page,
    watch,
  }) => {
    const geo: string[] = []
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname
      if (path.startsWith('/geo/')) geo.push(path)
    })
    await openApp(page)
    const poland = page.locator('svg.map-svg path[data-iso3="POL"]')
    await expect(poland).toBeVisible()
    const overview = (await poland.getAttribute('d'))!
    expect(geo).toEqual(['/geo/world-shapes-overview.json'])
    await page.getByRole('button', { name: 'Zoom in on the map' }).click()
    await expect(poland).not.toHaveAttribute('d', overview)
    // More points to Poland's border, and Back to the world keeps them: nothing loads again.
    expect((await poland.getAttribute('d'))!.length).toBeGreaterThan(overview.length)
    await page.getByRole('button', { name: 'Reset' }).click()
    await expect(poland).not.toHaveAttribute('d', overview)
    expect(geo).toEqual(['/geo/world-shapes-overview.json', '/geo/world-shapes.json'])
    expect(watch.consoleErrors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
  })
})

test.describe('the map export', () => {
  test('saves the map as the user sees it: same shapes, fills, zoom and legend', async ({
    page,
    watch,
  }, testInfo) => {
    await openApp(page, '/?date=2022-09-15&layer=stance&country=POL')
    const map = page.getByRole('region', { name: 'Map' })
    const poland = map.locator('svg.map-svg path[data-iso3="POL"]')
    await expect(poland).toBeVisible()
    await page.getByRole('button', { name: 'Zoom in on the map' }).click()
    const group = page.locator('.rsm-zoomable-group')
    await expect(group).toHaveAttribute('transform', /scale\(1\.6\)/)
    const live = {
      d: await poland.getAttribute('d'),
      fill: await poland.getAttribute('fill'),
      transform: await group.getAttribute('transform'),
      viewBox: await map.locator('svg.map-svg').getAttribute('viewBox'),
    }
    await map.getByRole('button', { name: 'Download map' }).click()
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      map.getByRole('button', { name: 'Download map as SVG' }).click(),
    ])
    expect(svgDownload.suggestedFilename()).toBe('legion-atlas-map-stance-2022-09-15.svg')
    const svg = readFileSync((await svgDownload.path())!, 'utf8')
    await svgDownload.saveAs(testInfo.outputPath('map.svg'))
    const saved = await page.evaluate(async (markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml')
      if (doc.querySelector('parsererror')) return null
      const poland = doc.querySelector('path[data-iso3="POL"]')!
      const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }))
      const img = new Image()
      img.src = url
      await img.decode()
      URL.revokeObjectURL(url)
      return {
        width: img.naturalWidth,
        d: poland.getAttribute('d'),
        fill: poland.getAttribute('fill'),
        stroke: poland.getAttribute('stroke'),
        transform: doc.querySelector('svg.map-export-map > g')!.getAttribute('transform'),
        legend: [...doc.querySelectorAll('.map-export-legend-entry text')].map((t) => t.textContent),
        text: doc.documentElement.textContent,
      }
    }, svg)
    expect(saved).toMatchObject({ width: 800, d: live.d, fill: live.fill, stroke: '#4a4a4a' })
    // The same view: the same zoom, and the same map point at the middle of the live map's box
    // (its frame's shape) and of the file's 800×400 map.
    const parse = (t: string) =>
      /translate\((-?[\d.]+) (-?[\d.]+)\) scale\(([\d.]+)\)/.exec(t)!.slice(1).map(Number)
    const [lx, ly, lk] = parse(live.transform!)
    const [sx, sy, sk] = parse(saved!.transform!)
    const [, , boxWidth, boxHeight] = live.viewBox!.split(' ').map(Number)
    expect(sk).toBeCloseTo(lk!, 6)
    expect((400 - sx!) / sk!).toBeCloseTo((boxWidth! / 2 - lx!) / lk!, 3)
    expect((200 - sy!) / sk!).toBeCloseTo((boxHeight! / 2 - ly!) / lk!, 3)
    expect(saved!.text).toContain('As of 15 September 2022')
    expect(saved!.text).toContain('Layer: stance')
    expect(saved!.text).toContain("Source: encyclopedia article 'International Legion (Ukraine)'")
    // The legend's entries on screen, as the file's legend says them (the ⚠ entry is the page's:
    // the file shows no ⚠).
    const legend = await page
      .getByRole('group', { name: /^Legend/ })
      .getByRole('button')
      .filter({ hasNotText: '⚠' })
      .evaluateAll((buttons) =>
        buttons.map((b) => {
          const [, label, count, undated] = [...b.children].map((c) => c.textContent)
          const apart = undated ? /\+(\d+)/.exec(undated)![1] : null
          return apart ? `${label} (${count} dated, ${apart} date not stated)` : `${label} (${count})`
        }),
      )
    expect(saved!.legend.slice(0, legend.length)).toEqual(legend)

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      map.getByRole('button', { name: 'Download map as PNG' }).click(),
    ])
    expect(pngDownload.suggestedFilename()).toBe('legion-atlas-map-stance-2022-09-15.png')
    const png = readFileSync((await pngDownload.path())!)
    await pngDownload.saveAs(testInfo.outputPath('map.png'))
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(png.readUInt32BE(16)).toBe(1600)
    expect(watch.consoleErrors).toEqual([])
    expect(watch.foreignRequests).toEqual([])
  })
})

test.describe('the map on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

  const COUNTRIES = (JSON.parse(readFileSync('data/countries.json', 'utf8')) as Array<{ iso3: string }>).map(
    (c) => c.iso3,
  )

  /** Choose a region preset and wait for the map to show it. */
  async function chooseRegion(page: import('@playwright/test').Page, label: string) {
    const group = page.locator('.rsm-zoomable-group')
    const before = await group.getAttribute('transform')
    await page.getByRole('combobox', { name: 'Region' }).selectOption({ label })
    if (label !== 'World') await expect(group).not.toHaveAttribute('transform', before!)
  }

  /**
   * The countries that can be tapped with a target of at least 24×24 CSS px as the map is shown:
   * a marker's target, or a shape whose box in the map's frame is that big, and where a tap lands
   * on it (not on a control over the map, nor on another country).
   */
  function tappable(page: import('@playwright/test').Page, iso3s: string[]) {
    return page.evaluate((codes) => {
      const frame = document.querySelector('.map-frame')!.getBoundingClientRect()
      const found: Record<string, { width: number; height: number; at: [number, number] }> = {}
      const hits = (iso3: string, x: number, y: number) =>
        document.elementFromPoint(x, y)?.closest('[data-iso3]')?.getAttribute('data-iso3') === iso3
      for (const iso3 of codes) {
        const marker = document.querySelector(`svg.map-svg [data-marker="${iso3}"] .marker__hit`)
        const elements = [marker, ...document.querySelectorAll(`svg.map-svg path[data-iso3="${iso3}"]`)]
        for (const element of elements) {
          if (!element) continue
          const box = element.getBoundingClientRect()
          const [x0, y0] = [Math.max(box.left, frame.left), Math.max(box.top, frame.top)]
          const [x1, y1] = [Math.min(box.right, frame.right), Math.min(box.bottom, frame.bottom)]
          if (x1 - x0 < 23.5 || y1 - y0 < 23.5) continue
          // Points of a 7×7 grid over the box, the middle first.
          const points = Array.from({ length: 49 }, (_, n): [number, number] => [
            x0 + ((x1 - x0) * (n % 7)) / 6,
            y0 + ((y1 - y0) * Math.floor(n / 7)) / 6,
          ]).sort(
            (a, b) =>
              Math.hypot(a[0] - (x0 + x1) / 2, a[1] - (y0 + y1) / 2) -
              Math.hypot(b[0] - (x0 + x1) / 2, b[1] - (y0 + y1) / 2),
          )
          const landed = points.find((at) => hits(iso3, ...at))
          if (landed) {
            found[iso3] = { width: Math.round(x1 - x0), height: Math.round(y1 - y0), at: landed }
            break
          }
        }
      }
      return found
    }, iso3s)
  }

  test('Europe makes Belgium a target of at least 24 px', async ({ page, watch }) => {
    await openApp(page)
    await expect(page.locator('.country-shapes path').first()).toBeAttached()
    // The map fills the width it is given.
    const frame = (await page.locator('.map-frame').boundingBox())!
    const view = (await page.locator('.map-view').boundingBox())!
    expect(frame.width).toBeGreaterThanOrEqual(view.width - 2)
    expect(frame.width).toBeGreaterThan(340)
    expect(await tappable(page, ['BEL'])).toEqual({})
    await chooseRegion(page, 'Europe')
    await expect(page).toHaveURL(/region=europe/)
    const belgium = (await tappable(page, ['BEL'])).BEL!
    expect(belgium.width).toBeGreaterThanOrEqual(24)
    expect(belgium.height).toBeGreaterThanOrEqual(24)
    await page.touchscreen.tap(...belgium.at)
    await expect(
      page
        .getByRole('complementary', { name: 'Details' })
        .getByRole('heading', { name: 'Belgium', exact: true }),
    ).toBeVisible()
    expect(watch.consoleErrors).toEqual([])
  })

  test('every country on the map can be tapped with a 24-px target in World or a region preset', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await openApp(page)
    await expect(page.locator('.country-shapes path').first()).toBeAttached()
    const labels = await page.getByRole('combobox', { name: 'Region' }).locator('option').allInnerTexts()
    expect(labels.slice(0, 2)).toEqual(['World', 'Europe'])
    const reached = new Map<string, string>()
    for (const label of labels) {
      await chooseRegion(page, label)
      for (const iso3 of Object.keys(await tappable(page, COUNTRIES)))
        if (!reached.has(iso3)) reached.set(iso3, label)
    }
    expect(COUNTRIES.filter((iso3) => !reached.has(iso3))).toEqual([])
  })
})
