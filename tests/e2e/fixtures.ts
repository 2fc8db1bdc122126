/**
 * A page that records console errors and requests to any other origin, so every browser test can
 * assert the app stayed clean and offline.
 */
import { test as base, expect, type Page } from '@playwright/test'

export interface PageWatch {
  consoleErrors: string[]
  foreignRequests: string[]
}

export const test = base.extend<{ watch: PageWatch }>({
  watch: async ({ page, baseURL }, use) => {
    const watch: PageWatch = { consoleErrors: [], foreignRequests: [] }
    const origin = new URL(baseURL!).origin
    page.on('console', (msg) => {
      if (msg.type() === 'error') watch.consoleErrors.push(msg.text())
    })
    page.on('pageerror', (err) => watch.consoleErrors.push(err.message))
    page.on('request', (req) => {
      const url = req.url()
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        watch.foreignRequests.push(url)
    })
    await use(watch)
  },
})

export { expect }

/**
 * Opens the app and waits until its script has taken over the prerendered page (src/app/main.tsx
 * marks <html data-started> after its first commit): before that, the page is HTML that does not
 * answer a click.
 */
export async function openApp(page: Page, path = '/'): Promise<void> {
  await page.goto(path)
  await expect(page.locator('html[data-started]')).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 1, name: 'Legion Atlas' })).toBeVisible()
}
