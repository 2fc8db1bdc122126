import { useEffect, useRef, useState, type PointerEvent } from 'react'
import { useAppStore } from '../../store/app-store'
import type { DateWindow } from '../../store/timeline-window-slice'
import { dateAtX, type TimeScale } from './timeline-scale'
import { clampWindow, zoomWindow } from './timeline-window'

/** Pointer travel (px) after which a press on the lanes draws the brush, and releases it as a zoom. */
const BRUSH_SHOW_PX = 4
const BRUSH_ZOOM_PX = 8

export interface Brush {
  from: number
  to: number
}

const localX = (event: PointerEvent) => event.clientX - event.currentTarget.getBoundingClientRect().left

/**
 * The pointer on the lanes' background: a click moves the as-of date; a drag across the lanes
 * draws a brush that zooms into its range; Ctrl/⌘ + wheel zooms around the pointer. The brush is
 * a few lines of pointer handling, not d3-brush: it lives only during the drag (no handles, no kept
 * selection) and is drawn by React like the rest of the chart.
 */
export function useLaneGestures({
  scale,
  full,
  setWindow,
}: {
  scale: TimeScale
  full: DateWindow
  setWindow: (update: (window: DateWindow) => DateWindow) => void
}) {
  const setAsOf = useAppStore((s) => s.setAsOf)
  const [brush, setBrush] = useState<Brush | null>(null)
  const drag = useRef<{ x: number } | null>(null)
  const svgRef = useRef<SVGSVGElement>(null)

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    drag.current = { x: localX(event) }
    event.currentTarget.setPointerCapture?.(event.pointerId)
  }
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current
    if (!start) return
    const x = localX(event)
    if (Math.abs(x - start.x) > BRUSH_SHOW_PX) setBrush({ from: start.x, to: x })
  }
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current
    drag.current = null
    if (!start) return
    const x = localX(event)
    setBrush(null)
    if (Math.abs(x - start.x) > BRUSH_ZOOM_PX) {
      const a = Date.parse(dateAtX(scale, Math.min(x, start.x)))
      const b = Date.parse(dateAtX(scale, Math.max(x, start.x)))
      setWindow(() => clampWindow(full, [a, b]))
    } else {
      setAsOf(dateAtX(scale, x))
    }
  }
  const onPointerCancel = () => {
    drag.current = null
    setBrush(null)
  }

  // A native listener: React's wheel listeners are passive, so preventDefault in onWheel is
  // ignored and the browser zooms the page as well.
  useEffect(() => {
    const svg = svgRef.current
    if (!svg) return
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return
      event.preventDefault()
      const around = dateAtX(scale, event.clientX - svg.getBoundingClientRect().left)
      setWindow((w) => zoomWindow(full, w, event.deltaY > 0 ? 1.25 : 0.8, around))
    }
    svg.addEventListener('wheel', onWheel, { passive: false })
    return () => svg.removeEventListener('wheel', onWheel)
  }, [scale, full, setWindow])

  return { svgRef, brush, onPointerDown, onPointerMove, onPointerUp, onPointerCancel }
}

/** A press or a drag on the axis moves the as-of date to the date under the pointer. */
export function useAxisScrub(scale: TimeScale) {
  const setAsOf = useAppStore((s) => s.setAsOf)
  const dragging = useRef(false)
  return {
    onPointerDown: (event: PointerEvent<SVGSVGElement>) => {
      dragging.current = true
      event.currentTarget.setPointerCapture?.(event.pointerId)
      setAsOf(dateAtX(scale, localX(event)))
    },
    onPointerMove: (event: PointerEvent<SVGSVGElement>) => {
      if (dragging.current) setAsOf(dateAtX(scale, localX(event)))
    },
    onPointerUp: () => {
      dragging.current = false
    },
  }
}
