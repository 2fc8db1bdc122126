/**
 * Measures card text with a canvas in the page's own fonts, so the chart's card heights match what
 * the browser draws. Fonts are kept in step with orgchart.css.
 */
import type { TextKind, TextMeasure } from './card-size'

const FONT: Record<TextKind, string> = {
  name: '600 14px',
  label: '400 14px',
  strong: '600 12.5px',
  meta: '400 12.5px',
  tag: 'italic 400 11.5px',
}

let context: CanvasRenderingContext2D | null | undefined

function canvasContext(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context
  // jsdom has no canvas and says so loudly; it gets the rough measure instead.
  const usable = typeof document !== 'undefined' && !/jsdom/i.test(navigator.userAgent)
  try {
    context = usable ? document.createElement('canvas').getContext('2d') : null
  } catch {
    context = null
  }
  return context
}

const measures = new Map<string, TextMeasure>()
/** The font the canvas is set to, shared by the measures of every family. */
let current = ''

/**
 * A measure in the given font family, or null where no canvas can measure. One per family, with
 * its cache of widths kept: the chart re-lays out on date changes and measures the same words.
 */
export function canvasMeasure(fontFamily: string): TextMeasure | null {
  const ctx = canvasContext()
  if (!ctx) return null
  const known = measures.get(fontFamily)
  if (known) return known
  const cache = new Map<string, number>()
  const fonts = Object.fromEntries(
    Object.entries(FONT).map(([kind, font]) => [kind, `${font} ${fontFamily}`]),
  ) as Record<TextKind, string>
  const measure: TextMeasure = (text, kind) => {
    const key = `${kind}\u0000${text}`
    let width = cache.get(key)
    if (width === undefined) {
      // Setting a font parses it, even the same one: only when the kind changes.
      if (current !== fonts[kind]) ctx.font = current = fonts[kind]
      width = ctx.measureText(text).width
      cache.set(key, width)
    }
    return width
  }
  measures.set(fontFamily, measure)
  return measure
}
