/**
 * Embeds: `?embed=map` (or timeline, orgchart, table) shows that one view for an iframe, with every
 * other parameter applied as usual. Pure helpers for the embed's URLs and code; the page is
 * EmbedPage.tsx, the resizing script public/embed.js.
 */
import { VIEW_NAMES, type ViewName } from '../store/layout-slice'

export const EMBED_PARAM = 'embed'
/** The message an embedded page posts to its parent with its content height. */
export const EMBED_RESIZE_MESSAGE = 'legion-atlas:resize'

export function embedViewOf(search: string): ViewName | null {
  const value = new URLSearchParams(search).get(EMBED_PARAM)
  return value && (VIEW_NAMES as readonly string[]).includes(value) ? (value as ViewName) : null
}

/** The same state with the embed parameter set to `view`, or removed when `view` is null. */
export function withEmbed(url: string, view: ViewName | null): string {
  const parsed = new URL(url)
  parsed.searchParams.delete(EMBED_PARAM)
  if (view) parsed.searchParams.set(EMBED_PARAM, view)
  return parsed.toString()
}

/** A query string (as serializeUrlChoices writes it) with the page's embed parameter kept. */
export function keepEmbed(search: string, view: ViewName | null): string {
  if (!view) return search
  const params = new URLSearchParams(search)
  params.set(EMBED_PARAM, view)
  return `?${params.toString()}`
}

const EMBED_HEIGHT: Record<ViewName, number> = { map: 620, timeline: 460, orgchart: 680, table: 640 }

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
}

/**
 * The code a writer pastes into a page: an iframe of the view and the small script, served by the
 * app, that keeps the iframe as tall as its content (no inner scrollbars), as Datawrapper does.
 */
export function embedCode(pageUrl: string, view: ViewName, title: string): string {
  const src = withEmbed(pageUrl, view)
  const script = new URL('embed.js', new URL('/', src)).toString()
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" data-legion-atlas ` +
    `width="100%" height="${EMBED_HEIGHT[view]}" style="border:0;width:100%" loading="lazy"></iframe>\n` +
    `<script src="${escapeAttribute(script)}" async></script>`
  )
}
