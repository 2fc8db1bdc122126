/**
 * react-simple-maps imports d3-geo as a namespace, so that a projection can be named by a string
 * ("geoEqualEarth"), and a namespace keeps every one of d3-geo's functions in the bundle. The app
 * passes its own projection (the shapes come projected at build time), so this plugin gives
 * react-simple-maps a d3-geo with only the two functions it calls by name: 12 KB gzip less on
 * first load. Naming a projection by a string would then fail at once, not silently.
 */
import type { Plugin } from 'vite'

const SLIM_D3_GEO = '\0legion-atlas:d3-geo-for-react-simple-maps'

export function slimD3GeoForMaps(): Plugin {
  return {
    name: 'legion-atlas:slim-d3-geo-for-react-simple-maps',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'd3-geo' && importer?.includes('/node_modules/react-simple-maps/')) return SLIM_D3_GEO
      return null
    },
    load(id) {
      if (id === SLIM_D3_GEO) return "export { geoGraticule, geoPath } from 'd3-geo'\n"
      return null
    },
  }
}
