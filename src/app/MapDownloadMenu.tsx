import { lazy, Suspense, useState } from 'react'
import type { MapExportSource } from '../features/map/MapView'

// The export code (the map's static form, react-dom/server, PNG drawing) loads only when someone
// asks to download. The app joins the two features: the export buttons draw the map's StaticMap.
const MapExportButtons = lazy(async () => {
  const [{ MapExportButtons: Buttons }, { StaticMap }] = await Promise.all([
    import('../features/export/MapExportButtons'),
    import('../features/map/StaticMap'),
  ])
  return {
    default: function MapExportButtonsForMap({ source }: { source: MapExportSource }) {
      return <Buttons draw={(text, scale) => <StaticMap {...source} text={text} scale={scale} />} />
    },
  }
})

/** A "Download map" disclosure in the map's toolbar: SVG or PNG, with date, filters and citation. */
export function MapDownloadMenu({ source }: { source: MapExportSource }) {
  const [open, setOpen] = useState(false)
  return (
    <div className="map-download">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Download map
      </button>
      {open && (
        <Suspense fallback={<span role="status">Loading…</span>}>
          <MapExportButtons source={source} />
        </Suspense>
      )}
    </div>
  )
}
