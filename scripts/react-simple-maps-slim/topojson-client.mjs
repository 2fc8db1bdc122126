// topojson-client as react-simple-maps gets it in the app's build (scripts/vite-plugin-map-geo.ts).
// Its Geographies turn a TopoJSON file into features; the app never draws with Geographies (its
// shapes come as SVG paths), but the component stays in the bundle, and topojson-client with it.
function refuse() {
  throw new Error('react-simple-maps reads no TopoJSON here: the map draws projected SVG paths')
}

export { refuse as feature, refuse as mesh }
