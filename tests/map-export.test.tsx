/**
 * The map's SVG export, drawn by the map's own components from the model: the same country paths
 * as the live map, the model's fills, legend entries and counts, the caption, no scripts or
 * handlers, text escaped. And the download flow as the app wires it.
 */
import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MapDownloadMenu } from '../src/app/MapDownloadMenu'
import { CountriesFileSchema } from '../src/data/schema'
import { MAP_CITATION } from '../src/model/export-meta'
import { mapExportText, svgFile, type MapExportMeta } from '../src/features/export/map-export'
import { mapFigure, viewTransform, wholeWorld, type MapViewport } from '../src/features/map/map-figure'
import { mapBox } from '../src/features/map/map-regions'
import { MapView } from '../src/features/map/MapView'
import { StaticMap, wrapText } from '../src/features/map/StaticMap'
import { COLOR } from '../src/lib/tokens'
import { NOT_IN_SOURCE_FILL } from '../src/model/map-layer'
import { LAYER_TITLE, NOT_IN_SOURCE_LABEL } from '../src/model/vocabulary'
import { useAppStore } from '../src/store/app-store'
import { detailedMapShapes, mapShapes, worldGeometry } from './helpers/atlas'
import { renderWithData } from './helpers/render-app'

const downloads = vi.hoisted(() => [] as Array<{ blob: Blob; name: string }>)
vi.mock('../src/components/download', async (original) => ({
  ...(await original<typeof import('../src/components/download')>()),
  downloadBlob: (blob: Blob, name: string) => downloads.push({ blob, name }),
}))

const root = resolve(__dirname, '..')
const countries = CountriesFileSchema.parse(
  JSON.parse(readFileSync(resolve(root, 'data/countries.json'), 'utf8')),
)
const geometry = worldGeometry
const MARKUP = '<img src=x onerror=alert(1)>'
const AS_OF = '2022-09-15'
const meta: MapExportMeta = {
  asOf: AS_OF,
  layer: 'legality',
  filters: { wing: null, nationality: null, status: 'active', query: MARKUP },
}

function exportSvg(options: { layer?: MapExportMeta['layer']; view?: MapViewport; linked?: string[] } = {}) {
  const layer = options.layer ?? 'legality'
  const figure = mapFigure(geometry, countries, layer, AS_OF)
  const markup = svgFile(
    <StaticMap
      figure={figure}
      view={options.view ?? wholeWorld(geometry)}
      selected="POL"
      linked={options.linked ?? []}
      text={mapExportText({ ...meta, layer })}
    />,
  )
  const doc = new DOMParser().parseFromString(markup, 'image/svg+xml')
  return { markup, doc, figure }
}

afterEach(() => {
  downloads.length = 0
  vi.unstubAllGlobals()
})

