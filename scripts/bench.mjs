// `npm run bench`: builds the app, serves the build, drives headless Chromium and prints a table:
//   - bytes transferred on first load (gzip, as a static host would send them), by kind
//   - time from navigation until the map, the timeline and the org chart have painted
//   - per-step time of a keyboard scrub through every month (p50/p90), next to a baseline measured
//     in the same run: the same number of raw DOM attribute changes on the same page
//   - hover latency (pointer over a country until its tooltip shows) and selection latency
//     (click until the Details panel shows the country)
//   - the densest stretch (February 2022 to December 2025, a month a step) until the next frame,
//     against a raw-DOM floor of two fill changes plus a frame, on the same page
//   - the same at `--scale N` times the data (default 10; scripts/scale-data.mjs), against 1×
//   - Lighthouse's mobile profile, median of 3 (`--no-lighthouse` skips it)
// Figures, not assertions: each row of the targets says whether this run meets it.
import { spawn, execSync } from 'node:child_process'
import { cpSync, readFileSync, rmSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { lighthouseMedian } from './bench-lighthouse.mjs'
import { pointerLatency } from './bench-latency.mjs'
import { rawDomFloor, scrubSteps } from './bench-scrub.mjs'
import { scaleBuild } from './scale-data.mjs'

const PORT = Number(process.env.BENCH_PORT ?? 4300)
const BASE = `http://127.0.0.1:${PORT}`
const SCALED_BASE = `http://127.0.0.1:${PORT + 1}`
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const argAfter = (flag) => {
  const i = process.argv.indexOf(flag)
  return i > 0 ? process.argv[i + 1] : undefined
}
const SCALE = Number(argAfter('--scale') ?? 10)
const LIGHTHOUSE = !process.argv.includes('--no-lighthouse')
const root = resolve(import.meta.dirname, '..')

if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'ignore' })
// The same build with SCALE times the data, served beside it.
const scaledDir = resolve(root, `dist-scale${SCALE}`)
rmSync(scaledDir, { recursive: true, force: true })
cpSync(resolve(root, 'dist'), scaledDir, { recursive: true })
const scaledCounts = scaleBuild(scaledDir, SCALE)

const servers = [
  [PORT, 'dist'],
  [PORT + 1, scaledDir],
].map(([port, dir]) =>
  spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir],
    {
      cwd: root,
      stdio: 'ignore',
      detached: true,
    },
  ),
)
const stop = () => {
  for (const server of servers)
    try {
      process.kill(-server.pid)
    } catch {
      /* already gone */
    }
}
process.on('exit', stop)

async function waitForServer(base) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`vite preview did not start at ${base}`)
}
await waitForServer(BASE)
await waitForServer(SCALED_BASE)

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
              ? 'map shapes'
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

// 2. Navigation to all three views painted, at 1× and at SCALE× the data.
async function paintTimes(base) {
  const times = []
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    await page.goto(base, { waitUntil: 'commit' })
    await page.waitForFunction(ALL_PAINTED, null, { timeout: 60_000, polling: 'raf' })
    times.push(await page.evaluate(() => performance.now()))
    await context.close()
  }
  return times
}
const paint = await paintTimes(BASE)
const scaledPaint = await paintTimes(SCALED_BASE)

// 3. Scrubs. Every month from 2014 to the slider's end (microtask and layout per step) with its
// raw-DOM baseline; then the densest stretch until the next frame against its floor, at 1× and at
// SCALE×, each on its own fresh page.
async function onPage(url, measure) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
  await page.goto(url)
  await page.waitForFunction(ALL_PAINTED, null, { timeout: 60_000 })
  await page.waitForTimeout(500)
  const result = await measure(page)
  await page.close()
  return result
}
const DENSE = { from: '2022-02-01', steps: 46 }
const scrub = await onPage(`${BASE}/?date=2014-01-01`, async (page) => {
  const { times, mutations } = await scrubSteps(page, { steps: 1000, frame: false })
  const baseline = await rawDomFloor(page, { changes: mutations, frame: false })
  return { steps: times, mutations, baseline }
})
const dense = await onPage(`${BASE}/?date=${DENSE.from}`, async (page) => {
  const { times } = await scrubSteps(page, { steps: DENSE.steps, frame: true })
  const floor = await rawDomFloor(page, { changes: times.map(() => 2), frame: true })
  return { times, floor }
})
const scaledDense = await onPage(`${SCALED_BASE}/?date=${DENSE.from}`, (page) =>
  scrubSteps(page, { steps: DENSE.steps, frame: true }),
)

// 4. Hover and selection latency on the map.
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
await page.goto(BASE)
await page.waitForFunction(ALL_PAINTED, null, { timeout: 60_000 })
const latency = await pointerLatency(page)
await browser.close()

