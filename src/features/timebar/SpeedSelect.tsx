import { memo } from 'react'
import { PLAY_SPEEDS, type PlaySpeed } from '../../model/play-schedule'

export type Speed = PlaySpeed

/** How fast Play runs: 0.5×, 1×, 2× or 4× the schedule's own pace. */
export const SpeedSelect = memo(function SpeedSelect({
  speed,
  onChange,
}: {
  speed: Speed
  onChange: (speed: Speed) => void
}) {
  return (
    <label className="timebar__speed">
      <span className="timebar__speed-label">Speed</span>
      <select value={speed} onChange={(e) => onChange(Number(e.target.value) as Speed)}>
        {PLAY_SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s}×
          </option>
        ))}
      </select>
    </label>
  )
})
