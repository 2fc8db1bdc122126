import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { formatIsoDate } from '../../lib/dates'
import { useAppStore } from '../../store/app-store'
import { type IsoDate } from '../../model/types'
import { selectAsOf } from '../../store/selectors'
import { clampDate, dateAfterKey } from '../../model/playhead'
import { dateAtX, xOfDate, type TimeScale } from './timeline-scale'

/**
 * The playhead: the only part of the timeline that renders when the as-of date moves. An HTML
 * slider thumb (for focus and screen readers) over an SVG line and a shade over the future.
 */
export function PlayheadLine({ scale, top, bottom }: { scale: TimeScale; top: number; bottom: number }) {
  const asOf = useAppStore(selectAsOf)
  const [r0, r1] = scale.range() as [number, number]
  const x = xOfDate(scale, asOf)
  if (x < r0 - 1 || x > r1 + 1) return null
  return (
    <g className="playhead" aria-hidden="true">
      <rect x={x} y={top} width={Math.max(0, r1 - x)} height={bottom - top} className="playhead__future" />
      <line x1={x} x2={x} y1={top} y2={bottom} className="playhead__line" />
    </g>
  )
}

export function PlayheadThumb({
  scale,
  domain,
  y,
}: {
  scale: TimeScale
  domain: readonly [IsoDate, IsoDate]
  y: number
}) {
  const asOf = useAppStore(selectAsOf)
  const setAsOf = useAppStore((s) => s.setAsOf)
  const dragging = useRef(false)
  const value = clampDate(asOf, domain)
  const [r0, r1] = scale.range() as [number, number]
  const x = Math.min(r1, Math.max(r0, xOfDate(scale, value)))

  const onKeyDown = (event: KeyboardEvent) => {
    const next = dateAfterKey(value, event.key, event.shiftKey, domain)
    if (next === null) return
    event.preventDefault()
    setAsOf(next)
  }
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.stopPropagation()
    dragging.current = true
    event.currentTarget.setPointerCapture?.(event.pointerId)
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return
    const box = event.currentTarget.parentElement!.getBoundingClientRect()
    setAsOf(dateAtX(scale, event.clientX - box.left))
  }
  const onPointerUp = () => {
    dragging.current = false
  }

  return (
    <div
      className="playhead-thumb"
      role="slider"
      tabIndex={0}
      aria-label="As of date"
      aria-valuemin={0}
      aria-valuemax={dayIndex(domain[1], domain[0])}
      aria-valuenow={dayIndex(value, domain[0])}
      aria-valuetext={formatIsoDate(value)}
      style={{ left: x, top: y }}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <span
        className="playhead-thumb__label"
        // Near either end the label hangs inward, so it never widens the page.
        style={{
          transform: `translateX(${x - r0 < 70 ? '-12px' : r1 - x < 70 ? 'calc(-100% + 12px)' : '-50%'})`,
        }}
      >
        {formatIsoDate(value)}
      </span>
    </div>
  )
}

/** Days from the start of the domain: the slider's numeric value. */
function dayIndex(date: IsoDate, start: IsoDate): number {
  return Math.round((Date.parse(date) - Date.parse(start)) / 86_400_000)
}