// 5. Lighthouse, mobile profile, median of 3 (on the 1× build; the servers are still up).
const lh = LIGHTHOUSE ? lighthouseMedian(`${BASE}/`, 3) : null
stop()

const rows = []
const byKind = new Map()
for (const { kind, gzip } of transfer.values()) byKind.set(kind, (byKind.get(kind) ?? 0) + gzip)
const total = [...byKind.values()].reduce((a, b) => a + b, 0)
const p50 = (v) => pct(v, 50)
const p90 = (v) => pct(v, 90)
const meets = (ok) => (ok ? '✓ meets' : '✗ misses')
const ratio = (v) => `${v.toFixed(2)}×`

// The targets, one row each, then the figures behind them.
if (lh) {
  rows.push([
    'Lighthouse mobile performance (median of 3)',
    `${lh.score} (runs ${lh.scores.join(', ')})`,
    `${meets(lh.score >= 95)} ≥ 95`,
  ])
  rows.push(['total blocking time, mobile', ms(lh.tbt), `${meets(lh.tbt <= 150)} ≤ 150 ms`])
  rows.push([
    'largest contentful paint, mobile',
    `${(lh.lcp / 1000).toFixed(2)} s`,
    `${meets(lh.lcp <= 2000)} ≤ 2.0 s`,
  ])
}
rows.push(['first load, everything (gzip)', kb(total), `${meets(total <= 200 * 1024)} ≤ 200 KB`])
const denseRatio = p90(dense.times) / p90(dense.floor)
rows.push([
  'scrub p90, densest stretch ÷ raw-DOM floor p90',
  ratio(denseRatio),
  `${meets(denseRatio <= 1.25)} ≤ 1.25×`,
])
const scaleRatio = p90(scaledDense.times) / p90(dense.times)
rows.push([
  `${SCALE}× data: scrub p90 ÷ 1× scrub p90`,
  ratio(scaleRatio),
  `${meets(scaleRatio <= 1.5)} ≤ 1.5×`,
])
rows.push([
  'navigation → map, time bar and org chart painted, desktop p50',
  ms(p50(paint)),
  `${meets(p50(paint) <= 800)} ≤ 800 ms`,
])
rows.push(['—', '', ''])
for (const [kind, gzip] of byKind) rows.push([`first load, ${kind} (gzip)`, kb(gzip), ''])
if (lh) {
  rows.push(['mobile: first contentful paint', `${(lh.fcp / 1000).toFixed(2)} s`, ''])
  rows.push(['mobile: main-thread work', ms(lh.mainThread), `script evaluation ${ms(lh.scripting)}`])
}
rows.push(['navigation → painted, desktop', `p50 ${ms(p50(paint))}`, `p90 ${ms(p90(paint))}, ${RUNS} runs`])
rows.push([
  `navigation → painted, ${SCALE}× data`,
  `p50 ${ms(p50(scaledPaint))}`,
  `${scaledCounts.events} events, ${scaledCounts.units} units, ${scaledCounts.people} people`,
])
rows.push([
  `densest stretch (${dense.times.length} months from ${DENSE.from}), to the next frame`,
  `p50 ${ms(p50(dense.times))}`,
  `p90 ${ms(p90(dense.times))}`,
])
rows.push([
  'raw-DOM floor: 2 fill changes + a frame',
  `p50 ${ms(p50(dense.floor))}`,
  `p90 ${ms(p90(dense.floor))}`,
])
rows.push([
  `densest stretch at ${SCALE}× data`,
  `p50 ${ms(p50(scaledDense.times))}`,
  `p90 ${ms(p90(scaledDense.times))}`,
])
rows.push([
  `scrub step (${scrub.steps.length} months from 2014, to layout)`,
  `p50 ${ms(p50(scrub.steps))}`,
  `p90 ${ms(p90(scrub.steps))}`,
])
rows.push([
  `baseline: raw DOM changes (p50 ${p50(scrub.mutations)} per step)`,
  `p50 ${ms(p50(scrub.baseline))}`,
  `p90 ${ms(p90(scrub.baseline))}`,
])
rows.push(['hover → tooltip shown', `p50 ${ms(p50(latency.hover))}`, `p90 ${ms(p90(latency.hover))}`])
rows.push(['click → details shown', `p50 ${ms(p50(latency.select))}`, `p90 ${ms(p90(latency.select))}`])

const widths = [0, 1, 2].map((i) =>
  Math.max(...rows.map((r) => r[i].length), ['measure', 'value', 'note'][i].length),
)
const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`
console.info(line(['measure', 'value', 'note']))
console.info(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
rows.forEach((r) => console.info(line(r)))
process.exit(0)
