import { useEffect, useRef, useState } from 'react'
import { playheadAt, steppedPlayheadAt, type PlaySchedule } from '../../model/play-schedule'
import type { IsoDate } from '../../model/types'
import { useAppStore } from '../../store/app-store'

/** A frame longer than this (a hidden tab, a stall) counts as this long: Play never skips ahead. */
const MAX_FRAME_MS = 250

/**
 * Plays a schedule: each animation frame writes the playhead's date into the store's as-of date
 * (only when the day changes). The schedule is made when Play is pressed, from where the as-of date
 * is then. The speed may change while playing. Play stops at the end, on Pause, and as soon as
 * anything else sets the as-of date (the user dragging, a key, a typed date, an event opened).
 * With reduced motion the date jumps from stop to stop instead of running through the days.
 */
export function usePlayback(
  makeSchedule: () => PlaySchedule,
  speed: number,
  reducedMotion: boolean,
): { playing: boolean; play: () => void; pause: () => void } {
  const setAsOf = useAppStore((s) => s.setAsOf)
  const [playing, setPlaying] = useState(false)
  const latest = useRef({ makeSchedule, speed, reducedMotion })
  useEffect(() => {
    latest.current = { makeSchedule, speed, reducedMotion }
  }, [makeSchedule, speed, reducedMotion])

  useEffect(() => {
    if (!playing) return
    const schedule = latest.current.makeSchedule()
    let written: IsoDate | null = null
    const write = (date: IsoDate) => {
      if (date === written) return
      written = date
      setAsOf(date)
    }
    write(schedule.start)
    // Someone else set the date: the user has taken over.
    const unsubscribe = useAppStore.subscribe((s) => {
      if (s.asOf !== written) setPlaying(false)
    })
    let elapsed = 0
    let last = performance.now()
    let frame = 0
    const tick = () => {
      const now = performance.now()
      elapsed += Math.min(MAX_FRAME_MS, now - last) * latest.current.speed
      last = now
      write((latest.current.reducedMotion ? steppedPlayheadAt : playheadAt)(schedule, elapsed))
      if (elapsed >= schedule.durationMs) setPlaying(false)
      else frame = requestAnimationFrame(tick)
    }
    frame = requestAnimationFrame(tick)
    return () => {
      cancelAnimationFrame(frame)
      unsubscribe()
    }
  }, [playing, setAsOf])

  return { playing, play: () => setPlaying(true), pause: () => setPlaying(false) }
}
