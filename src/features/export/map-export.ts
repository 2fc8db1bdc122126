/**
 * The map as a standalone SVG file, and as a PNG drawn from it. The SVG is the markup of the map's
 * own static form (a React element the caller passes: the map view's StaticMap) rendered with
 * `renderToStaticMarkup`, as Our World in Data's grapher renders its static charts: no live DOM
 * is cloned and no computed style copied. React escapes every text and attribute and writes no
 * handlers. The PNG is drawn from a blob: URL, which the page's Content-Security-Policy allows
 * (img-src 'self' data: blob:).
 */
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { formatIsoDate } from '../../lib/dates'
import { COLOR } from '../../lib/tokens'
import type { MapLayer } from '../../model/types'
import { LAYER_TITLE } from '../../model/vocabulary'
import { describeFilters, MAP_CITATION, type ExportContext } from '../../model/export-meta'

export interface MapExportMeta extends ExportContext {
  layer: MapLayer
}

/** The words an exported map carries about itself (the shape of StaticMap's `text`). */
export interface MapExportText {
  /** the <title>: the image's accessible name */
  name: string
  /** the <desc> */
  description: string
  /** the caption's heading, its lines about the app's state, and the citation */
  heading: string
  lines: readonly string[]
  source: string
}

/** The title, the state of the app (date, layer, filters) and the citation of an exported map. */
export function mapExportText(meta: MapExportMeta): MapExportText {
  const heading = `Legion Atlas — ${LAYER_TITLE[meta.layer]}`
  const date = formatIsoDate(meta.asOf)
  const state = `As of ${date} (${meta.asOf}) · Layer: ${meta.layer} · Filters: ${describeFilters(meta.filters)}`
  return {
    name: `${heading}, as of ${date}`,
    description: `${state}. ${MAP_CITATION}.`,
    heading,
    lines: [state],
    source: MAP_CITATION,
  }
}

/** The text of a standalone .svg file: an XML declaration and the element's static markup. */
export function svgFile(drawing: ReactElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(drawing)}\n`
}

/** A PNG of an SVG file, at the size its root's width and height give. */
export async function svgToPng(markup: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    const image = new Image()
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve()
      image.onerror = () => reject(new Error('The browser could not draw the map image.'))
      image.src = url
    })
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth
    canvas.height = image.naturalHeight
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This browser cannot draw to a canvas.')
    context.fillStyle = COLOR.surface
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
