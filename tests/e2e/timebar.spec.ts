/**
 * The time bar in the browser, on a fake clock (page.clock): Play reaches the first stance change
 * within 5 s of pressing it, Pause stops, and with reduced motion Play steps from stop to stop.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { CountriesFileSchema, EventsFileSchema, UnitsFileSchema } from '../../src/data/schema'
import { addDays } from '../../src/lib/dates'
import { buildAtlas } from '../../src/model/atlas'
import { LEGION_CREATED } from '../../src/model/legion'
import { layerValues } from '../../src/model/map-layer'
import { changeDates, playStops } from '../../src/model/play-schedule'
import type { IsoDate } from '../../src/model/types'
import { expect, openApp, test } from './fixtures'

const read = (file: string) =>
  JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'))
const countries = CountriesFileSchema.parse(read('countries.json'))
const atlas = buildAtlas({
  countries,
  units: UnitsFileSchema.parse(read('units.json')),
  events: EventsFileSchema.parse(read('events.json')),
})

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'].concat(
  ['October', 'November', 'December'],
)

/** "28 February 2022" -> "2022-02-28" */
function isoOf(words: string): IsoDate {
  const [day, month, year] = words.split(' ')
  const m = MONTHS.indexOf(month!) + 1
  return `${year}-${String(m).padStart(2, '0')}-${day!.padStart(2, '0')}`
}

/** The legality layer (the map's default) as fills by country at a date. */
const fills = (date: IsoDate) =>
  new Map([...layerValues(countries, 'legality', date).values()].map((v) => [v.iso3, v]))

/** The first day after the start on which a country's colour on the default map layer changes. */
function firstStanceChange(start: IsoDate): { date: IsoDate; iso3: string } {
  const before = fills(start)
  for (let d = addDays(start, 1); d < '2030-01-01'; d = addDays(d, 1)) {
    const changed = [...fills(d).values()].find((v) => v.fill !== before.get(v.iso3)!.fill)
    if (changed) return { date: d, iso3: changed.iso3 }
  }
  throw new Error('no stance ever changes')
}

async function openTimeBar(page: Page, path = '/') {
  await page.clock.install()
  await openApp(page, path)
  const bar = page.getByRole('region', { name: 'Time bar' })
  const slider = bar.getByRole('slider', { name: 'As of date' })
  await expect(slider).toBeVisible()
  // From here on the page's time moves only when the test moves it.
  await page.clock.pauseAt(Date.now() + 5_000)
  return { bar, slider }
}

const sliderDate = async (slider: import('@playwright/test').Locator) =>
  isoOf((await slider.getAttribute('aria-valuetext'))!)

test('Play reaches the first stance change within 5 s of pressing it', async ({ page, watch }) => {
  const { bar, slider } = await openTimeBar(page)
  // No date chosen: Play starts at the Legion's creation.
  const change = firstStanceChange(LEGION_CREATED)
  const country = page.locator(`svg.map-svg path[data-iso3="${change.iso3}"]`)
  await expect(country).toBeAttached()

  await bar.getByRole('button', { name: 'Play' }).click()
  await expect(slider).toHaveAttribute('aria-valuetext', '27 February 2022')
  const categoryBefore = await country.getAttribute('data-cat')
  expect(categoryBefore).toBe(fills(LEGION_CREATED).get(change.iso3)!.category)

  await page.clock.runFor(5_000)
  const reached = await sliderDate(slider)
  expect(reached >= change.date, `${reached} is on or after ${change.date}`).toBe(true)
  await expect(country).not.toHaveAttribute('data-cat', categoryBefore!)
  await expect(bar.getByRole('button', { name: 'Pause' })).toBeVisible()
  expect(watch.consoleErrors).toEqual([])
})

test('Pause stops Play, and Play goes on from there', async ({ page }) => {
  const { bar, slider } = await openTimeBar(page)
  await bar.getByRole('button', { name: 'Play' }).click()
  await page.clock.runFor(3_000)
  await bar.getByRole('button', { name: 'Pause' }).click()
  const paused = await slider.getAttribute('aria-valuetext')
  await page.clock.runFor(5_000)
  await expect(slider).toHaveAttribute('aria-valuetext', paused!)
  await bar.getByRole('button', { name: 'Play' }).click()
  await page.clock.runFor(3_000)
  const later = await sliderDate(slider)
  expect(later > isoOf(paused!), `${later} is after ${paused}`).toBe(true)
})

test('with reduced motion Play steps from stop to stop', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  const stops = new Set(playStops(atlas.events, changeDates(atlas)).map((s) => s.date))
  const { bar, slider } = await openTimeBar(page, '/?date=2022-03-13')
  await bar.getByRole('button', { name: 'Play' }).click()
  const seen = new Set<IsoDate>()
  for (let i = 0; i < 40; i++) {
    await page.clock.runFor(150)
    seen.add(await sliderDate(slider))
  }
  // 13 to 25 March 2022 at least, and only the dates of stops.
  expect(seen.size).toBeGreaterThan(4)
  expect([...seen].filter((d) => !stops.has(d))).toEqual([])
})
