/**
 * Writes the prerendered first paint into dist/index.html, after `vite build`: the app's server
 * entry (src/app/prerender.tsx) is built for Node, run once per layout, and its HTML goes in the
 * page with the CSS that picks the layout for the screen and the tokens the CSS reads.
 * Run by `npm run build`; see src/app/shell.ts for how the browser takes it over.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'
import {
  SHELL_ATTRIBUTE,
  SHELL_CSS,
  SHELL_DAY_ATTRIBUTE,
  SHELL_LAYOUTS,
  type ShellLayout,
} from '../src/app/shell'
import { todayIso } from '../src/lib/dates'

const root = resolve(import.meta.dirname, '..')
const page = resolve(root, 'dist/index.html')
// Inside the repository, so the server bundle resolves react and the rest from node_modules.
const out = resolve(root, 'node_modules/.cache/legion-prerender')

try {
  await build({
    root,
    logLevel: 'warn',
    build: { ssr: 'src/app/prerender.tsx', outDir: out, emptyOutDir: true, copyPublicDir: false },
  })
  // The first render reads the address: the page with no query, as the browser hydrates it.
  const location = new URL('http://localhost/')
  Object.assign(globalThis, { window: { location } })
  const entry = (await import(pathToFileURL(join(out, 'prerender.js')).href)) as {
    renderShell: (layout: ShellLayout, day: string) => Promise<string>
    TOKENS_CSS: string
  }
  // One at a time: each render reads the media answers set for its layout.
  const day = todayIso()
  const shells: string[] = []
  for (const layout of SHELL_LAYOUTS) shells.push(await entry.renderShell(layout, day))
  const html = readFileSync(page, 'utf8')
  const body = SHELL_LAYOUTS.map(
    (layout, i) =>
      `<div ${i === 0 ? 'id="root" ' : ''}${SHELL_ATTRIBUTE}="${layout}" ${SHELL_DAY_ATTRIBUTE}="${day}">${shells[i]}</div>`,
  ).join('')
  const next = html
    .replace('<div id="root"></div>', body)
    .replace('</head>', `<style>${entry.TOKENS_CSS}${SHELL_CSS}</style></head>`)
  if (next === html || !next.includes(SHELL_ATTRIBUTE))
    throw new Error('dist/index.html has no empty #root to fill')
  writeFileSync(page, next)
  console.info(
    `Prerendered ${SHELL_LAYOUTS.join(', ')} into dist/index.html (${(next.length / 1024).toFixed(1)} KB).`,
  )
} finally {
  rmSync(out, { recursive: true, force: true })
}
