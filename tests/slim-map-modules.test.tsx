import { render } from '@testing-library/react'
import { ComposableMap, Graticule } from 'react-simple-maps'
import { describe, expect, it, vi } from 'vitest'
import { geoGraticule, geoPath } from '../scripts/react-simple-maps-slim/d3-geo.mjs'
import { feature, mesh } from '../scripts/react-simple-maps-slim/topojson-client.mjs'
import { slimMapModuleFor } from '../scripts/vite-plugin-map-geo'

const MAPS = '/repo/node_modules/react-simple-maps/dist/shared/JKVre3Xc.es.js'

describe('the slim modules react-simple-maps gets (scripts/vite-plugin-map-geo.ts)', () => {
  it('are given to react-simple-maps only', () => {
    expect(slimMapModuleFor('d3-geo', MAPS)).toMatch(/react-simple-maps-slim\/d3-geo\.mjs$/)
    expect(slimMapModuleFor('topojson-client', MAPS)).toMatch(/react-simple-maps-slim\/topojson-client\.mjs$/)
    expect(slimMapModuleFor('d3-zoom', MAPS)).toBeNull()
    expect(slimMapModuleFor('d3-geo', '/repo/src/features/map/geo.ts')).toBeNull()
    expect(slimMapModuleFor('d3-geo', '/repo/scripts/map-shapes.ts')).toBeNull()
    expect(slimMapModuleFor('d3-geo', undefined)).toBeNull()
  })

  it('make a path generator that ComposableMap can set up, and that refuses to draw', () => {
    const path = geoPath()
    const projected = path.projection(() => [0, 0])
    expect(projected).toBe(path)
    expect(path.context(null)).toBe(path)
    expect(() => path({ type: 'Sphere' })).toThrow(/draws no GeoJSON/)
  })

  it('refuse a graticule and every TopoJSON read, saying why', () => {
    expect(() => geoGraticule()).toThrow(/draws no GeoJSON/)
    expect(() => feature()).toThrow(/reads no TopoJSON/)
    expect(() => mesh()).toThrow(/reads no TopoJSON/)
  })

  it('are what the tests’ react-simple-maps uses too: a map with a point projection renders, a graticule does not', () => {
    // vite.config.ts inlines react-simple-maps in tests, so its components get the slim modules.
    const projection = Object.assign((point: [number, number]) => point, {})
    const { container } = render(
      <ComposableMap projection={projection as never} width={100} height={50}>
        <circle r={2} />
      </ComposableMap>,
    )
    expect(container.querySelector('svg circle')).not.toBeNull()
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() =>
      render(
        <ComposableMap projection={projection as never}>
          <Graticule />
        </ComposableMap>,
      ),
    ).toThrow(/draws no GeoJSON/)
    quiet.mockRestore()
  })
})
