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
    const group = page.locator('.map-zoom-layer')
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
    const group = page.locator('.map-zoom-layer')
    const before = await group.getAttribute('transform')
    await page.getByRole('button', { name: 'Zoom in on the map' }).click()
    await expect(group).not.toHaveAttribute('transform', before!)
    const frame = await page.locator('.map-frame').boundingBox()
    const x = frame!.x + frame!.width * 0.55
    const y = frame!.y + frame!.height * 0.3
    const zoomed = await group.getAttribute('transform')
    await page.mouse.move(x, y)
    // The buttons need no d3-zoom; a drag does (it loads at the first input).
    await expect(page.locator('.map-zoom-catcher')).toHaveAttribute('data-zoom-ready', '')
    await page.mouse.down()
    await page.mouse.move(x + 80, y + 30, { steps: 8 })
    await page.mouse.up()
    // The drag panned the map, from the zoom the button gave (d3-zoom starts from the view shown)…
    await expect(group).not.toHaveAttribute('transform', zoomed!)
    const scaleOf = (transform: string | null) => /scale\(([\d.]+)\)/.exec(transform!)![1]
    expect(scaleOf(await group.getAttribute('transform'))).toBe(scaleOf(zoomed))
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
    // More points to Poland's border, and back at the whole world it keeps them: nothing loads again.
    const detailed = (await poland.getAttribute('d'))!
    expect(detailed.length).toBeGreaterThan(overview.length)
    const group = page.locator('.map-zoom-layer')
    await page.getByRole('button', { name: 'Reset' }).click()
    await expect(group).toHaveAttribute('transform', /scale\(1\)/)
    // A few frames on, for any render the reset set off in the background.
    await page.evaluate(async () => {
      for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(r))
    })
    expect(await poland.getAttribute('d')).toBe(detailed)
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
    const simplified = (await poland.getAttribute('d'))!
    await page.getByRole('button', { name: 'Zoom in on the map' }).click()
    const group = page.locator('.map-zoom-layer')
    await expect(group).toHaveAttribute('transform', /scale\(1\.6\)/)
    // Zoomed in, the map draws the detailed shapes, as the file does.
    await expect(poland).not.toHaveAttribute('d', simplified)
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
