import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { useElementSize } from '../../components/use-element-size'
import { formatIsoDate } from '../../lib/dates'
import { clampDate, dateAfterKey } from '../../model/playhead'
import type { IsoDate } from '../../model/types'
import { useAppStore } from '../../store/app-store'
import { selectAsOf } from '../../store/selectors'
import { EventStrip, STRIP } from './EventStrip'
import { dateAtX, dayIndex, makeTimeScale, xOfDate } from './time-scale'

/** Room at each end of the track, so the thumb at the first or last day stays inside the bar. */
const END_PAD = 14

/**
 * The "As of date" slider: a thumb on a track that spans the whole time range, over the strip of
 * events. Arrows move a day (with Shift a month), PageUp/PageDown a year, Home/End to the ends;
 * clicking or dragging anywhere on the track sets the date under the pointer.
 */
export function AsOfSlider({
  domain,
  dates,
}: {
  domain: readonly [IsoDate, IsoDate]
  dates: readonly IsoDate[]
}) {
  const asOf = useAppStore(selectAsOf)
  const setAsOf = useAppStore((s) => s.setAsOf)
  const [trackRef, size] = useElementSize<HTMLDivElement>()
  const thumbRef = useRef<HTMLDivElement>(null)
  const dragging = useRef(false)
  const width = Math.max(0, size.width)
  const scale = useMemo(
    () => makeTimeScale(domain, END_PAD, Math.max(END_PAD + 1, width - END_PAD)),
    [domain, width],
  )
  const value = clampDate(asOf, domain)
  const x = xOfDate(scale, value)

  const dateAtPointer = (event: PointerEvent<HTMLDivElement>) =>
    dateAtX(scale, event.clientX - event.currentTarget.getBoundingClientRect().left)

  const onKeyDown = (event: KeyboardEvent) => {
    const next = dateAfterKey(value, event.key, event.shiftKey, domain)
    if (next === null) return
    event.preventDefault()
    setAsOf(next)
  }
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    dragging.current = true
    event.currentTarget.setPointerCapture?.(event.pointerId)
    thumbRef.current?.focus({ preventScroll: true })
    // Pressing the thumb itself only picks it up; pressing the track jumps to the date there.
    if (event.target !== thumbRef.current) setAsOf(dateAtPointer(event))
    event.preventDefault()
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) setAsOf(dateAtPointer(event))
  }
  const onPointerUp = () => {
    dragging.current = false
  }

  return (
    <div
      ref={trackRef}
      className="as-of-track"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      {width > 0 && <EventStrip scale={scale} width={width} dates={dates} playheadX={x} />}
      <div
        ref={thumbRef}
        className="as-of-thumb"
        role="slider"
        tabIndex={0}
        aria-label="As of date"
        aria-valuemin={0}
        aria-valuemax={dayIndex(domain[1], domain[0])}
        aria-valuenow={dayIndex(value, domain[0])}
        aria-valuetext={formatIsoDate(value)}
        style={{ left: width > 0 ? x : 0, top: STRIP.baseline + STRIP.lineHeight / 2 }}
        onKeyDown={onKeyDown}
      />
    </div>
  )
}
