/**
 * The design tokens: every colour, font and size the app draws with, in one place. The CSS reads
 * them as custom properties (`applyTokens` writes them onto :root once at start, e.g. `ink` as
 * `--ink`); the map's SVG and its exports take them as presentation attributes, since a file saved
 * from the page has no stylesheet. A dark theme is a second set of these values. Plain TypeScript.
 */

/** Colours of the page and the map. Keys become custom properties: `inkMuted` is `--ink-muted`. */
export const COLOR = {
  bg: '#f7f7f5',
  surface: '#ffffff',
  ink: '#1d1d1f',
  inkMuted: '#555a60',
  inkDisabled: '#6b6f75',
  line: '#d5d7da',
  accent: '#1f5fa8',
  accentInk: '#ffffff',
  focus: '#c2410c',
  hoverBg: '#eef2f6',
  quoteBg: '#f1f5fa',
  warnBg: '#fff4e5',
  warnInk: '#7a3e00',
  warnLine: '#e0a860',
  errorBg: '#fdecec',
  errorInk: '#8a1c1c',
  errorLine: '#e3a3a3',
  noteBg: '#eef0ff',
  noteInk: '#2b2f7a',
  noteLine: '#a9aee0',
  tooltipLine: '#888888',
  shadow: 'rgba(0, 0, 0, 0.15)',
  backdrop: 'rgba(0, 0, 0, 0.35)',
  /** the sea behind the countries */
  mapSea: '#eaf1f7',
  /** borders between countries the source does not cover */
  mapBorder: '#ffffff',
  /** borders of countries with a record */
  mapDataBorder: '#4a4a4a',
  /** countries the source does not cover */
  mapNotInSource: '#f1f1ef',
  outlineSelected: '#111111',
  outlineHover: '#c2410c',
  outlineLinked: '#7a2e9a',
  linkedInk: '#5a1f75',
  figureFill: 'rgba(213, 94, 0, 0.45)',
  figureUndatedFill: 'rgba(213, 94, 0, 0.18)',
  figureStroke: '#7a2e00',
  markerStroke: '#222222',
  markerSelected: '#000000',
  patternBg: '#ffffff',
  patternInk: '#6b6b6b',
  swatchLine: '#555555',
} as const

/**
 * Fills of the map's categories, colour-blind-safe (Okabe–Ito). Custom properties `--cat-legal`
 * and so on. The "no value" states are patterns drawn with `patternBg` and `patternInk`.
 */
export const CATEGORY_COLOR = {
  legal: '#0072B2',
  conditional: '#56B4E9',
  unclear: '#F0E442',
  illegal: '#D55E00',
  unspecified: '#CC79A7',
  permits: '#0072B2',
  neutral: '#009E73',
  discourages: '#E69F00',
  prohibits: '#D55E00',
  hostile: '#5b1a4a',
  figure: '#c9d6e3',
  figureUndated: '#ecdcbc',
  noFigure: '#e4e4e4',
} as const

export const FONT = {
  body: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
} as const

export const SIZE = {
  radius: '6px',
  gap: '12px',
} as const

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** Every token as the custom property the CSS reads: { '--ink': '#1d1d1f', '--cat-legal': … }. */
export const CSS_CUSTOM_PROPERTIES: Readonly<Record<string, string>> = Object.freeze({
  ...Object.fromEntries(Object.entries(COLOR).map(([k, v]) => [`--${kebab(k)}`, v])),
  ...Object.fromEntries(Object.entries(CATEGORY_COLOR).map(([k, v]) => [`--cat-${kebab(k)}`, v])),
  ...Object.fromEntries(Object.entries(FONT).map(([k, v]) => [`--font-${kebab(k)}`, v])),
  ...Object.fromEntries(Object.entries(SIZE).map(([k, v]) => [`--${kebab(k)}`, v])),
})

/**
 * Writes every token onto an element's style (the page's :root), where the CSS reads them. Through
 * the CSSOM, which the Content-Security-Policy allows whatever its style-src says.
 */
export function applyTokens(style: Pick<CSSStyleDeclaration, 'setProperty'>): void {
  for (const [name, value] of Object.entries(CSS_CUSTOM_PROPERTIES)) style.setProperty(name, value)
}
