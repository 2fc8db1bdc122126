/** The media queries the layouts answer to, apart from React, for the page's entry to read too. */

/** The width below which the app shows one view at a time (phones, small tablets). */
export const PHONE_LAYOUT_QUERY = '(max-width: 1023.98px)'
/** Laptops this tall have room for the lower pane beside the map and the org chart on load. */
export const TALL_SCREEN_QUERY = '(min-height: 860px)'

/** Whether the screen answers a media query now (false where the browser cannot say). */
export const matchesMedia = (query: string) =>
  typeof window.matchMedia === 'function' && window.matchMedia(query).matches