describe('the map as a standalone SVG', () => {
  it('is a well-formed SVG document with the map and a caption below it', () => {
    const { markup, doc } = exportSvg()
    expect(markup.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true)
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    const svg = doc.documentElement
    expect(svg.localName).toBe('svg')
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg')
    expect(svg.getAttribute('width')).toBe('800')
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number)
    expect(w).toBe(800)
    expect(h).toBeGreaterThan(400)
    expect(svg.getAttribute('height')).toBe(String(h))
  })

  it('draws the same country paths as the live map, at the same view', async () => {
    const { doc } = exportSvg()
    const { container } = renderWithData(<MapView />)
    await screen.findByRole('group', { name: /^World map/ })
    for (const iso3 of ['POL', 'BRA', 'NGA']) {
      const live = container.querySelector(`path[data-iso3="${iso3}"]`)!.getAttribute('d')
      expect(live).toBeTruthy()
      expect(doc.querySelector(`path[data-iso3="${iso3}"]`)!.getAttribute('d')).toBe(live)
    }
    // As many shapes, and the live map shows the same view (centre and zoom) in its own box: the
    // frame's shape (jsdom's boxes are 1000×600), where the export's is the 800×400 map.
    expect(doc.querySelectorAll('.country-shapes path')).toHaveLength(
      container.querySelectorAll('.country-shapes path').length,
    )
    expect(container.querySelector('.map-zoom-layer')!.getAttribute('transform')).toBe(
      viewTransform(geometry, wholeWorld(geometry), mapBox(1000, 600)),
    )
  })

  it("fills each country with its value's fill from the model, in presentation attributes", () => {
    const { doc, figure } = exportSvg()
    for (const iso3 of ['POL', 'USA', 'RUS', 'AFG']) {
      const fill = figure.values.get(iso3)?.fill
      expect(fill).toBeTruthy()
      expect(doc.querySelector(`path[data-iso3="${iso3}"]`)!.getAttribute('fill')).toBe(fill)
      expect(doc.querySelector(`path[data-iso3="${iso3}"]`)!.getAttribute('stroke')).toBe(COLOR.mapDataBorder)
    }
    expect(doc.querySelector('[data-marker="SGP"] circle')!.getAttribute('fill')).toBe(
      figure.values.get('SGP')!.fill,
    )
    // A shape the source does not cover, and the pattern "no stance given" points to.
    expect(doc.querySelector('.country-shapes path:not([data-iso3])')!.getAttribute('fill')).toBe(
      NOT_IN_SOURCE_FILL,
    )
    expect(doc.getElementById('pattern-no-stance')).not.toBeNull()
    // The selection is outlined as on the page.
    expect(doc.querySelector('.outline--selected')!.getAttribute('stroke')).toBe(COLOR.outlineSelected)
  })

  it("lists the model's legend entries with their counts, and the countries not covered", () => {
    const { doc, figure } = exportSvg()
    const entries = [...doc.querySelectorAll('.map-export-legend-entry')].map((g) => ({
      label: g.querySelector('text')!.textContent,
      fill: g.querySelector('rect')!.getAttribute('fill'),
    }))
    expect(entries).toEqual([
      ...figure.entries.map((e) => ({
        label: e.undated
          ? `${e.label} (${e.count} dated, ${e.undated} date not stated)`
          : `${e.label} (${e.count})`,
        fill: e.fill,
      })),
      { label: NOT_IN_SOURCE_LABEL, fill: NOT_IN_SOURCE_FILL },
    ])
    expect(figure.entries.find((e) => e.category === 'illegal')!.count).toBeGreaterThan(0)
    // Undated stances are counted apart in the file as on screen.
    expect(entries.some((e) => /\d+ dated, \d+ date not stated\)$/.test(e.label!))).toBe(true)
    expect(entries.find((e) => e.label!.startsWith('statement date not stated'))).toBeDefined()
  })

  it('has a title, a description and a caption with the date, layer, filters and citation', () => {
    const { doc } = exportSvg()
    const svg = doc.documentElement
    expect(svg.getAttribute('role')).toBe('img')
    expect(svg.getAttribute('aria-labelledby')).toBe('map-export-title map-export-desc')
    expect(svg.firstElementChild!.localName).toBe('title')
    expect(doc.querySelector('title')!.textContent).toBe(
      `Legion Atlas — ${LAYER_TITLE.legality}, as of 15 September 2022`,
    )
    const desc = doc.querySelector('desc')!.textContent!
    expect(desc).toContain('As of 15 September 2022 (2022-09-15)')
    expect(desc).toContain('Layer: legality')
    expect(desc).toContain(`status: active; q: “${MARKUP}”`)
    expect(desc).toContain(MAP_CITATION)
    const caption = [...doc.querySelectorAll('.map-export-caption text')].map((t) => t.textContent).join(' ')
    expect(caption).toContain(`Legion Atlas — ${LAYER_TITLE.legality}`)
    expect(caption).toContain('As of 15 September 2022 (2022-09-15) · Layer: legality')
    expect(caption).toContain(MAP_CITATION.split(' ').slice(0, 6).join(' '))
  })

  it('carries no scripts, handlers, links or focus stops, and escapes the text it writes', () => {
    const { markup, doc } = exportSvg()
    expect(markup).not.toMatch(/<script|<foreignObject|<iframe|<a[\s>]|javascript:/i)
    const attributes = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name))
    expect(attributes.filter((name) => /^on|tabindex|href$/i.test(name))).toEqual([])
    expect(markup).not.toContain('<img')
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(doc.getElementsByTagName('img')).toHaveLength(0)
    expect(doc.querySelector('[role="img"]:not(svg)')).toBeNull()
  })

  it("keeps the user's zoom and centre, clipped to the map's frame", () => {
    const view: MapViewport = { center: [19, 52], zoom: 4 }
    const { doc } = exportSvg({ view })
    const map = doc.querySelector('svg.map-export-map')!
    expect(map.getAttribute('viewBox')).toBe('0 0 800 400')
    expect(map.querySelector(':scope > g')!.getAttribute('transform')).toBe(viewTransform(geometry, view))
    // Outlines keep their width on screen: 2 units at zoom 1, 0.5 at zoom 4.
    expect(doc.querySelector('.outline--selected')!.getAttribute('stroke-width')).toBe('0.5')
  })

  it('outlines linked countries and draws the figures layers with circles and their sizes', () => {
    const { doc, figure } = exportSvg({ layer: 'deaths', linked: ['GBR'] })
    expect(doc.querySelector('.outline--linked')!.getAttribute('stroke')).toBe(COLOR.outlineLinked)
    const circles = doc.querySelectorAll('circle.figure-circle')
    expect(circles.length).toBe([...figure.values.values()].filter((v) => v.fact?.figure).length)
    const caption = [...doc.querySelectorAll('.map-export-caption text')].map((t) => t.textContent).join(' ')
    expect(caption).toContain('Circle sizes:')
    expect(caption).toContain('figure reported (')
  })

  it('wraps caption text at spaces', () => {
    expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four'])
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij'])
  })
})

