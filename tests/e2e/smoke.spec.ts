import { expect, openApp, test } from './fixtures'

test('the production build shows the three views with real data, offline and without errors', async ({
  page,
  watch,
}) => {
  await openApp(page)
  const map = page.getByRole('region', { name: 'Map' })
  const timeline = page.getByRole('region', { name: 'Timeline' })
  const orgchart = page.getByRole('region', { name: 'Org chart' })
  // Real records from data/: a country from the stance table, an event and a unit.
  await expect(map.getByRole('img', { name: /^Poland: / })).toBeVisible()
  await expect(timeline.getByText(/Legion/).first()).toBeVisible()
  await expect(orgchart.getByText('1st Battalion').first()).toBeVisible()
  await expect(page.getByTestId('header-as-of')).not.toBeEmpty()
  expect(watch.consoleErrors).toEqual([])
  expect(watch.foreignRequests).toEqual([])
})

test('a malformed data file names the file, record and field, and the other views still work', async ({
  page,
  watch,
}) => {
  // The first load reads the file's brief copy (src/data/brief-copies.ts); its problems name the file.
  await page.route('**/data/brief/countries.json', async (route) => {
    const response = await route.fetch()
    const countries = (await response.json()) as Array<Record<string, unknown>>
    countries[3] = { ...countries[3], legality: 'sometimes' }
    await route.fulfill({ response, json: countries })
  })
  await openApp(page)
  const map = page.getByRole('region', { name: 'Map' })
  const alert = map.getByRole('alert')
  await expect(alert).toContainText('data/countries.json')
  await expect(alert).toContainText('record 3')
  await expect(alert).toContainText('field "legality"')
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible()
  await expect(
    page.getByRole('region', { name: 'Org chart' }).getByText('1st Battalion').first(),
  ).toBeVisible()
  await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('alert')).toHaveCount(0)
  expect(watch.foreignRequests).toEqual([])
  // A later fetch of the file (a retry) may still be in the route when the test ends.
  await page.unrouteAll({ behavior: 'ignoreErrors' })
})
