import { useLayoutEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { select } from 'd3-selection'
import { zoom, zoomTransform, ZoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom'
import { fitScale } from './org-layout'
import { constrainChart, revealShift, wheelZoomDelta, type Extent } from './viewport-geometry'
import './chart-viewport.css'

const MIN_SCALE = 0.25
const MAX_SCALE = 2
const STEP = 1.25
/** Below this the chart starts scaled down to fit the width; "Fit" may go lower. */
const MIN_INITIAL_SCALE = 0.6
/** Pointer travel (px) after which a press is a pan, not a click. */
const CLICK_PX = 5
/** Keep in step with .org-viewport's max-height in chart-viewport.css. */
const viewHeight = () => Math.min(window.innerHeight * 0.75, 820)

type Zoom = ZoomBehavior<HTMLDivElement, unknown>

const viewExtent = (el: HTMLElement): Extent => [
  [0, 0],
  [el.clientWidth, el.clientHeight],
]

/**
 * Which input d3-zoom acts on. Ctrl/⌘ + wheel (and a trackpad pinch, which the browser reports
 * so) zooms; a plain wheel is left to the page, which scrolls past the chart as past anything
 * else. A left-button drag pans (not Ctrl + click, the context menu on a Mac); one finger pans and
 * two pinch. A drag needs the event's window, which a synthetic mousedown (a script's, a test's) may
 * not have.
 */
function acceptInput(event: MouseEvent | TouchEvent): boolean {
  if (event.type === 'wheel') return event.ctrlKey || event.metaKey
  if (event.type === 'touchstart') return true
  return (event as MouseEvent).button === 0 && !event.ctrlKey && event.view !== null
}

/**
 * A window on a chart wider or taller than the region. d3-zoom computes the transform (drag and
 * one finger pan, Ctrl/⌘ + wheel and pinches zoom at the pointer, the buttons about the centre)
 * and React renders it. A keyboard-focused card is panned into view. Starts fitted to the width,
 * and follows the width until the user zooms.
 */
export function ChartViewport({
  contentWidth,
  contentHeight,
  viewWidth,
  tools,
  children,
}: {
  contentWidth: number
  contentHeight: number
  viewWidth: number
  tools?: ReactNode
  children: ReactNode
}) {
  const viewportRef = useRef<HTMLDivElement>(null)
  const behaviour = useRef<Zoom | null>(null)
  const fitWidth = Math.max(MIN_INITIAL_SCALE, Math.min(1, (viewWidth - 2) / contentWidth))
  // The same transform the first layout effect asks d3 for, so the first paint is already right.
  const [transform, setTransform] = useState(
    () => new ZoomTransform(fitWidth, Math.max(0, (viewWidth - 2 - contentWidth * fitWidth) / 2), 0),
  )
  const [panning, setPanning] = useState(false)
  /** True until the user zooms: then the chart is fitted to the width again when it changes. */
  const fitted = useRef(true)
  /** A mouse button or finger is down in the window: the focus it gives a card pans nothing. */
  const pressing = useRef(false)
  /** The page's scroll as of the last frame: a focus scrolls the page before focus events fire. */
  const pageScroll = useRef<[number, number]>([0, 0])

  useLayoutEffect(() => {
    const el = viewportRef.current!
    let scale: number | null = null
    const behaviourNow: Zoom = zoom<HTMLDivElement, unknown>()
      .scaleExtent([MIN_SCALE, MAX_SCALE])
      .constrain(constrainChart)
      .clickDistance(CLICK_PX)
      .wheelDelta(wheelZoomDelta)
      .filter(acceptInput)
      .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        const source = event.sourceEvent as Event | null
        if (source && scale !== null && event.transform.k !== scale) fitted.current = false
        if (source?.type === 'mousemove') setPanning(true)
        scale = event.transform.k
        setTransform(event.transform)
      })
      .on('end', () => setPanning(false))
    // At the zoom limits d3 lets a Ctrl/⌘ + wheel through, and the browser would zoom the page.
    const keepPageScale = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey) event.preventDefault()
    }
    const release = () => {
      pressing.current = false
    }
    const notePageScroll = () => {
      pageScroll.current = [window.scrollX, window.scrollY]
    }
    notePageScroll()
    el.addEventListener('wheel', keepPageScale, { passive: false })
    window.addEventListener('pointerup', release, true)
    window.addEventListener('pointercancel', release, true)
    window.addEventListener('scroll', notePageScroll, { passive: true })
    const selection = select(el).call(behaviourNow).on('dblclick.zoom', null)
    behaviour.current = behaviourNow
    return () => {
      selection.on('.zoom', null)
      el.removeEventListener('wheel', keepPageScale)
      window.removeEventListener('pointerup', release, true)
      window.removeEventListener('pointercancel', release, true)
      window.removeEventListener('scroll', notePageScroll)
      behaviour.current = null
    }
  }, [])

  // The chart or the width changed: fitted again to the width, or else kept inside the window.
  useLayoutEffect(() => {
    const z = behaviour.current!
    const selection = select(viewportRef.current!)
    z.translateExtent([
      [0, 0],
      [contentWidth, contentHeight],
    ])
    if (fitted.current) z.scaleTo(selection, fitWidth, [0, 0])
    else z.translateBy(selection, 0, 0)
  }, [contentWidth, contentHeight, viewWidth, fitWidth])

  const zoomTo = (k: number) => {
    fitted.current = false
    behaviour.current?.scaleTo(select(viewportRef.current!), k)
  }

  const fitToView = () => {
    const el = viewportRef.current!
    const k = fitScale(
      { width: contentWidth, height: contentHeight },
      { width: el.clientWidth || viewWidth - 2, height: el.clientHeight || viewHeight() },
      MIN_SCALE,
    )
    const content: Extent = [
      [0, 0],
      [contentWidth, contentHeight],
    ]
    fitted.current = false
    behaviour.current?.transform(
      select(el),
      constrainChart(new ZoomTransform(k, 0, 0), viewExtent(el), content),
    )
  }

  // A card focused from the keyboard (arrows, type-ahead, Tab) is panned into the window. The
  // browser has already scrolled the page to where the card was, hidden outside the window: that
  // scroll is undone, the card panned in, and the page scrolled only as far as the card needs.
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const el = event.currentTarget
    const target = event.target
    if (pressing.current || target === el || !behaviour.current) return
    const [sx, sy] = pageScroll.current
    if (window.scrollX !== sx || window.scrollY !== sy)
      window.scrollTo({ left: sx, top: sy, behavior: 'instant' })
    const view = el.getBoundingClientRect()
    const inner = {
      left: view.left + el.clientLeft,
      top: view.top + el.clientTop,
      right: view.left + el.clientLeft + el.clientWidth,
      bottom: view.top + el.clientTop + el.clientHeight,
    }
    const [dx, dy] = revealShift(target.getBoundingClientRect(), inner)
    if (dx || dy) {
      const z = behaviour.current
      const { k } = zoomTransform(el)
      flushSync(() => z.translateBy(select(el), dx / k, dy / k))
    }
    target.scrollIntoView?.({ block: 'nearest', inline: 'nearest' })
  }

  return (
    <div className="org-chart">
      <div className="org-chart__tools">
        {tools}
        <div className="zoom-buttons" role="group" aria-label="Zoom the org chart">
          <button
            type="button"
            aria-label="Zoom out"
            onClick={() => zoomTo(transform.k / STEP)}
            disabled={transform.k <= MIN_SCALE}
          >
            −
          </button>
          <output className="org-chart__scale" aria-label="Zoom level">
            {Math.round(transform.k * 100)}%
          </output>
          <button
            type="button"
            aria-label="Zoom in"
            onClick={() => zoomTo(transform.k * STEP)}
            disabled={transform.k >= MAX_SCALE}
          >
            +
          </button>
          <button type="button" onClick={fitToView}>
            Fit to view
          </button>
          <button type="button" onClick={() => zoomTo(1)}>
            Actual size
          </button>
        </div>
      </div>
      <div
        ref={viewportRef}
        className={panning ? 'org-viewport is-panning' : 'org-viewport'}
        style={{ height: Math.ceil(contentHeight * fitWidth) + 2 }}
        onPointerDown={() => {
          pressing.current = true
        }}
        onFocus={onFocus}
      >
        <div
          className="org-viewport__content"
          style={{
            transform: `translate(${transform.x}px, ${transform.y}px) scale(${transform.k})`,
            width: contentWidth,
            height: contentHeight,
          }}
        >
          {children}
        </div>
      </div>
    </div>
  )
}
