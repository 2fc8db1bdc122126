import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import { useZoomKit, type ZoomKit } from '../../components/use-zoom-kit'
import type { ZoomBehavior } from '../../components/zoom-kit'
import type { WorldGeometry } from './geo'
import { transformOf, viewAt, viewPosition, type MapViewport, type ViewPosition } from './map-figure'

type Zoom = ZoomBehavior<SVGGElement, unknown>

/**
 * The live map's pan and zoom, in the box the drawing fills. React renders the view the store
 * holds; d3-zoom (loaded at the first input: components/use-zoom-kit.ts) computes a drag's or a
 * pinch's transform, which shows while the gesture lasts and becomes the user's view when it
 * ends. Until d3-zoom is here the map shows its view and takes no gesture: nothing has moved yet.
 * The same markup as react-simple-maps' ZoomableGroup: a transparent rect to catch the gestures
 * over the sea, and the drawing in a group with the transform.
 */
export function MapZoomLayer({
  geometry,
  box,
  view,
  maxZoom,
  filter,
  onMoveEnd,
  children,
}: {
  geometry: WorldGeometry
  box: { width: number; height: number }
  view: MapViewport
  maxZoom: number
  /** which events start a gesture (d3-zoom's filter) */
  filter: (event: Event) => boolean
  /** a gesture ended on this view (a click that moved nothing ends one too) */
  onMoveEnd: (view: MapViewport) => void
  children: ReactNode
}) {
  const kit = useZoomKit()
  const catcher = useRef<SVGGElement>(null)
  const behaviour = useRef<Zoom | null>(null)
  const [gesture, setGesture] = useState<ViewPosition | null>(null)
  const position = gesture ?? viewPosition(geometry, view, box)
  const latest = useRef({ onMoveEnd, filter, position, geometry, box })
  useLayoutEffect(() => {
    latest.current = { onMoveEnd, filter, position, geometry, box }
  })
  /** True while the view is handed to d3-zoom: the events that echo it are not gestures. */
  const syncing = useRef(false)
  /** Gives d3-zoom the position shown, so that its next gesture starts there. */
  const handOver = (zoomKit: ZoomKit, zoom: Zoom, { x, y, k }: ViewPosition) => {
    syncing.current = true
    zoom.transform(zoomKit.select(catcher.current!), zoomKit.zoomIdentity.translate(x, y).scale(k))
    syncing.current = false
  }

  useLayoutEffect(() => {
    if (!kit) return
    const behaviourNow: Zoom = kit
      .zoom<SVGGElement, unknown>()
      .extent([
        [0, 0],
        [box.width, box.height],
      ])
      .filter((event: Event) => latest.current.filter(event))
      .scaleExtent([1, maxZoom])
      .on('zoom', ({ transform: { x, y, k } }: { transform: ViewPosition }) => {
        if (!syncing.current) setGesture({ x, y, k })
      })
      .on('end', ({ transform: { x, y, k } }: { transform: ViewPosition }) => {
        if (syncing.current) return
        // The box as it is now: a gesture begun before a resize ends in the new one.
        const now = latest.current
        now.onMoveEnd(viewAt(now.geometry, { x, y, k }, now.box))
        setGesture(null)
      })
    const element = catcher.current!
    // d3-zoom's gestures start from the view shown, whatever the element last kept.
    const selection = kit.select(element).call(behaviourNow)
    handOver(kit, behaviourNow, latest.current.position)
    behaviour.current = behaviourNow
    element.dataset.zoomReady = ''
    return () => {
      selection.on('.zoom', null)
      behaviour.current = null
      delete element.dataset.zoomReady
    }
  }, [kit, geometry, box, maxZoom])

  // The view changed by other means (the buttons, a region, Ctrl + wheel, the URL): d3-zoom's next
  // gesture starts from it.
  const { x, y, k } = position
  useLayoutEffect(() => {
    const zoom = behaviour.current
    if (!kit || !zoom || gesture) return
    handOver(kit, zoom, { x, y, k })
  }, [kit, x, y, k, gesture])

  return (
    <g ref={catcher} className="map-zoom-catcher">
      <rect width={box.width} height={box.height} fill="transparent" />
      <g className="map-zoom-layer" transform={transformOf(position)}>
        {children}
      </g>
    </g>
  )
}
