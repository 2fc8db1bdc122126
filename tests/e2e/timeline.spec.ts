import AxeBuilder from '@axe-core/playwright'
import { expect, openApp, test } from './fixtures'
import type { Locator, Page } from '@playwright/test'

test.describe.configure({ timeout: 60_000 })

const DAY = 86_400_000

/** The timeline window's two dates, read from the slider's value text ("1 February 2022 to …"). */
async function windowDates(page: Page): Promise<[number, number]> {
  const text = await page.getByRole('slider', { name: 'Timeline window' }).getAttribute('aria-valuetext')
  const [from, to] = text!.split(' to ').map((d) => Date.parse(`${d} UTC`))
  return [from!, to!]
}

/** Every mark's box (its focusable element: target and drawn shape). */
async function markBoxes(page: Page) {
  const marks = page.getByRole('list', { name: 'Events' }).getByRole('listitem')
  await expect(marks.first()).toBeVisible()
  const boxes = await marks.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect()
      const shape = el.querySelector('.event-mark__shape')!.getBoundingClientRect()
      return { label: el.getAttribute('aria-label'), x: r.x, y: r.y, width: r.width, height: r.height, shape }
    }),
  )
  expect(boxes.length).toBeGreaterThan(10)
  return boxes
}

async function expectTargetsOf24px(page: Page) {
  const small = (await markBoxes(page)).filter((b) => b.width < 23.99 || b.height < 23.99)
  expect(small).toEqual([])
}

/** The plot: from the left of the lanes' bands to their right. */
async function plotOf(lanes: Locator) {
  return lanes.locator('.lane__band').first().boundingBox()
}

test('the timeline opens on the Legion period, inside 2022 to today, with every mark a 24 px target', async ({
  page,
  watch,
}) => {
  await openApp(page)
  const [from, to] = await windowDates(page)
  expect(from).toBeGreaterThanOrEqual(Date.parse('2022-01-01'))
  expect(from).toBeLessThanOrEqual(Date.parse('2022-02-27'))
  expect(to).toBeLessThanOrEqual(Date.now())
  expect(to).toBeGreaterThan(Date.parse('2025-01-01'))
  await expectTargetsOf24px(page)
  // The timeline holds no "As of date" slider: that is the time bar's.
  await expect(
    page.getByRole('region', { name: 'Timeline' }).getByRole('slider', { name: 'As of date' }),
  ).toHaveCount(0)
  expect(watch.consoleErrors).toEqual([])
})

test('after zooming in, no mark draws outside the plot, and every mark is still a 24 px target', async ({
  page,
}) => {
  await openApp(page, '/?window=2022-03-01..2022-03-31')
  const lanes = page.getByRole('group', { name: /^Timeline of events/ })
  await expect(lanes).toHaveAccessibleName('Timeline of events, 1 March 2022 to 31 March 2022')
  const plot = (await plotOf(lanes))!
  const boxes = await markBoxes(page)
  // Year- and month-dated spans that run past the window are cut at the plot's edges.
  const outside = boxes.filter(
    (b) =>
      b.x < plot.x - 0.5 ||
      b.x + b.width > plot.x + plot.width + 0.5 ||
      b.shape.x < plot.x - 0.5 ||
      b.shape.x + b.shape.width > plot.x + plot.width + 0.5,
  )
  expect(outside).toEqual([])
  expect(boxes.some((b) => b.shape.width > plot.width * 0.9)).toBe(true)
  await expectTargetsOf24px(page)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 })

  test('every mark is a 24 px target, the lanes are labelled and the hint speaks of taps', async ({
    page,
  }) => {
    await openApp(page, '/?view=timeline')
    await expectTargetsOf24px(page)
    const lanes = page.getByRole('group', { name: /^Timeline of events/ })
    for (const name of ['Units', 'Deaths', 'Other'])
      await expect(lanes.getByText(name, { exact: true })).toBeVisible()
    const hint = page.locator('.timeline__hint')
    await expect(hint).toContainText('Tap')
    await expect(hint).not.toContainText('Ctrl')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })
})

test('dragging the window in the overview moves it, dragging its edge resizes it, and the URL keeps it', async ({
  page,
  watch,
}) => {
  await openApp(page)
  const window = page.getByRole('slider', { name: 'Timeline window' })
  await window.scrollIntoViewIfNeeded()
  const [from, to] = await windowDates(page)
  const frame = (await window.locator('[data-part="body"]').boundingBox())!
  const y = frame.y + frame.height / 2
  await page.mouse.move(frame.x + frame.width / 2, y)
  await page.mouse.down()
  await page.mouse.move(frame.x + frame.width / 2 - 60, y, { steps: 6 })
  await page.mouse.up()
  const [from2, to2] = await windowDates(page)
  expect(from2).toBeLessThan(from)
  // Moved, not resized (a day's rounding aside).
  expect(Math.abs(to2 - from2 - (to - from))).toBeLessThanOrEqual(DAY)
  await expect(page).toHaveURL(/window=\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d/)

  // The end edge, dragged left: a shorter window, the same start.
  const moved = (await window.locator('[data-part="body"]').boundingBox())!
  await page.mouse.move(moved.x + moved.width + 2, y)
  await page.mouse.down()
  await page.mouse.move(moved.x + moved.width - 100, y, { steps: 6 })
  await page.mouse.up()
  const [from3, to3] = await windowDates(page)
  expect(from3).toBe(from2)
  expect(to3).toBeLessThan(to2)

  // The keyboard: + zooms in, and a reload restores the window from the URL.
  await window.focus()
  await page.keyboard.press('+')
  const [from4, to4] = await windowDates(page)
  expect(to4 - from4).toBeLessThan((to3 - from3) * 0.6)
  await page.reload()
  expect(await windowDates(page)).toEqual([from4, to4])
  expect(watch.consoleErrors).toEqual([])
})

