/**
 * The static form of the map, for the SVG and PNG exports: the same MapDrawing the page shows (at
 * the user's zoom and centre) in a standalone <svg>, with a <title>, a <desc> and a caption under
 * it (heading, the app's state, the legend with its counts, circle sizes, the citation). Rendered
 * to markup with `renderToStaticMarkup`; React escapes every text and attribute, and the markup has
 * no scripts, handlers or focus stops.
 */
import { COLOR, FONT } from '../../lib/tokens'
import { NOT_IN_SOURCE_FILL } from '../../model/map-layer'
import { legendEntryText } from '../../model/map-legend'
import { CIRCLE_SIZES_LABEL, NOT_IN_SOURCE_LABEL } from '../../model/vocabulary'
import { MAP_HEIGHT, MAP_WIDTH } from './geo'
import type { MapExportSource } from './MapView'
import { MapDrawing } from './MapDrawing'
import { circleSteps, viewTransform, type MapFigure } from './map-figure'

export interface StaticMapText {
  /** the <title>: the image's accessible name */
  name: string
  /** the <desc> */
  description: string
  /** the caption's heading, its lines about the app's state, and the citation */
  heading: string
  lines: readonly string[]
  source: string
}

export interface StaticMapProps extends MapExportSource {
  text: StaticMapText
  /** multiplies the width and height (not the drawing), so a raster of it is sharp at that scale */
  scale?: number
}

const FONT_SIZE = 13
const LINE = 18
const PAD = 12
const SWATCH = 12
const CHAR_WIDTH = FONT_SIZE * 0.56

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

interface CaptionText {
  text: string
  y: number
  bold?: boolean
  muted?: boolean
}

export interface CaptionLayout {
  texts: CaptionText[]
  swatches: Array<{ x: number; y: number; fill: string; label: string }>
  circles: Array<{ cx: number; cy: number; r: number; label: string }>
  height: number
}

/** Where each part of the caption goes (y from the caption's top), and its height. */
export function captionLayout(figure: MapFigure, text: StaticMapText, width = MAP_WIDTH): CaptionLayout {
  const maxChars = Math.max(20, Math.floor((width - 2 * PAD) / CHAR_WIDTH))
  const texts: CaptionText[] = []
  let y = PAD
  const addLines = (value: string, look: Omit<CaptionText, 'text' | 'y'> = {}) => {
    for (const line of wrapText(value, maxChars)) {
      y += LINE
      texts.push({ text: line, y: y - 5, ...look })
    }
  }
  addLines(text.heading, { bold: true })
  for (const line of text.lines) addLines(line)

  const swatches: CaptionLayout['swatches'] = []
  const items = [
    ...figure.entries.map((e) => ({ fill: e.fill, label: legendEntryText(e) })),
    { fill: NOT_IN_SOURCE_FILL, label: NOT_IN_SOURCE_LABEL },
  ]
  let x = PAD
  y += LINE + 4
  for (const item of items) {
    const itemWidth = SWATCH + 6 + item.label.length * CHAR_WIDTH + 16
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD
      y += LINE
    }
    swatches.push({ x, y: y - 14, ...item })
    x += itemWidth
  }

  const circles: CaptionLayout['circles'] = []
  const steps = circleSteps(figure)
  if (steps.length) {
    const tallest = Math.max(...steps.map((s) => s.radius))
    const cy = y + 8 + tallest
    texts.push({ text: `${CIRCLE_SIZES_LABEL}:`, y: cy + 4 })
    let cx = PAD + CIRCLE_SIZES_LABEL.length * CHAR_WIDTH + 16
    for (const { value, radius } of steps) {
      const label = value.toLocaleString('en-GB')
      circles.push({ cx: cx + radius, cy, r: radius, label })
      cx += 2 * radius + 6 + label.length * CHAR_WIDTH + 16
    }
    y = cy + tallest
  }
  y += 4
  addLines(text.source, { muted: true })
  return { texts, swatches, circles, height: y + PAD }
}

/** The map at the user's view, with its caption, as one standalone SVG. */
export function StaticMap({ figure, view, selected, linked, text, scale = 1 }: StaticMapProps) {
  const caption = captionLayout(figure, text)
  const width = MAP_WIDTH
  const height = MAP_HEIGHT + caption.height
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${width} ${height}`}
      width={width * scale}
      height={height * scale}
      role="img"
      aria-labelledby="map-export-title map-export-desc"
      fontFamily={FONT.body}
      fontSize={FONT_SIZE}
    >
      <title id="map-export-title">{text.name}</title>
      <desc id="map-export-desc">{text.description}</desc>
      {/* An inner <svg> clips the zoomed drawing to the map's frame. */}
      <svg
        className="map-export-map"
        width={MAP_WIDTH}
        height={MAP_HEIGHT}
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      >
        <rect width={MAP_WIDTH} height={MAP_HEIGHT} fill={COLOR.mapSea} />
        <g transform={viewTransform(figure.geometry, view)}>
          <MapDrawing figure={figure} selected={selected} linked={linked} zoom={view.zoom} unitsPerPx={1} />
        </g>
      </svg>
      <g className="map-export-caption" transform={`translate(0 ${MAP_HEIGHT})`} fill={COLOR.ink}>
        <rect width={width} height={caption.height} fill={COLOR.surface} />
        {caption.texts.map((t, i) => (
          <text
            key={i}
            x={PAD}
            y={t.y}
            fontWeight={t.bold ? 600 : undefined}
            fill={t.muted ? COLOR.inkMuted : undefined}
          >
            {t.text}
          </text>
        ))}
        {caption.swatches.map((s) => (
          <g key={s.label} className="map-export-legend-entry">
            <rect
              x={s.x}
              y={s.y}
              width={SWATCH}
              height={SWATCH}
              fill={s.fill}
              stroke={COLOR.swatchLine}
              strokeWidth={0.8}
            />
            <text x={s.x + SWATCH + 6} y={s.y + 10}>
              {s.label}
            </text>
          </g>
        ))}
        {caption.circles.map((c) => (
          <g key={c.label}>
            <circle cx={c.cx} cy={c.cy} r={c.r} fill={COLOR.figureFill} stroke={COLOR.figureStroke} />
            <text x={c.cx + c.r + 6} y={c.cy + 4}>
              {c.label}
            </text>
          </g>
        ))}
      </g>
    </svg>
  )
}