describe('the map download menu', () => {
  it('saves the map as the user sees it, with the app state in its caption', async () => {
    useAppStore.setState({ asOf: AS_OF, layer: 'stance', country: 'POL' })
    const { container } = renderWithData(<MapView renderExport={(map) => <MapDownloadMenu source={map} />} />)
    await screen.findByRole('group', { name: /^World map/ })
    // The whole world on screen draws the simplified shapes.
    const polandPath = () => container.querySelector('path[data-iso3="POL"]')!.getAttribute('d')
    expect(polandPath()).toBe(mapShapes.shapes.find((s) => s.a3 === 'POL')!.d)
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Download map' }))
    await user.click(await screen.findByRole('button', { name: 'Download map as SVG' }, { timeout: 10_000 }))
    await waitFor(() => expect(downloads).toHaveLength(1))
    expect(downloads[0]!.name).toBe(`legion-atlas-map-stance-${AS_OF}.svg`)
    const markup = await new Promise<string>((done) => {
      const reader = new FileReader()
      reader.onload = () => done(reader.result as string)
      reader.readAsText(downloads[0]!.blob)
    })
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml')
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
    expect(markup).toContain('Layer: stance')
    const live = container.querySelector('path[data-iso3="POL"]')!
    const saved = doc.querySelector('path[data-iso3="POL"]')!
    // The file draws the detailed shapes; loaded, the screen draws them too.
    expect(saved.getAttribute('d')).toBe(detailedMapShapes.shapes.find((s) => s.a3 === 'POL')!.d)
    await waitFor(() => expect(polandPath()).toBe(saved.getAttribute('d')))
    expect(saved.getAttribute('fill')).toBe(live.getAttribute('fill'))
    // The selection's outlines are drawn only when the user asks for them.
    expect(doc.querySelector('.outline--selected')).toBeNull()
    await act(async () => {})
    expect(screen.getByRole('status')).toHaveTextContent(`Saved legion-atlas-map-stance-${AS_OF}.svg.`)
    await user.click(screen.getByRole('checkbox', { name: 'Draw the selection’s outlines' }))
    await user.click(screen.getByRole('button', { name: 'Download map as SVG' }))
    await waitFor(() => expect(downloads).toHaveLength(2))
    const outlined = await new Promise<string>((done) => {
      const reader = new FileReader()
      reader.onload = () => done(reader.result as string)
      reader.readAsText(downloads[1]!.blob)
    })
    const outlinedDoc = new DOMParser().parseFromString(outlined, 'image/svg+xml')
    expect(outlinedDoc.querySelector('.outline--selected')).not.toBeNull()
  }, 30_000)
})
