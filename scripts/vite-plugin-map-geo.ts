/**
 * react-simple-maps imports d3-geo as a namespace, so that a projection can be named by a string
 * ("geoEqualEarth"), and a namespace keeps every one of d3-geo's functions in the bundle. The app
 * passes its own projection (the shapes come projected at build time), so this plugin gives
 * react-simple-maps a d3-geo with only the two functions it calls by name: 12 KB gzip less on
 * first load. Naming a projection by a string would then fail at once, not silently.
 *
 * Its Geographies turn a TopoJSON file into features with topojson-client. The app never draws
 * with Geographies (its shapes come as SVG paths), but the component stays in the bundle (its
 * displayName is set at load), and topojson-client with it: 1.7 KB gzip on first load. This
 * plugin gives react-simple-maps a topojson-client whose functions throw, saying why.
 */
import type { Plugin } from 'vite'

const SLIM_D3_GEO = '\0legion-atlas:d3-geo-for-react-simple-maps'
const NO_TOPOJSON = '\0legion-atlas:topojson-client-for-react-simple-maps'
const NO_TOPOJSON_MODULE = `const unused = () => {
  throw new Error('react-simple-maps reads no TopoJSON here: the map draws projected SVG paths')
}
export { unused as feature, unused as mesh }
`

export function slimD3GeoForMaps(): Plugin {
  return {
    name: 'legion-atlas:slim-d3-geo-for-react-simple-maps',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.includes('/node_modules/react-simple-maps/')) return null
      if (source === 'd3-geo') return SLIM_D3_GEO
      if (source === 'topojson-client') return NO_TOPOJSON
      return null
    },
    load(id) {
      if (id === SLIM_D3_GEO) return "export { geoGraticule, geoPath } from 'd3-geo'\n"
      if (id === NO_TOPOJSON) return NO_TOPOJSON_MODULE
      return null
    },
  }
}