test('an event opens in the details with its quote and section, and a cluster zooms in', async ({ page }) => {
  await openApp(page, '/?date=2025-06-01')
  const lanes = page.getByRole('group', { name: /^Timeline of events/ })
  const marks = page.getByRole('list', { name: 'Events' }).getByRole('listitem')
  const before = await lanes.getAttribute('aria-label')
  await marks
    .filter({ has: page.locator('.event-mark__count') })
    .first()
    .click()
  await expect(lanes).not.toHaveAttribute('aria-label', before!)
  await page.getByRole('button', { name: 'Legion period' }).click()
  await expect(lanes).toHaveAttribute('aria-label', before!)
  const single = marks.filter({ hasNot: page.locator('.event-mark__count') }).last()
  await single.focus()
  await expect(page.getByRole('tooltip')).toBeVisible()
  await page.keyboard.press('Enter')
  const details = page.getByRole('complementary', { name: 'Details' })
  await expect(details.locator('q').first()).toBeVisible()
  await expect(details.locator('cite').first()).toBeVisible()
  await expect(page).toHaveURL(/event=/)
})

test('Ctrl + wheel zooms the timeline and not the page; a drag across the lanes zooms into its range; a click on the axis sets the date', async ({
  page,
  watch,
}) => {
  await openApp(page, '/?date=2022-06-01')
  const chart = page.getByRole('group', { name: /^Timeline of events/ })
  await chart.scrollIntoViewIfNeeded()
  const opening = (await chart.getAttribute('aria-label'))!
  const plot = (await plotOf(chart))!
  // Every wheel event, kept from the window's capture phase to read later whether it was taken.
  await page.evaluate(() => {
    const w = window as unknown as { wheels: WheelEvent[] }
    w.wheels = []
    window.addEventListener('wheel', (e) => w.wheels.push(e), { capture: true, passive: true })
  })
  await page.mouse.move(plot.x + plot.width / 2, plot.y + 2)
  await page.keyboard.down('Control')
  await page.mouse.wheel(0, -200)
  await page.keyboard.up('Control')
  await expect(chart).not.toHaveAttribute('aria-label', opening)
  expect(
    await page.evaluate(() =>
      (window as unknown as { wheels: WheelEvent[] }).wheels.map((e) => e.defaultPrevented),
    ),
  ).toEqual([true])
  await page.getByRole('button', { name: 'Legion period' }).click()
  await expect(chart).toHaveAttribute('aria-label', opening)
  const [from, to] = await windowDates(page)

  // Above the first lane's marks: a drag there draws the brush, not a mark.
  const y = (await chart.boundingBox())!.y + 1
  await page.mouse.move(plot.x + plot.width * 0.4, y)
  await page.mouse.down()
  await page.mouse.move(plot.x + plot.width * 0.6, y, { steps: 6 })
  await expect(page.locator('.timeline__brush')).toBeVisible()
  await page.mouse.up()
  await expect(page.locator('.timeline__brush')).toHaveCount(0)
  const [from2, to2] = await windowDates(page)
  // A fifth of the plot: about a fifth of the window.
  expect((to2 - from2) / (to - from)).toBeGreaterThan(0.15)
  expect((to2 - from2) / (to - from)).toBeLessThan(0.25)
  await expect(page.getByTestId('header-as-of')).toHaveText('1 June 2022')

  await page.getByRole('button', { name: 'Legion period' }).click()
  await page.locator('.timeline__axis').scrollIntoViewIfNeeded()
  const axis = (await page.locator('.timeline__axis').boundingBox())!
  await page.mouse.click(plot.x + plot.width * 0.85, axis.y + axis.height / 2)
  await expect(page.getByTestId('header-as-of')).not.toHaveText('1 June 2022')
  expect(watch.consoleErrors).toEqual([])
})

/** axe's findings inside the timeline's region. */
async function timelineViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('.area-timeline')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  return results.violations.map((v) => ({
    id: v.id,
    nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }))
}

test('axe finds nothing in the timeline: by default, with a country selected, the kinds open and a cluster listed', async ({
  page,
}) => {
  await openApp(page, '/?country=GBR')
  await expect(page.getByRole('list', { name: 'Events' }).getByRole('listitem').first()).toBeVisible()
  expect(await timelineViolations(page)).toEqual([])
  await page.getByText(/^Kinds \(/).click()
  await expect(page.getByRole('checkbox', { name: /Death/ })).toBeVisible()
  expect(await timelineViolations(page)).toEqual([])
  await page.getByText(/^Kinds \(/).click()

  // Enter on a mark of one day's events lists them; Escape closes the list and focus goes back.
  await page.goto('/?window=2022-02-20..2022-03-11')
  const sameDay = page.getByRole('listitem', { name: /^3 events, 27 February 2022:/ })
  await sameDay.focus()
  await page.keyboard.press('Enter')
  const list = page.getByRole('dialog', { name: '3 events, 27 February 2022' })
  await expect(list).toBeVisible()
  expect(await timelineViolations(page)).toEqual([])
  await page.keyboard.press('Escape')
  await expect(list).toHaveCount(0)
  await expect(sameDay).toBeFocused()
})
