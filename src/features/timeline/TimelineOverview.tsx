import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { formatIsoDate, isoToTime } from '../../lib/dates'
import type { DateWindow } from '../../store/timeline-window-slice'
import type { MonthBin } from './overview-bins'
import { OverviewPlayhead } from './Playhead'
import './overview.css'
import { makeTimeScale } from './timeline-scale'
import { moveWindow, resizeWindow, windowAfterKey, windowDays } from './timeline-window'

const DAY_MS = 86_400_000
const OVERVIEW_HEIGHT = 26
const BAND = 24
/** the histogram's tallest bar, under the years' labels */
const BARS = 12
/** px of an edge's target inside the window and outside it */
const EDGE_IN = 8
const EDGE_OUT = 16

type Part = 'body' | 'start' | 'end'

/**
 * The whole range (2014 to today) as a thin strip: a histogram of events per month, the years,
 * and the detail window over it. Drag the window to move it and its edges to resize it; press on
 * the strip to bring the window there. Focused, the window answers the keys (windowAfterKey).
 */
export function TimelineOverview({
  full,
  window,
  bins,
  width,
  x0,
  x1,
  onChange,
}: {
  full: DateWindow
  window: DateWindow
  bins: readonly MonthBin[]
  width: number
  x0: number
  x1: number
  /** a new window; `final` once a drag ends (or for a key), else while dragging */
  onChange: (window: DateWindow, final: boolean) => void
}) {
  const scale = useMemo(() => makeTimeScale(full, x0, x1), [full, x0, x1])
  const drag = useRef<{ part: Part; x: number; window: DateWindow; last: DateWindow } | null>(null)
  const max = Math.max(1, ...bins.map((b) => b.count))
  const wx0 = scale(new Date(isoToTime(window[0])))
  const wx1 = Math.max(wx0 + 2, scale(new Date(isoToTime(window[1]) + DAY_MS)))
  const years = useMemo(() => {
    const first = Number(full[0].slice(0, 4))
    const last = Number(full[1].slice(0, 4))
    const perYear = (x1 - x0) / Math.max(1, last - first + 1)
    const every = perYear >= 34 ? 1 : perYear >= 17 ? 2 : 5
    const list: number[] = []
    for (let y = first; y <= last; y += 1) if ((y - first) % every === 0) list.push(y)
    return list
  }, [full, x0, x1])

  const timeAt = (event: PointerEvent<SVGSVGElement>) =>
    scale.invert(event.clientX - event.currentTarget.getBoundingClientRect().left).getTime()

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    const part = (event.target as Element).closest('[data-part]')?.getAttribute('data-part') as Part | null
    let start = window
    if (!part) {
      // A press beside the window brings the window's middle there, then drags it.
      const mid = (isoToTime(window[0]) + isoToTime(window[1])) / 2
      start = moveWindow(full, window, timeAt(event) - mid)
      onChange(start, false)
    }
    drag.current = { part: part ?? 'body', x: timeAt(event), window: start, last: start }
    event.currentTarget.setPointerCapture?.(event.pointerId)
  }
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const d = drag.current
    if (!d) return
    const delta = timeAt(event) - d.x
    const next =
      d.part === 'body'
        ? moveWindow(full, d.window, delta)
        : resizeWindow(full, d.window, d.part, isoToTime(d.window[d.part === 'start' ? 0 : 1]) + delta)
    d.last = next
    onChange(next, false)
  }
  const onPointerUp = () => {
    const d = drag.current
    drag.current = null
    if (d) onChange(d.last, true)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const next = windowAfterKey(full, window, event.key, event.shiftKey)
    if (!next) return
    event.preventDefault()
    onChange(next, true)
  }

  return (
    <svg
      className="timeline__overview"
      width={width}
      height={OVERVIEW_HEIGHT}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <rect x={x0} y={0} width={x1 - x0} height={BAND} className="overview__band" />
      <g aria-hidden="true">
        {bins.map((b) => {
          const bx = scale(new Date(b.start))
          const bw = Math.max(1, scale(new Date(b.end)) - bx - 0.5)
          const h = (n: number) => (n > 0 ? Math.max(2, BARS * Math.sqrt(n / max)) : 0)
          return (
            <g key={b.month}>
              {b.count > 0 && (
                <rect x={bx} y={BAND - h(b.count)} width={bw} height={h(b.count)} className="overview__bar" />
              )}
              {b.highlighted > 0 && (
                <rect
                  x={bx}
                  y={BAND - h(b.highlighted)}
                  width={bw}
                  height={h(b.highlighted)}
                  className="overview__bar overview__bar--lit"
                />
              )}
            </g>
          )
        })}
        {years.map((y) => {
          const x = scale(new Date(Date.UTC(y, 0, 1)))
          return (
            <g key={y} transform={`translate(${x} 0)`}>
              <line y1={0} y2={BAND} className="overview__year-line" />
              <text x={2} y={10} className="overview__year">
                {y}
              </text>
            </g>
          )
        })}
        <rect x={x0} y={0} width={Math.max(0, wx0 - x0)} height={BAND} className="overview__outside" />
        <rect x={wx1} y={0} width={Math.max(0, x1 - wx1)} height={BAND} className="overview__outside" />
      </g>
      <OverviewPlayhead scale={scale} height={BAND} />
      <g
        className="overview__window"
        role="slider"
        tabIndex={0}
        aria-label="Timeline window"
        aria-valuemin={0}
        aria-valuemax={windowDays(full) - 1}
        aria-valuenow={windowDays([full[0], window[0]]) - 1}
        aria-valuetext={`${formatIsoDate(window[0])} to ${formatIsoDate(window[1])}`}
        onKeyDown={onKeyDown}
      >
        <rect data-part="body" x={wx0} y={0} width={wx1 - wx0} height={BAND} className="overview__frame" />
        {(['start', 'end'] as const).map((part) => {
          const edge = part === 'start' ? wx0 : wx1
          const hx = part === 'start' ? edge - EDGE_OUT : edge - EDGE_IN
          return (
            <g key={part} data-part={part} className="overview__edge">
              <rect x={hx} y={0} width={EDGE_IN + EDGE_OUT} height={BAND} className="overview__edge-hit" />
              <rect x={edge - 3} y={4} width={6} height={BAND - 8} rx={2} className="overview__grip" />
            </g>
          )
        })}
      </g>
    </svg>
  )
}
