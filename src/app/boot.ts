/**
 * The page's entry. The prerendered HTML (src/app/shell.ts) paints first; then, after that first
 * frame, the app's script and the data files the views read at once download side by side, and
 * the app starts when its script arrives. Nothing but the page and its stylesheet stands between
 * the request and the first paint.
 */
import { matchesMedia, PHONE_LAYOUT_QUERY, TALL_SCREEN_QUERY } from '../components/layout-queries'
import { FIRST_FILES } from '../data/first-files'

function start() {
  const base = import.meta.env.BASE_URL
  for (const file of FIRST_FILES) {
    const link = document.createElement('link')
    link.rel = 'preload'
    link.as = 'fetch'
    link.crossOrigin = 'anonymous'
    link.href = `${base}${file}`
    document.head.append(link)
  }
  void import('./main')
  // On a laptop the org chart shows beside the map, and on a tall one the timeline below them, from
  // the start: their chunks download beside the app's script, not once it has run and rendered.
  // A phone shows one view, and an embed (?embed=, src/app/embed.ts) the one it names.
  if (matchesMedia(PHONE_LAYOUT_QUERY) || new URLSearchParams(window.location.search).has('embed')) return
  void import('../features/orgchart/OrgChartView')
  if (matchesMedia(TALL_SCREEN_QUERY)) void import('../features/timeline/TimelineView')
}

if (document.visibilityState === 'visible' && typeof requestAnimationFrame === 'function')
  requestAnimationFrame(() => setTimeout(start, 0))
// A page opened in the background paints no frame until it is shown: it starts at once.
else start()
