import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useMemo, useState } from 'react'
import { mapDetailedShapesQuery } from '../data/queries'
import { worldGeometryOf } from '../features/map/geo'
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
      // A file is drawn from the detailed shapes whatever the screen shows (the whole world draws
      // simplified ones): a print or a zoomed SVG is read closer than the screen, and the same
      // view makes the same file. If they cannot load, the file has the shapes on screen.
      const detailed = useQuery(mapDetailedShapesQuery)
      const geometry = useMemo(() => detailed.data && worldGeometryOf(detailed.data), [detailed.data])
      if (!geometry && !detailed.isError) return <span role="status">Loading…</span>
      const full = geometry ? { ...source, figure: { ...source.figure, geometry } } : source
      return <Buttons draw={(text, scale) => <StaticMap {...full} text={text} scale={scale} />} />
    },
  }
})

const NO_LINKED: readonly string[] = []

/**
 * The exported map draws the region or zoom the user sees; the selection's outlines are the user's
 * working marks, so they are drawn only when asked for.
 */
export function exportedMap(source: MapExportSource, outlines: boolean): MapExportSource {
  return outlines ? source : { ...source, selected: null, linked: NO_LINKED }
}

/** A "Download map" disclosure in the map's toolbar: SVG or PNG, with date, filters and citation. */
export function MapDownloadMenu({ source }: { source: MapExportSource }) {
  const [open, setOpen] = useState(false)
  const [outlines, setOutlines] = useState(false)
  const hasOutlines = source.selected !== null || source.linked.length > 0
  return (
    <div className="map-download">
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Download map
      </button>
      {open && (
        <>
          {hasOutlines && (
            <label className="map-download__outlines">
              <input type="checkbox" checked={outlines} onChange={(e) => setOutlines(e.target.checked)} />{' '}
              Draw the selection’s outlines
            </label>
          )}
          <Suspense fallback={<span role="status">Loading…</span>}>
            <MapExportButtons source={exportedMap(source, outlines)} />
          </Suspense>
        </>
      )}
    </div>
  )
}
