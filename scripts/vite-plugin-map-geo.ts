/**
 * react-simple-maps imports d3-geo as a namespace, so that a projection can be named by a string
 * ("geoEqualEarth"), and a namespace keeps every one of d3-geo's functions in the bundle. Its
 * Geographies turn a TopoJSON file into features with topojson-client, which stays in the bundle
 * with the component. The app passes its own point projection and draws the SVG paths projected at
 * build time, so this plugin gives react-simple-maps (and only react-simple-maps) the modules in
 * ./react-simple-maps-slim/: a d3-geo whose path generator and graticule throw if asked to draw,
 * and a topojson-client whose functions throw, each saying why. About 17 KB gzip less on first
 * load (d3-geo's projections and its path generator, topojson-client). The app's own
 * `geoEqualEarthRaw` import (src/features/map/geo.ts) gets d3-geo as it is.
 */
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

const SLIM: Record<string, string> = {
  'd3-geo': 'd3-geo.mjs',
  'topojson-client': 'topojson-client.mjs',
}

/** The slim module react-simple-maps gets for `source`, or null for any other import. */
export function slimMapModuleFor(source: string, importer: string | undefined): string | null {
  if (!importer?.replaceAll('\\', '/').includes('/node_modules/react-simple-maps/')) return null
  const file = SLIM[source]
  return file ? fileURLToPath(new URL(`./react-simple-maps-slim/${file}`, import.meta.url)) : null
}

export function slimD3GeoForMaps(): Plugin {
  return {
    name: 'legion-atlas:slim-d3-geo-for-react-simple-maps',
    enforce: 'pre',
    resolveId(source, importer) {
      return slimMapModuleFor(source, importer)
    },
  }
}
