import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
} from 'react'
import { fitScale } from './org-layout'

const MIN_SCALE = 0.25
const MAX_SCALE = 2
const STEP = 1.25
/** Below this the chart starts scaled down to fit the width; "Fit" may go lower. */
const MIN_INITIAL_SCALE = 0.6
/** Pointer travel (px) after which a press is a pan, not a click. */
const DRAG_PX = 5
/** Keep in step with .org-viewport's max-height in orgchart.css. */
const viewHeight = () => Math.min(window.innerHeight * 0.75, 820)

const clamp = (k: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, k))

/**
 * A scrollable window on a chart wider or taller than the region: native scrolling pans with the
 * wheel, scrollbars and touch; a mouse can also drag to pan; the buttons, Ctrl/⌘ + wheel and a
 * trackpad pinch zoom about the view's centre or the pointer. Starts fitted to the width.
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
  const [zoom, setZoom] = useState<number | null>(null)
  const fitWidth = Math.max(MIN_INITIAL_SCALE, Math.min(1, (viewWidth - 2) / contentWidth))
  const scale = zoom ?? fitWidth
  const scaledWidth = contentWidth * scale
  const offsetX = Math.max(0, (viewWidth - 2 - scaledWidth) / 2)

  // The content point to keep under the given viewport point once the new scale is drawn.
  const anchor = useRef<{ cx: number; cy: number; vx: number; vy: number } | null>(null)
  const scaleRef = useRef(scale)
  const offsetRef = useRef(offsetX)

  useLayoutEffect(() => {
    scaleRef.current = scale
    offsetRef.current = offsetX
    const el = viewportRef.current
    const a = anchor.current
    if (!el || !a) return
    anchor.current = null
    el.scrollLeft = a.cx * scale + offsetX - a.vx
    el.scrollTop = a.cy * scale - a.vy
  }, [scale, offsetX])

  const zoomTo = (next: number, at?: { vx: number; vy: number }) => {
    const el = viewportRef.current
    if (el) {
      const vx = at?.vx ?? el.clientWidth / 2
      const vy = at?.vy ?? el.clientHeight / 2
      anchor.current = {
        cx: (el.scrollLeft + vx - offsetRef.current) / scaleRef.current,
        cy: (el.scrollTop + vy) / scaleRef.current,
        vx,
        vy,
      }
    }
    setZoom(clamp(next))
  }

  // Ctrl/⌘ + wheel (and a trackpad pinch, which the browser reports so) zooms at the pointer;
  // a plain wheel scrolls as everywhere else. React's wheel listener is passive, hence this.
  useEffect(() => {
    const el = viewportRef.current
    if (!el) return
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return
      event.preventDefault()
      const rect = el.getBoundingClientRect()
      const k = scaleRef.current
      const vx = event.clientX - rect.left
      const vy = event.clientY - rect.top
      anchor.current = {
        cx: (el.scrollLeft + vx - offsetRef.current) / k,
        cy: (el.scrollTop + vy) / k,
        vx,
        vy,
      }
      setZoom(clamp(k * Math.exp(-event.deltaY * 0.002)))
    }
    el.addEventListener('wheel', onWheel, { passive: false })
    return () => el.removeEventListener('wheel', onWheel)
  }, [])

  const drag = useRef<{ x: number; y: number; left: number; top: number; moved: boolean } | null>(null)
  const [panning, setPanning] = useState(false)
  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (event.pointerType !== 'mouse' || event.button !== 0) return
    const el = event.currentTarget
    drag.current = {
      x: event.clientX,
      y: event.clientY,
      left: el.scrollLeft,
      top: el.scrollTop,
      moved: false,
    }
  }
  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    const d = drag.current
    if (!d) return
    const dx = event.clientX - d.x
    const dy = event.clientY - d.y
    if (!d.moved && Math.hypot(dx, dy) < DRAG_PX) return
    if (!d.moved) {
      d.moved = true
      setPanning(true)
      event.currentTarget.setPointerCapture?.(event.pointerId)
    }
    event.currentTarget.scrollLeft = d.left - dx
    event.currentTarget.scrollTop = d.top - dy
  }
  const endDrag = () => {
    if (drag.current && !drag.current.moved) drag.current = null
    setPanning(false)
  }
  // A pan ends with a click on whatever is under the pointer; it must not select it.
  const onClickCapture = (event: ReactMouseEvent) => {
    if (drag.current?.moved) {
      event.stopPropagation()
      event.preventDefault()
    }
    drag.current = null
  }

  return (
    <div className="org-chart">
      <div className="org-chart__tools">
        {tools}
        <div className="zoom-buttons" role="group" aria-label="Zoom the org chart">
          <button
            type="button"
            aria-label="Zoom out"
            onClick={() => zoomTo(scale / STEP)}
            disabled={scale <= MIN_SCALE}
          >
            −
          </button>
          <output className="org-chart__scale" aria-label="Zoom level">
            {Math.round(scale * 100)}%
          </output>
          <button
            type="button"
            aria-label="Zoom in"
            onClick={() => zoomTo(scale * STEP)}
            disabled={scale >= MAX_SCALE}
          >
            +
          </button>
          <button
            type="button"
            onClick={() => {
              setZoom(
                fitScale(
                  { width: contentWidth, height: contentHeight },
                  { width: viewWidth - 2, height: viewHeight() },
                  MIN_SCALE,
                ),
              )
              viewportRef.current?.scrollTo?.({ left: 0, top: 0 })
            }}
          >
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
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onClickCapture={onClickCapture}
      >
        <div
          className="org-viewport__sizer"
          style={{ width: offsetX * 2 + scaledWidth, height: contentHeight * scale }}
        >
          <div
            className="org-viewport__content"
            style={{
              transform: `translate(${offsetX}px, 0) scale(${scale})`,
              width: contentWidth,
              height: contentHeight,
            }}
          >
            {children}
          </div>
        </div>
      </div>
    </div>
  )
}
