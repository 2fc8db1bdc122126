// Lighthouse's mobile profile (its default: a mid-range phone, 4× CPU slowdown, slow 4G) on a URL,
// through the `lighthouse` npm package driving Debian's Chromium (CHROME_PATH). `median` runs it
// several times and keeps the run whose performance score is the median, as Lighthouse advises.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'

const root = resolve(import.meta.dirname, '..')

/** One Lighthouse run: the performance score (0–100) and the figures the bench reports. */
export function lighthouse(url) {
  const run = spawnSync(
    process.execPath,
    [
      resolve(root, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--only-categories=performance',
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
    ],
    { cwd: root, env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, encoding: 'utf8', maxBuffer: 1 << 28 },
  )
  if (run.status !== 0) throw new Error(`lighthouse failed (${run.status}): ${run.stderr.slice(-2000)}`)
  const report = JSON.parse(run.stdout)
  const audit = (id) => report.audits[id]?.numericValue ?? NaN
  return {
    score: Math.round(report.categories.performance.score * 100),
    tbt: audit('total-blocking-time'),
    lcp: audit('largest-contentful-paint'),
    fcp: audit('first-contentful-paint'),
    mainThread: audit('mainthread-work-breakdown'),
    scripting: audit('bootup-time'),
  }
}

/** `runs` Lighthouse runs; the median of each figure, and the scores of every run. */
export function lighthouseMedian(url, runs = 3) {
  const all = Array.from({ length: runs }, () => lighthouse(url))
  const median = (key) => {
    const sorted = all.map((r) => r[key]).sort((a, b) => a - b)
    return sorted[Math.floor(sorted.length / 2)]
  }
  return {
    score: median('score'),
    tbt: median('tbt'),
    lcp: median('lcp'),
    fcp: median('fcp'),
    mainThread: median('mainThread'),
    scripting: median('scripting'),
    scores: all.map((r) => r.score),
  }
}
