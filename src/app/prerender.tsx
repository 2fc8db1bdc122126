/**
 * The build's server entry (scripts/prerender.ts): the app's first render, before any data file
 * has arrived, as HTML for each layout, with React 19's `prerender`, and the tokens as CSS so the
 * prerendered page is styled before the script sets them.
 */
import { StrictMode } from 'react'
import { prerender } from 'react-dom/static'
import { setServerMediaQueries } from '../components/use-media-query'
import { renderTodayAs, type IsoDate } from '../lib/dates'
import { CSS_CUSTOM_PROPERTIES } from '../lib/tokens'
import { App } from './App'
import { AppProviders } from './AppProviders'
import { SHELL_MEDIA, type ShellLayout } from './shell'

export async function renderShell(layout: ShellLayout, day: IsoDate): Promise<string> {
  setServerMediaQueries(SHELL_MEDIA[layout])
  renderTodayAs(day)
  const { prelude } = await prerender(
    <StrictMode>
      <AppProviders>
        <App />
      </AppProviders>
    </StrictMode>,
  )
  return new Response(prelude).text()
}

export const TOKENS_CSS = `:root{${Object.entries(CSS_CUSTOM_PROPERTIES)
  .map(([name, value]) => `${name}:${value}`)
  .join(';')}}`
