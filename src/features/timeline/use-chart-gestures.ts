import { useEffect, useRef, useState, type PointerEvent } from 'react'
import { useAppStore } from '../../store/app-store'
import { type IsoDate } from '../../model/types'
import { clampWindow, dateAtX, zoomWindow, type TimeScale } from './timeline-scale'

/** Pointer travel (px) after which a press on the lanes draws the brush, and releases it as a zoom. */
const BRUSH_SHOW_PX = 4
const BRUSH_ZOOM_PX = 8

export interface Brush {
  from: number
  to: number
}

/**
 * The pointer on the chart's background: a click (or a drag on the axis) moves the playhead; a
 * drag across the lanes draws a brush that zooms into its range; Ctrl/⌘ + wheel zooms around the
 * pointer. The brush is a few lines of pointer handling, not d3-brush: it lives only during the
 * drag (no handles, no kept selection), shares the press with the axis and click gestures, and is
 * drawn by React like the rest of the chart.
 */
export function useChartGestures({
  scale,
  domain,
  axisTop,
  setView,
}: {
  scale: TimeScale
  domain: readonly [IsoDate, IsoDate]
  /** y (px from the chart's top) below which a press is on the axis */
  axisTop: number
  setView: (update: (view: [IsoDate, IsoDate]) => [IsoDate, IsoDate]) => void
}) {
  const setAsOf = useAppStore((s) => s.setAsOf)
  const [brush, setBrush] = useState<Brush | null>(null)
  const drag = useRef<{ x: number; onAxis: boolean } | null>(null)
  const svgRef = useRef<SVGSVGElement>(null)

  const localX = (event: PointerEvent) => event.clientX - event.currentTarget.getBoundingClientRect().left
  const localY = (event: PointerEvent) => event.clientY - event.currentTarget.getBoundingClientRect().top
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    const onAxis = localY(event) > axisTop
    drag.current = { x: localX(event), onAxis }
    event.currentTarget.setPointerCapture?.(event.pointerId)
    if (onAxis) setAsOf(dateAtX(scale, localX(event)))
  }
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current
    if (!start) return
    const x = localX(event)
    if (start.onAxis) setAsOf(dateAtX(scale, x))
    else if (Math.abs(x - start.x) > BRUSH_SHOW_PX) setBrush({ from: start.x, to: x })
  }
  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    const start = drag.current
    drag.current = null
    if (!start || start.onAxis) return
    const x = localX(event)
    setBrush(null)
    if (Math.abs(x - start.x) > BRUSH_ZOOM_PX) {
      const a = Date.parse(dateAtX(scale, Math.min(x, start.x)))
      const b = Date.parse(dateAtX(scale, Math.max(x, start.x)))
      setView(() => clampWindow(domain, [a, b]))
    } else {
      setAsOf(dateAtX(scale, x))
    }
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
      setView((v) => zoomWindow(domain, v, event.deltaY > 0 ? 1.25 : 0.8, around))
    }
    svg.addEventListener('wheel', onWheel, { passive: false })
    return () => svg.removeEventListener('wheel', onWheel)
  }, [scale, domain, setView])

  return { svgRef, brush, onPointerDown, onPointerMove, onPointerUp }
}
