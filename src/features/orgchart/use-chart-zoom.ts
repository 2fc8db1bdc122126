import { useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { requestZoomKit, useZoomKit, type ZoomKit } from '../../components/use-zoom-kit'
import type { D3ZoomEvent, ZoomBehavior } from '../../components/zoom-kit'
import type { Detail } from './card-size'
import {
  boxesOfScenes,
  detailAt,
  MAX_SCALE,
  MIN_SCALE,
  READABLE_SCALE,
  type ChartScenes,
} from './view-choice'
import { acceptInput, constrainChart, extentOf, matchPoint, wheelZoomDelta } from './viewport-geometry'
import { ViewTransform } from './view-transform'

/** Pointer travel (px) after which a press is a pan, not a click. */
export const CLICK_PX = 5

export type Zoom = ZoomBehavior<HTMLDivElement, unknown>
/** What waits for d3-zoom: a zoom button pressed before its chunk came. */
type ZoomAct = (behaviour: Zoom, kit: ZoomKit) => void
/** How the view is chosen: as it opens, fitted to the whole chart, or where the user put it. */
export type Mode = 'opening' | 'fit' | 'free'

/** What d3's callbacks and the window's handlers read: the drawing on screen and the pointer. */
export interface WindowState {
  detail: Detail
  scenes: ChartScenes
  boxes: ReturnType<typeof boxesOfScenes>
  view: { width: number; height: number }
  mode: Mode
  pointer: [number, number] | null
}

/** The transform as d3-zoom keeps it (its own class, with the methods its gestures call). */
const d3Transform = (kit: ZoomKit, t: ViewTransform) => kit.zoomIdentity.translate(t.x, t.y).scale(t.k)

/**
 * The window's transform, and d3-zoom driving it once its chunk is here (it loads at the first
 * input: use-zoom-kit.ts). Until then `apply` shows a transform itself, and what needs d3-zoom
 * (`withBehaviour`: a zoom button) waits for it. A zoom across DETAIL_SCALE changes the drawing,
 * and what was under the pointer stays there.
 */
export function useChartZoom(
  viewportRef: RefObject<HTMLDivElement | null>,
  live: RefObject<WindowState>,
  /** records a change of the window's state (a new detail is shown) */
  note: (change: Partial<WindowState>) => void,
) {
  const kit = useZoomKit()
  const behaviour = useRef<Zoom | null>(null)
  const [transform, setTransform] = useState(() => new ViewTransform(READABLE_SCALE, 0, 0))
  const [panning, setPanning] = useState(false)
  /** The transform shown (d3-zoom's own, once it is attached), for the handlers to read. */
  const shown = useRef(transform)
  const show = (t: ViewTransform) => {
    const was = shown.current
    shown.current = t
    // d3-zoom taking over the transform shown (or a gesture that moved nothing) renders nothing.
    if (t.k !== was.k || t.x !== was.x || t.y !== was.y) setTransform(t)
  }
  const afterAttach = useRef<ZoomAct[]>([])
  const withBehaviour = (act: ZoomAct) => {
    if (behaviour.current && kit) act(behaviour.current, kit)
    else {
      afterAttach.current.push(act)
      requestZoomKit()
    }
  }
  /**
   * Shows t before d3-zoom is here. A view shown since a zoom button was pressed (Fit to view, a
   * kept card, a focused card) is the latest choice: the presses waiting for d3-zoom are dropped.
   */
  const showAhead = (t: ViewTransform) => {
    afterAttach.current.length = 0
    show(t)
  }

  /** Shows `detail` with transform t (already meant for that drawing). */
  const apply = (next: Detail, t: ViewTransform) => {
    const el = viewportRef.current
    if (!el) return
    note({ detail: next })
    if (behaviour.current && kit) behaviour.current.transform(kit.select(el), d3Transform(kit, t))
    else showAhead(t)
  }

  useLayoutEffect(() => {
    if (!kit) return
    const el = viewportRef.current!
    const contentOf = () => live.current.scenes[live.current.detail]
    const behaviourNow: Zoom = kit
      .zoom<HTMLDivElement, unknown>()
      .scaleExtent([MIN_SCALE, MAX_SCALE])
      // The window as last measured: d3's default reads clientWidth, a forced layout on every
      // transform, which after a date step's changes laid out the whole page anew.
      .extent(() => {
        const { width, height } = live.current.view
        return [
          [0, 0],
          [width || el.clientWidth, height || el.clientHeight],
        ]
      })
      .constrain((t, extent) => {
        const kept = constrainChart(t, extent, extentOf(contentOf()))
        return kept === t ? t : d3Transform(kit, kept)
      })
      .clickDistance(CLICK_PX)
      .wheelDelta(wheelZoomDelta)
      .filter(acceptInput)
      .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        const source = event.sourceEvent as Event | null
        if (source) note({ mode: 'free' })
        if (source?.type === 'mousemove') setPanning(true)
        show(event.transform)
      })
      .on('end', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        setPanning(false)
        const { detail: shownDetail, boxes: known, scenes: drawn, pointer } = live.current
        const t = event.transform
        const next = detailAt(t.k)
        if (next === shownDetail) return
        const s = live.current.view
        const anchor: [number, number] = pointer ?? [s.width / 2, s.height / 2]
        const [x, y] = matchPoint(t.invert(anchor), known[shownDetail], known[next])
        const moved = new ViewTransform(t.k, anchor[0] - x * t.k, anchor[1] - y * t.k)
        note({ detail: next })
        const kept = constrainChart(moved, extentOf(s), extentOf(drawn[next]))
        behaviourNow.transform(kit.select(el), d3Transform(kit, kept))
      })
    const selection = kit.select(el).call(behaviourNow).on('dblclick.zoom', null)
    // d3-zoom starts from the transform shown, and a button pressed while it loaded acts now.
    behaviourNow.transform(selection, d3Transform(kit, shown.current))
    behaviour.current = behaviourNow
    for (const act of afterAttach.current.splice(0)) act(behaviourNow, kit)
    el.dataset.zoomReady = ''
    return () => {
      selection.on('.zoom', null)
      behaviour.current = null
      delete el.dataset.zoomReady
    }
    // The element and its ref live as long as the component; the handlers read live and shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kit])

  return { kit, behaviour, transform, shown, showAhead, panning, apply, withBehaviour }
}
