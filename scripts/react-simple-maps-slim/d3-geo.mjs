// d3-geo as react-simple-maps gets it in the app's build (scripts/vite-plugin-map-geo.ts).
// react-simple-maps imports d3-geo as a namespace, to name a projection by a string, and that keeps
// all of d3-geo in the bundle. The app hands ComposableMap its own point projection (the shapes are
// projected at build time), so nothing here projects. ComposableMap still makes a path generator
// for its context when it renders, which only Geography, Graticule, Sphere and Line draw with, and
// the app draws none of them: the generator is made, and throws, saying why, if asked to draw.
function refuse() {
  throw new Error(
    "This build's react-simple-maps draws no GeoJSON (scripts/vite-plugin-map-geo.ts): " +
      'the map draws the SVG paths projected at build time',
  )
}

export function geoPath() {
  const path = () => refuse()
  path.projection = () => path
  path.context = () => path
  return path
}

export { refuse as geoGraticule }
