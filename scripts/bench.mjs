// `npm run bench`: builds the app, serves the build, drives headless Chromium and prints a table:
//   - bytes transferred on first load (gzip, as a static host would send them), by kind
//   - time from navigation until the map, the timeline and the org chart have painted
//   - per-step time of a keyboard scrub through every month (p50/p90), next to a baseline measured
//     in the same run: the same number of raw DOM attribute changes on the same page
//   - hover latency (pointer over a country until its tooltip shows) and selection latency
//     (click until the Details panel shows the country)
// Figures, not assertions: compare them with the README's budget by eye.
import { spawn, execSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'

const PORT = Number(process.env.BENCH_PORT ?? 4300)
const BASE = `http://127.0.0.1:${PORT}`
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const root = resolve(import.meta.dirname, '..')

if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'ignore' })

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    cwd: root,
    stdio: 'ignore',
    detached: true,
  },
)
const stop = () => {
  try {
    process.kill(-server.pid)
  } catch {
    /* already gone */
  }
}
process.on('exit', stop)

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('vite preview did not start')
}
await waitForServer()

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
})

const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const ms = (v) => `${v.toFixed(2)} ms`
const kb = (v) => `${(v / 1024).toFixed(1)} KB`

const ALL_PAINTED = () =>
  document.querySelectorAll('.country-shapes path').length > 100 &&
  document.querySelectorAll('.event-marks [role="listitem"]').length > 10 &&
  document.querySelectorAll('[role="treeitem"]').length > 5

// 1. First load: what is requested, and its gzip size.
const transfer = new Map()
{
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (url.origin !== BASE) return
    const file = url.pathname === '/' ? '/index.html' : url.pathname
    try {
      const body = readFileSync(resolve(root, 'dist', `.${file}`))
      const kind = file.endsWith('.js')
        ? 'JS'
        : file.endsWith('.css')
          ? 'CSS'
          : file.startsWith('/data/')
            ? 'data'
            : file.startsWith('/geo/')
              ? 'topology'
              : 'HTML'
      transfer.set(file, {
        kind,
        raw: statSync(resolve(root, 'dist', `.${file}`)).size,
        gzip: gzipSync(body).length,
      })
    } catch {
      /* not a file of the build */
    }
  })
  await page.goto(BASE)
  await page.waitForFunction(ALL_PAINTED, null, { timeout: 30_000 })
  await page.waitForTimeout(1500)
  await page.close()
}

// 2. Navigation to all three views painted.
const paintTimes = []
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  await page.goto(BASE, { waitUntil: 'commit' })
  await page.waitForFunction(ALL_PAINTED, null, { timeout: 30_000, polling: 'raf' })
  paintTimes.push(await page.evaluate(() => performance.now()))
  await context.close()
}

// 3. Scrub through every month with the keyboard, then the raw-DOM baseline on the same page.
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
await page.goto(`${BASE}/?date=2014-01-01`)
await page.waitForFunction(ALL_PAINTED, null, { timeout: 30_000 })
const scrub = await page.evaluate(async () => {
  const slider = document.querySelector('[role="slider"][aria-label="As of date"]')
  const max = Number(slider.getAttribute('aria-valuemax'))
  const steps = []
  const mutations = []
  const observer = new MutationObserver((records) => {
    for (const r of records)
      mutations[mutations.length - 1] +=
        r.type === 'childList' ? r.addedNodes.length + r.removedNodes.length : 1
  })
  observer.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true })
  // React flushes a discrete event's update in a microtask: await one before measuring layout.
  for (let guard = 0; guard < 1000 && Number(slider.getAttribute('aria-valuenow')) < max; guard++) {
    mutations.push(0)
    const t0 = performance.now()
    slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true }))
    await Promise.resolve()
    document.body.getBoundingClientRect()
    void document.body.offsetHeight
    steps.push(performance.now() - t0)
    observer
      .takeRecords()
      .forEach(
        (r) =>
          (mutations[mutations.length - 1] +=
            r.type === 'childList' ? r.addedNodes.length + r.removedNodes.length : 1),
      )
  }
  observer.disconnect()
  // Baseline: the same number of attribute changes per step, written straight to the DOM.
  const targets = [...document.querySelectorAll('.country-shapes path')]
  const baseline = []
  for (const [step, count] of mutations.entries()) {
    const t0 = performance.now()
    for (let i = 0; i < count; i++) {
      const el = targets[(step * 7 + i) % targets.length]
      el.setAttribute('fill', step % 2 ? '#0072B2' : '#D55E00')
    }
    await Promise.resolve()
    document.body.getBoundingClientRect()
    void document.body.offsetHeight
    baseline.push(performance.now() - t0)
  }
  return { steps, mutations, baseline }
})

// 4. Hover and selection latency on the map.
const latency = await page.evaluate(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()))
  const hover = []
  const select = []
  for (const iso3 of ['FRA', 'DEU', 'POL', 'USA', 'CAN', 'AUS', 'JPN', 'BRA', 'IND', 'GBR']) {
    const path = document.querySelector(`path[data-iso3="${iso3}"]`)
    const box = path.getBoundingClientRect()
    const init = {
      bubbles: true,
      clientX: box.x + box.width / 2,
      clientY: box.y + box.height / 2,
      pointerType: 'mouse',
    }
    let t0 = performance.now()
    path.dispatchEvent(new PointerEvent('pointermove', init))
    while (!document.querySelector('.map-tooltip')?.textContent?.length) await frame()
    await frame()
    hover.push(performance.now() - t0)
    t0 = performance.now()
    path.dispatchEvent(new PointerEvent('pointerdown', init))
    path.dispatchEvent(new MouseEvent('click', init))
    const name = path.getAttribute('aria-label').split(':')[0]
    while (document.querySelector('.details__title')?.textContent !== name) await frame()
    await frame()
    select.push(performance.now() - t0)
  }
  return { hover, select }
})
await browser.close()
stop()

const rows = []
const byKind = new Map()
for (const { kind, gzip } of transfer.values()) byKind.set(kind, (byKind.get(kind) ?? 0) + gzip)
const total = [...byKind.values()].reduce((a, b) => a + b, 0)
for (const [kind, gzip] of byKind) rows.push([`first load, ${kind} (gzip)`, kb(gzip), ''])
rows.push(['first load, total (gzip)', kb(total), 'budget 250 KB'])
rows.push([
  'navigation → all three views painted',
  `p50 ${ms(pct(paintTimes, 50))}`,
  `p90 ${ms(pct(paintTimes, 90))}, ${RUNS} runs`,
])
rows.push([
  `scrub step (${scrub.steps.length} months, keyboard)`,
  `p50 ${ms(pct(scrub.steps, 50))}`,
  `p90 ${ms(pct(scrub.steps, 90))}`,
])
rows.push([
  `baseline: raw DOM changes (p50 ${pct(scrub.mutations, 50)} per step)`,
  `p50 ${ms(pct(scrub.baseline, 50))}`,
  `p90 ${ms(pct(scrub.baseline, 90))}`,
])
rows.push(['hover → tooltip shown', `p50 ${ms(pct(latency.hover, 50))}`, `p90 ${ms(pct(latency.hover, 90))}`])
rows.push([
  'click → details shown',
  `p50 ${ms(pct(latency.select, 50))}`,
  `p90 ${ms(pct(latency.select, 90))}`,
])

const widths = [0, 1, 2].map((i) =>
  Math.max(...rows.map((r) => r[i].length), ['measure', 'value', 'note'][i].length),
)
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
console.info(line(['measure', 'value', 'note']))
console.info(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
rows.forEach((r) => console.info(line(r)))
process.exit(0)
