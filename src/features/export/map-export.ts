/**
 * The map as a standalone SVG file, and as a PNG drawn from that SVG. The SVG is a copy of the
 * map's <svg> as it is on screen (zoom, fills, highlight) with the styles that the page's CSS gives
 * it written onto each element, a <title> and <desc>, and a caption under the map with the as-of
 * date, the layer, the filters, the legend and the source.
 *
 * Text goes into the copy only through `textContent` and `setAttribute`, so the serialiser escapes
 * it; the copy keeps no scripts, event handlers or links to other documents. The PNG is drawn from
 * a blob: URL, which the page's Content-Security-Policy allows (img-src 'self' data: blob:).
 */
import { formatIsoDate } from '../../lib/dates'
import type { MapLayer } from '../../model/types'
import { describeFilters, MAP_CITATION, type ExportContext } from './export-meta'

const SVG_NS = 'http://www.w3.org/2000/svg'

/** The layer in words, when the caller does not pass the map's own title. */
export const LAYER_TITLE: Record<MapLayer, string> = {
  legality: 'Legality of enlisting in the International Legion',
  stance: 'Official stance of each government',
  volunteers: 'Volunteers: the largest figure reported by the as-of date',
  deaths: 'Deaths: the largest figure reported by the as-of date',
}

export interface MapLegendItem {
  label: string
  /** a colour, or url(#id) of a pattern in the map's <defs> */
  fill: string
}

export interface MapExportMeta extends ExportContext {
  layer: MapLayer
  /** the layer's title as the map shows it; defaults to LAYER_TITLE[layer] */
  layerTitle?: string
  /** drawn under the map, as swatches with their labels */
  legend?: readonly MapLegendItem[]
}

/** The computed styles that make the map look as it does; written onto each copied element. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
  'vector-effect',
] as const

/** Values that say nothing the SVG default does not, left out to keep the file small. */
const DEFAULT_VALUE: Partial<Record<(typeof STYLE_PROPERTIES)[number], string>> = {
  'fill-opacity': '1',
  'stroke-opacity': '1',
  'stroke-dasharray': 'none',
  'stroke-linejoin': 'miter',
  'stroke-linecap': 'butt',
  opacity: '1',
  'vector-effect': 'none',
}

const STYLED = new Set(['g', 'path', 'circle', 'ellipse', 'rect', 'line', 'polygon', 'polyline', 'text'])
const UNSAFE = 'script, foreignObject, iframe, object, embed, a, image, use, style'

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif'
const FONT_SIZE = 13
const LINE = 18
const PAD = 12
const MAP_BACKGROUND = '#eaf1f7'

/** url("http://host/page#pattern") -> url(#pattern): the copy has the pattern, not the page. */
function localUrl(value: string): string {
  return value.replace(/url\((['"]?)[^)'"]*?(#[^)'"]+)\1\)/g, 'url($2)')
}

function inlineStyles(original: Element, copy: Element): boolean {
  const view = original.ownerDocument.defaultView
  if (!view) return true
  const computed = view.getComputedStyle(original)
  if (computed.getPropertyValue('display') === 'none') return false
  const declarations: string[] = []
  for (const property of STYLE_PROPERTIES) {
    const value = computed.getPropertyValue(property).trim()
    if (!value || DEFAULT_VALUE[property] === value) continue
    declarations.push(`${property}:${localUrl(value)}`)
  }
  if (declarations.length) copy.setAttribute('style', declarations.join(';'))
  return true
}

/** Drops what a standalone image must not carry: scripts, handlers, focus stops, outside links. */
function sanitise(root: Element): void {
  root.querySelectorAll(UNSAFE).forEach((el) => el.remove())
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase()
      if (name.startsWith('on') || name === 'tabindex' || name.endsWith('href')) el.removeAttribute(attr.name)
    }
  }
}

function svgElement<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, tag)
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value))
  if (text !== undefined) el.textContent = text
  return el
}

/** Splits text into lines of at most `max` characters, at spaces where it can. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word
    else if (line.length + 1 + word.length <= max) line += ` ${word}`
    else {
      lines.push(line)
      line = word
    }
    while (line.length > max) {
      lines.push(line.slice(0, max))
      line = line.slice(max)
    }
  }
  if (line) lines.push(line)
  return lines
}

/** The caption's lines of text, in order: title, state of the app, source. */
export function captionLines(meta: MapExportMeta): { title: string; state: string; source: string } {
  return {
    title: `Legion Atlas — ${meta.layerTitle ?? LAYER_TITLE[meta.layer]}`,
    state: `As of ${formatIsoDate(meta.asOf)} (${meta.asOf}) · Layer: ${meta.layer} · Filters: ${describeFilters(meta.filters)}`,
    source: MAP_CITATION,
  }
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

function viewBoxOf(svg: SVGSVGElement): Box {
  const parts = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number)
  if (parts.length === 4 && parts.every(Number.isFinite) && parts[2]! > 0 && parts[3]! > 0)
    return { x: parts[0]!, y: parts[1]!, width: parts[2]!, height: parts[3]! }
  const rect = svg.getBoundingClientRect()
  return { x: 0, y: 0, width: rect.width || 800, height: rect.height || 400 }
}

