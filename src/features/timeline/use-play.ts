import { useEffect, useState } from 'react'
import { todayIso } from '../../lib/dates'
import { useAppStore } from '../../store/app-store'
import { type IsoDate } from '../../model/types'
import { clampDate, nextPlayDate, playStart } from '../../model/playhead'

const PLAY_STEP_MS = 700

/** Play: the as-of date moves a month a step, stopping at the end of the domain. */
export function usePlay(domain: readonly [IsoDate, IsoDate]): [playing: boolean, toggle: () => void] {
  const setAsOf = useAppStore((s) => s.setAsOf)
  const [playing, setPlaying] = useState(false)
  useEffect(() => {
    if (!playing) return
    const id = window.setInterval(() => {
      const current = useAppStore.getState().asOf ?? todayIso()
      const next = nextPlayDate(clampDate(current, domain), domain)
      if (next === null) setPlaying(false)
      else setAsOf(next)
    }, PLAY_STEP_MS)
    return () => window.clearInterval(id)
  }, [playing, domain, setAsOf])
  const toggle = () => {
    if (!playing) setAsOf(playStart(useAppStore.getState().asOf ?? todayIso(), domain))
    setPlaying(!playing)
  }
  return [playing, toggle]
}
