import { useEffect } from 'react'
import { Region } from '../components/Region'
import { formatIsoDate } from '../lib/dates'
import { useAppStore } from '../store/app-store'
import type { ViewName } from '../store/layout-slice'
import { selectAsOf } from '../store/selectors'
import { EMBED_RESIZE_MESSAGE, withEmbed } from './embed'
import './embed.css'
import { VIEW_TITLE, ViewContent } from './views'

export const EMBED_TITLE: Record<ViewName, string> = {
  map: 'How governments treat citizens who join the International Legion',
  timeline: 'The International Legion: a timeline of events',
  orgchart: 'The International Legion’s units',
  table: 'The International Legion: countries, units, events and people',
}

/**
 * One view for an iframe: its title, the as-of date, the view with its legend, a one-line source
 * and a link to the full atlas with the same state. The page chrome is not drawn. The page posts
 * its height to the embedding page, whose embed.js sizes the iframe to fit.
 */
export function EmbedPage({ view }: { view: ViewName }) {
  const asOf = useAppStore(selectAsOf)
  // Re-read on every render: the URL carries the state the user has reached in the embed.
  const fullAtlas = withEmbed(window.location.href, null)
  usePostHeight()
  return (
    <div className={`embed embed--${view}`}>
      <header className="embed__header">
        <h1 className="embed__title">{EMBED_TITLE[view]}</h1>
        <p className="embed__as-of">
          As of{' '}
          <time dateTime={asOf} data-testid="header-as-of">
            {formatIsoDate(asOf)}
          </time>
        </p>
      </header>
      <main className="embed__view">
        <Region title={VIEW_TITLE[view]} className={`area-${view}`} headingHidden>
          <ViewContent view={view} />
        </Region>
      </main>
      <footer className="embed__footer">
        <span>Source: Wikipedia, “International Legion (Ukraine)”, quoted fact by fact. Legion Atlas.</span>{' '}
        <a href={fullAtlas} target="_blank" rel="noopener">
          Open in Legion Atlas
        </a>
      </footer>
    </div>
  )
}

/** Posts the page's content height to the parent window whenever it changes. */
function usePostHeight() {
  useEffect(() => {
    if (window.parent === window) return
    let last = 0
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
      if (height === last) return
      last = height
      window.parent.postMessage({ type: EMBED_RESIZE_MESSAGE, height }, '*')
    }
    post()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(post)
    observer.observe(document.documentElement)
    observer.observe(document.body)
    return () => observer.disconnect()
  }, [])
}