/** Draws the caption under the map; returns its height. */
function drawCaption(doc: Document, box: Box, meta: MapExportMeta): { group: SVGGElement; height: number } {
  const group = svgElement(doc, 'g', {
    class: 'map-export-caption',
    transform: `translate(${box.x} ${box.y + box.height})`,
    'font-family': FONT,
    'font-size': FONT_SIZE,
    fill: '#1d1d1f',
  })
  const charWidth = FONT_SIZE * 0.56
  const maxChars = Math.max(20, Math.floor((box.width - 2 * PAD) / charWidth))
  const lines = captionLines(meta)
  const parts: SVGElement[] = []
  let y = PAD

  const addLines = (text: string, attributes: Record<string, string> = {}) => {
    for (const line of wrapText(text, maxChars)) {
      y += LINE
      parts.push(svgElement(doc, 'text', { x: PAD, y: y - 5, ...attributes }, line))
    }
  }
  addLines(lines.title, { 'font-weight': '600' })
  addLines(lines.state)

  if (meta.legend?.length) {
    let x = PAD
    y += LINE
    for (const item of meta.legend) {
      const width = 14 + 6 + item.label.length * charWidth + 16
      if (x > PAD && x + width > box.width - PAD) {
        x = PAD
        y += LINE
      }
      parts.push(
        svgElement(doc, 'rect', {
          x,
          y: y - 14,
          width: 12,
          height: 12,
          fill: localUrl(item.fill),
          stroke: '#555a60',
          'stroke-width': 0.8,
        }),
        svgElement(doc, 'text', { x: x + 18, y: y - 4 }, item.label),
      )
      x += width
    }
  }
  addLines(lines.source, { fill: '#555a60' })

  const height = y + PAD
  group.append(svgElement(doc, 'rect', { x: 0, y: 0, width: box.width, height, fill: '#ffffff' }), ...parts)
  return { group, height }
}

export interface BuiltMapSvg {
  markup: string
  /** the drawing's size in CSS pixels, caption included */
  width: number
  height: number
}

/**
 * Copies the map's <svg> into a standalone SVG document. `scale` multiplies its width and height
 * (not its drawing), so an image made from it renders sharp at that scale.
 */
export function buildMapSvg(svg: SVGSVGElement, meta: MapExportMeta, scale = 1): BuiltMapSvg {
  const doc = svg.ownerDocument
  const copy = svg.cloneNode(true) as SVGSVGElement
  const originals = [svg, ...svg.querySelectorAll('*')]
  const copies = [copy, ...copy.querySelectorAll('*')]
  const hidden: Element[] = []
  originals.forEach((original, i) => {
    const target = copies[i]!
    if (STYLED.has(original.localName) && !inlineStyles(original, target)) hidden.push(target)
  })
  hidden.forEach((el) => el.remove())
  sanitise(copy)

  const box = viewBoxOf(svg)
  const view = doc.defaultView
  const frameBackground =
    svg.parentElement && view ? view.getComputedStyle(svg.parentElement).backgroundColor : ''
  const background =
    frameBackground && !/^(transparent|rgba\(0, 0, 0, 0\))$/.test(frameBackground)
      ? frameBackground
      : MAP_BACKGROUND

  const { group: caption, height: captionHeight } = drawCaption(doc, box, meta)
  const width = box.width
  const height = box.height + captionHeight
  const lines = captionLines(meta)

  copy.removeAttribute('style')
  copy.removeAttribute('aria-label')
  copy.setAttribute('viewBox', `${box.x} ${box.y} ${width} ${height}`)
  copy.setAttribute('width', String(width * scale))
  copy.setAttribute('height', String(height * scale))
  copy.setAttribute('role', 'img')
  copy.setAttribute('aria-labelledby', 'map-export-title map-export-desc')
  copy.prepend(
    svgElement(doc, 'title', { id: 'map-export-title' }, `${lines.title}, as of ${formatIsoDate(meta.asOf)}`),
    svgElement(doc, 'desc', { id: 'map-export-desc' }, `${lines.state}. ${lines.source}.`),
    svgElement(doc, 'rect', { ...box, fill: background, class: 'map-export-background' }),
  )
  copy.append(caption)

  const markup = new XMLSerializer().serializeToString(copy)
  return { markup: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`, width, height }
}

/** The map as the text of a standalone .svg file. */
export function exportMapSvg(svg: SVGSVGElement, meta: MapExportMeta): string {
  return buildMapSvg(svg, meta).markup
}

/** The map as a PNG, drawn from the exported SVG at `scale` times its size (2 by default). */
export async function exportMapPng(svg: SVGSVGElement, meta: MapExportMeta, scale = 2): Promise<Blob> {
  const { markup, width, height } = buildMapSvg(svg, meta, scale)
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const image = new Image()
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve()
      image.onerror = () => reject(new Error('The browser could not draw the map image.'))
      image.src = url
    })
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * scale)
    canvas.height = Math.round(height * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This browser cannot draw to a canvas.')
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG.'))),
        'image/png',
      ),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
