import { useQueryClient } from '@tanstack/react-query'
import { startTransition, StrictMode, useEffect } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { z } from 'zod/mini'
import { matchesMedia } from '../components/layout-queries'
import { setServerMediaQueries } from '../components/use-media-query'
import { renderTodayAs } from '../lib/dates'
import { applyTokens } from '../lib/tokens'
import { useAppStore } from '../store/app-store'
import { App } from './App'
import { AppProviders } from './AppProviders'
import { loadDetailsAhead } from './LazyDetailsPanel'
import { pickShell, SHELL_MEDIA, shellLayoutFor } from './shell'
import './app.css'

// The Content-Security-Policy forbids eval; without this zod would try `new Function` and the
// browser would log a CSP violation.
z.config({ jitless: true })

// The CSS reads every colour, font and size as a custom property set here, once, from the tokens
// (the prerendered page carries the same values in its head, for the paint before this script).
applyTokens(document.documentElement.style)

/**
 * After the app's first commit (the prerendered page hydrated, or rendered afresh): today is the
 * real day again, for every view that shows it, and the page says it has started, for the browser
 * tests and the bench (a click on the prerendered HTML before the script runs does nothing). The
 * details' chunk and the full data files load at the user's first input from then on.
 */
function AfterFirstCommit() {
  const client = useQueryClient()
  useEffect(() => {
    renderTodayAs(null)
    // The views read "today" through the store's selectors: one notification re-reads it.
    useAppStore.setState({})
    document.documentElement.dataset.started = ''
    loadDetailsAhead(client)
  }, [client])
  return null
}

const { container, layout, day } = pickShell(document, shellLayoutFor(matchesMedia))
const app = (
  <StrictMode>
    <AppProviders>
      <App />
      <AfterFirstCommit />
    </AppProviders>
  </StrictMode>
)
// The prerendered HTML is the first render of the address without a query, and is hydrated. A link
// with choices (or an embed) renders afresh over it: the shell never stands in for other choices.
// Either first render is a transition, so React renders it in slices with the browser free between
// them (a blocking first render was a 60–70 ms task on a phone); the page shows the prerendered HTML
// meanwhile. A click while it hydrates makes React finish hydrating at once and then replay the click.
if (layout && window.location.search === '') {
  setServerMediaQueries(SHELL_MEDIA[layout])
  renderTodayAs(day)
  startTransition(() => {
    hydrateRoot(container, app)
  })
} else {
  const root = createRoot(container)
  startTransition(() => root.render(app))
}
