import { lazy, Suspense, useState } from 'react'
import type { LegendEntry } from '../model/map-layer'

// The export code (SVG serialisation, PNG rendering) loads only when someone asks to download.
const MapExportButtons = lazy(() =>
  import('../features/export/ExportMenu').then((m) => ({ default: m.MapExportButtons })),
)

/** A "Download map" disclosure in the map's toolbar: SVG or PNG, with date, filters and citation. */
export function MapDownloadMenu({ legend, layerTitle }: { legend: LegendEntry[]; layerTitle: string }) {
  const [open, setOpen] = useState(false)
  return (
    <div className="map-download">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Download map
      </button>
      {open && (
        <Suspense fallback={<span role="status">Loading…</span>}>
          <MapExportButtons legend={legend} layerTitle={layerTitle} />
        </Suspense>
      )}
    </div>
  )
}
