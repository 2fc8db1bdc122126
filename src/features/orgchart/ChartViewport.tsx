import { useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { useElementSize } from '../../components/use-element-size'
import type { Detail } from './card-size'
import { EMPTY_SCENE } from './chart-scene'
import { regionToDraw, type DrawnRegion } from './chart-window'
import {
  boxesOfScenes,
  chooseView,
  detailAt,
  keptBox,
  MAX_SCALE,
  MIN_SCALE,
  type ChartScenes,
} from './view-choice'
import { centredTransform, constrainChart, extentOf, keepInView, revealShift } from './viewport-geometry'
import { CLICK_PX, useChartZoom, type WindowState } from './use-chart-zoom'
import { ViewTransform } from './view-transform'
import { ZoomButtons } from './ZoomButtons'
import './chart-viewport.css'

/**
 * A window on the chart, filling the room it is given. d3-zoom computes the transform (drag and
 * one finger pan, Ctrl/⌘ + wheel and pinches zoom at the pointer, the buttons about the centre)
 * and React renders it. d3-zoom loads at the first input (use-chart-zoom.ts): the opening view is
 * the chart's own geometry, and a zoom button pressed before the chunk came acts once it has.
 * Two levels of detail: below DETAIL_SCALE the names alone, above it the full cards, each with its
 * own layout; when a zoom crosses it, the card under the pointer stays
 * put. It opens at a readable scale on the chart's top, or on the cards to `keep`; "Fit to view"
 * shows it whole. The cards to `keep` (the selected unit) are panned into view whenever they or their
 * place change, and a keyboard-focused card is panned in. The page itself never scrolls for it.
 */
export function ChartViewport({
  scenes,
  keep,
  onResize,
  tools,
  panel,
  footer,
  empty,
  children,
}: {
  scenes: ChartScenes
  /** the cards to keep in view (the selected unit, or the units linked to a selection) */
  keep: readonly string[]
  /** the window's size, for the parent to arrange the drawing to its shape */
  onResize: (size: { width: number; height: number }) => void
  /** the toolbar's own controls, before the zoom buttons */
  tools?: ReactNode
  /** what opens below the toolbar (the filters) */
  panel?: ReactNode
  /** below the window (the key) */
  footer?: ReactNode
  /** said in the window when there is nothing to draw */
  empty?: string | null
  /** the drawing at a level of detail, and the part of it to render (null: all) */
  children: (detail: Detail, region: DrawnRegion | null) => ReactNode
}) {
  // The room inside the window's border, as the ResizeObserver last reported it.
  const [viewportRef, view] = useElementSize<HTMLDivElement>({ inner: true })
  useLayoutEffect(() => onResize(view), [view, onResize])
  const [detail, setDetail] = useState<Detail>('names')
  const boxes = useMemo(() => boxesOfScenes(scenes), [scenes])
  // What d3's callbacks read: the drawing on screen and where the pointer last was.
  const live = useRef<WindowState>({ detail, scenes, boxes, view, mode: 'opening', pointer: null })
  useLayoutEffect(() => {
    Object.assign(live.current, { scenes, boxes, view })
  })
  /** A mouse button or finger is down in the window: the focus it gives a card pans nothing. */
  const pressing = useRef(false)
  /** Where the last press in the window began (client px). */
  const pressedAt = useRef<[number, number] | null>(null)
  /** The page's scroll as of the last frame: a focus scrolls the page before focus events fire. */
  const pageScroll = useRef<[number, number]>([0, 0])

  const note = (change: Partial<WindowState>) => {
    Object.assign(live.current, change)
    if (change.detail) setDetail(change.detail)
  }
  const { kit, behaviour, transform, shown, showAhead, panning, apply, withBehaviour } = useChartZoom(
    viewportRef,
    live,
    note,
  )
  const chosenView = (fit: boolean) => chooseView(scenes, boxes, keep, view, fit)

  useLayoutEffect(() => {
    const el = viewportRef.current!
    // At the zoom limits d3 lets a Ctrl/⌘ + wheel through, and the browser would zoom the page.
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey) event.preventDefault()
      const r = el.getBoundingClientRect()
      live.current.pointer = [event.clientX - r.left - el.clientLeft, event.clientY - r.top - el.clientTop]
    }
    const release = () => {
      pressing.current = false
    }
    const notePageScroll = () => {
      pageScroll.current = [window.scrollX, window.scrollY]
    }
    notePageScroll()
    el.addEventListener('wheel', onWheel, { passive: false, capture: true })
    window.addEventListener('pointerup', release, true)
    window.addEventListener('pointercancel', release, true)
    window.addEventListener('scroll', notePageScroll, { passive: true })
    return () => {
      el.removeEventListener('wheel', onWheel, { capture: true })
      window.removeEventListener('pointerup', release, true)
      window.removeEventListener('pointercancel', release, true)
      window.removeEventListener('scroll', notePageScroll)
    }
    // The element and its ref live as long as the component.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // The drawing, the window or the kept card changed: choose the view again, or keep the user's
  // inside the drawing with the kept card in sight (panning only, unless it cannot fit).
  const keepKey = keep.join(' ')
  const applied = useRef<{ keep: string; opened: boolean }>({ keep: keepKey, opened: false })
  useLayoutEffect(() => {
    const el = viewportRef.current
    if (!el || !view.width || !view.height) return
    // Nothing drawn yet (the chart is laid out once this window's shape is known): nothing to choose.
    if (scenes.names === EMPTY_SCENE) return
    const last = applied.current
    if (live.current.mode === 'opening' && last.opened && keepKey !== last.keep) live.current.mode = 'free'
    applied.current = { keep: keepKey, opened: true }
    const { mode } = live.current
    if (mode !== 'free') {
      const [next, t] = chosenView(mode === 'fit')
      apply(next, t)
      return
    }
    const detailShown = live.current.detail
    const s = view
    let t = constrainChart(shown.current, extentOf(s), extentOf(scenes[detailShown]))
    const box = keptBox(boxes[detailShown], keep, s, t.k)
    if (box) t = keepInView(t, box, s)
    if (detailAt(t.k) !== detailShown) {
      // Zoomed out to fit the card: the other drawing, on the same card.
      const next = detailAt(t.k)
      const other = keptBox(boxes[next], keep, s, t.k)
      if (other)
        t = keepInView(centredTransform(t.k, scenes[next], s, [other.x, other.y], 'centre'), other, s)
      apply(next, t)
      return
    }
    const now = shown.current
    if (t.k !== now.k || t.x !== now.x || t.y !== now.y) apply(detailShown, t)
    // chosenView and apply read the props of this render; the effect runs when those change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenes, boxes, keepKey, view.width, view.height])

  /** A zoom button: about the window's centre, from the scale shown when d3-zoom acts. */
  const zoomBy = (factor: number) => {
    live.current.mode = 'free'
    live.current.pointer = null
    withBehaviour((b, zoomKit) => b.scaleTo(zoomKit.select(viewportRef.current!), shown.current.k * factor))
  }

  const fitToView = () => {
    live.current.mode = 'fit'
    const [next, t] = chosenView(true)
    apply(next, t)
  }

  // A card focused from the keyboard (arrows, type-ahead, Tab) is panned into the window. Where the
  // browser has scrolled the page to the card, hidden outside the window, that scroll is undone.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const el = event.currentTarget
    const target = event.target
    if (pressing.current || target === el) return
    const [sx, sy] = pageScroll.current
    if (window.scrollX !== sx || window.scrollY !== sy)
      window.scrollTo({ left: sx, top: sy, behavior: 'instant' })
    const r = el.getBoundingClientRect()
    const inner = {
      left: r.left + el.clientLeft,
      top: r.top + el.clientTop,
      right: r.left + el.clientLeft + el.clientWidth,
      bottom: r.top + el.clientTop + el.clientHeight,
    }
    const [dx, dy] = revealShift(target.getBoundingClientRect(), inner)
    if (dx || dy) {
      const t = shown.current
      live.current.mode = 'free'
      const z = behaviour.current
      if (z && kit) flushSync(() => z.translateBy(kit.select(el), dx / t.k, dy / t.k))
      else {
        // d3-zoom not here yet: the same pan, kept inside the window as d3-zoom would.
        const moved = new ViewTransform(t.k, t.x + dx, t.y + dy)
        flushSync(() => showAhead(constrainChart(moved, extentOf(view), extentOf(scenes[detail]))))
      }
    }
  }

  // The part of the drawing rendered: kept while the window moves inside it (chart-window.ts).
  const [region, setRegion] = useState<DrawnRegion | null>(null)
  const drawn = regionToDraw(region, detail, transform, view)
  if (drawn !== region) setRegion(drawn)
  const scene = scenes[detail]
  return (
    <div className="org-chart">
      <div className="org-chart__tools">
        {tools}
        <ZoomButtons scale={transform.k} limits={[MIN_SCALE, MAX_SCALE]} onZoom={zoomBy} onFit={fitToView} />
      </div>
      {panel}
      <div
        ref={viewportRef}
        className={panning ? 'org-viewport is-panning' : 'org-viewport'}
        data-detail={detail}
        onPointerDown={(event) => {
          pressing.current = true
          pressedAt.current = [event.clientX, event.clientY]
          const r = event.currentTarget.getBoundingClientRect()
          live.current.pointer = [event.clientX - r.left, event.clientY - r.top]
        }}
        onFocus={onFocus}
        onClickCapture={(event) => {
          // A drag begun before d3-zoom came pans nothing, and is not a click on a card either.
          // (A key's click, detail 0, is no drag.)
          const [x, y] = pressedAt.current ?? [event.clientX, event.clientY]
          pressedAt.current = null
          const dragged = event.detail > 0 && Math.hypot(event.clientX - x, event.clientY - y) > CLICK_PX
          if (!behaviour.current && dragged) {
            event.stopPropagation()
            event.preventDefault()
          }
        }}
      >
        <div
          className="org-viewport__content"
          style={{
            transform: `translate(${transform.x}px, ${transform.y}px) scale(${transform.k})`,
            width: scene.width,
            height: scene.height,
          }}
        >
          {children(detail, drawn)}
        </div>
        {empty && <p className="empty org-viewport__empty">{empty}</p>}
      </div>
      {footer}
    </div>
  )
}
