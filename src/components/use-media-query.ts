import { useCallback, useSyncExternalStore } from 'react'

/**
 * What the page's HTML was rendered for, where it was prerendered (src/app/shell.ts): the build
 * renders a layout with these answers, and the browser hydrates that layout with the same ones.
 * React then renders again with the real answers if they differ.
 */
let renderedFor: Readonly<Record<string, boolean>> = {}

export function setServerMediaQueries(answers: Readonly<Record<string, boolean>>): void {
  renderedFor = answers
}

const lists = new Map<string, MediaQueryList>()
let listsOf: typeof window.matchMedia | null = null

/** One MediaQueryList per query, kept: every render of every view reads them. */
export function mediaQueryList(query: string): MediaQueryList | null {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return null
  // A page (or a test) that replaces matchMedia gets lists of the new one.
  if (listsOf !== window.matchMedia) {
    lists.clear()
    listsOf = window.matchMedia
  }
  let list = lists.get(query)
  if (!list) lists.set(query, (list = window.matchMedia(query)))
  return list
}

/**
 * Whether a media query matches, kept current. Where `matchMedia` is missing (jsdom, very old
 * browsers) it answers `fallback`.
 */
export function useMediaQuery(query: string, fallback = false): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = mediaQueryList(query)
      list?.addEventListener('change', onChange)
      return () => list?.removeEventListener('change', onChange)
    },
    [query],
  )
  const read = () => mediaQueryList(query)?.matches ?? fallback
  return useSyncExternalStore(subscribe, read, () => renderedFor[query] ?? fallback)
}

export { PHONE_LAYOUT_QUERY, TALL_SCREEN_QUERY } from './layout-queries'
