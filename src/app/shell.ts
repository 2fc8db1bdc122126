/**
 * The page's first paint comes from HTML prerendered at build time (scripts/prerender.ts): the
 * app as its first render draws it, before any data file has arrived (the header, the panes with
 * their loading notes, the time bar), once for each layout. CSS shows the one that fits the screen
 * until the script runs; then main.tsx keeps that one and hydrates it.
 */
import { PHONE_LAYOUT_QUERY, TALL_SCREEN_QUERY } from '../components/use-media-query'

export const SHELL_LAYOUTS = ['laptop', 'laptop-short', 'phone'] as const
export type ShellLayout = (typeof SHELL_LAYOUTS)[number]

/** The answers each layout is rendered with: the media queries the app's layout asks. */
export const SHELL_MEDIA: Record<ShellLayout, Record<string, boolean>> = {
  laptop: { [PHONE_LAYOUT_QUERY]: false, [TALL_SCREEN_QUERY]: true },
  'laptop-short': { [PHONE_LAYOUT_QUERY]: false, [TALL_SCREEN_QUERY]: false },
  phone: { [PHONE_LAYOUT_QUERY]: true, [TALL_SCREEN_QUERY]: true },
}

/** The layout a screen gets, from its answers to the same queries. */
export function shellLayoutFor(matches: (query: string) => boolean): ShellLayout {
  if (matches(PHONE_LAYOUT_QUERY)) return 'phone'
  return matches(TALL_SCREEN_QUERY) ? 'laptop' : 'laptop-short'
}

/** Which layout a prerendered container holds, and the day it was rendered on. */
export const SHELL_ATTRIBUTE = 'data-shell'
export const SHELL_DAY_ATTRIBUTE = 'data-shell-day'

const shell = (layout: ShellLayout) => `[${SHELL_ATTRIBUTE}=${layout}]`

/** The CSS that shows only the prerendered layout that fits the screen, before the script decides. */
export const SHELL_CSS = [
  `@media ${PHONE_LAYOUT_QUERY}{${shell('laptop')},${shell('laptop-short')}{display:none}}`,
  `@media not all and ${PHONE_LAYOUT_QUERY}{${shell('phone')}{display:none}}`,
  `@media ${TALL_SCREEN_QUERY}{${shell('laptop-short')}{display:none}}`,
  `@media not all and ${TALL_SCREEN_QUERY}{${shell('laptop')}{display:none}}`,
].join('')

/**
 * The container to render into: where the page holds prerendered layouts, the one for this screen
 * (the others are removed), as #root, with its layout and the day it shows. Without them, #root.
 */
export function pickShell(
  doc: Document,
  layout: ShellLayout,
): { container: HTMLElement; layout: ShellLayout | null; day: string | null } {
  const shells = [...doc.querySelectorAll<HTMLElement>(`[${SHELL_ATTRIBUTE}]`)]
  const kept = shells.find((s) => s.getAttribute(SHELL_ATTRIBUTE) === layout)
  if (!kept) return { container: doc.getElementById('root')!, layout: null, day: null }
  for (const other of shells) if (other !== kept) other.remove()
  const day = kept.getAttribute(SHELL_DAY_ATTRIBUTE)
  // For good: the CSS that chose between the layouts must not hide the app when a resize crosses it.
  kept.removeAttribute(SHELL_ATTRIBUTE)
  kept.removeAttribute(SHELL_DAY_ATTRIBUTE)
  kept.id = 'root'
  return { container: kept, layout, day }
}
