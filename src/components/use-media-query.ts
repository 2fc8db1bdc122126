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

/**
 * Whether a media query matches, kept current. Where `matchMedia` is missing (jsdom, very old
 * browsers) it answers `fallback`.
 */
export function useMediaQuery(query: string, fallback = false): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => {}
      const list = window.matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    [query],
  )
  const read = () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : fallback)
  return useSyncExternalStore(subscribe, read, () => renderedFor[query] ?? fallback)
}

/** The width below which the app shows one view at a time (phones, small tablets). */
export const PHONE_LAYOUT_QUERY = '(max-width: 1023.98px)'
/** Laptops this tall have room for the lower pane beside the map and the org chart on load. */
export const TALL_SCREEN_QUERY = '(min-height: 860px)'
