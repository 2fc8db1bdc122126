import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react'
import { useAppStore } from '../../store/app-store'
import type { WorldGeometry } from './geo'
import type { MapViewport } from './map-figure'
import { mapBox, regionViewport, zoomedAbout, zoomedBy } from './map-regions'

/** The zoom step of the + and − buttons. */
const ZOOM_STEP = 1.6

/** How much a wheel's step zooms with Ctrl or ⌘: a mouse notch (100 px) about 1.3×. */
function wheelFactor(event: WheelEvent): number {
  const perPixel = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002
  return 2 ** (-event.deltaY * perPixel * 2)
}

const sameView = (a: MapViewport, b: MapViewport) =>
  Math.abs(a.zoom - b.zoom) < 1e-6 &&
  Math.abs(a.center[0] - b.center[0]) < 1e-4 &&
  Math.abs(a.center[1] - b.center[1]) < 1e-4

/**
 * The part of the map shown in a frame of this size: the user's panned view if any, else the
 * region preset's own. The drawing's box has the frame's shape. A plain wheel is left to the
 * page; Ctrl or ⌘ and the wheel (a trackpad's pinch) zooms about the pointer.
 */
export function useMapViewport(
  geometry: WorldGeometry,
  frameRef: RefObject<HTMLDivElement | null>,
  frame: { width: number; height: number },
) {
  const region = useAppStore((s) => s.mapRegion)
  const chosen = useAppStore((s) => s.mapView)
  const setMapView = useAppStore((s) => s.setMapView)
  const box = useMemo(
    () => mapBox(Math.round(frame.width), Math.round(frame.height)),
    [frame.width, frame.height],
  )
  const regionView = useMemo(() => regionViewport(geometry, region, box), [geometry, region, box])
  const view = chosen ?? regionView
  // Map units per CSS pixel, so markers and labels keep their size on screen at any frame and zoom.
  const unitsPerPx = frame.width ? box.width / frame.width : 1

  const latest = useRef({ view, box })
  useEffect(() => {
    latest.current = { view, box }
  })

  useEffect(() => {
    const element = frameRef.current
    if (!element) return
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return
      event.preventDefault()
      const rect = element.getBoundingClientRect()
      const { view, box } = latest.current
      const at: [number, number] = [
        ((event.clientX - rect.left) / rect.width) * box.width,
        ((event.clientY - rect.top) / rect.height) * box.height,
      ]
      setMapView(zoomedAbout(geometry, view, box, at, wheelFactor(event)))
    }
    element.addEventListener('wheel', onWheel, { passive: false })
    return () => element.removeEventListener('wheel', onWheel)
  }, [frameRef, geometry, setMapView])

  /** A pan or a pinch ended: the view it left is the user's (a click that moved nothing is not). */
  const onMoveEnd = useCallback(
    (next: MapViewport) => {
      if (!sameView(next, latest.current.view)) setMapView(next)
    },
    [setMapView],
  )

  return {
    box,
    view,
    unitsPerPx,
    onMoveEnd,
    zoomIn: () => setMapView(zoomedBy(view, ZOOM_STEP)),
    zoomOut: () => setMapView(zoomedBy(view, 1 / ZOOM_STEP)),
    reset: () => setMapView(null),
  }
}
