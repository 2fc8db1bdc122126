import { memo } from 'react'

/** The time bar's small icons, drawn in the text colour; always beside a name, never alone. */
const box = { width: 18, height: 18, viewBox: '0 0 18 18', 'aria-hidden': true, focusable: false } as const

export const PlayIcon = memo(function PlayIcon() {
  return (
    <svg {...box}>
      <path d="M5 3.5v11l9-5.5z" fill="currentColor" />
    </svg>
  )
})

export const PauseIcon = memo(function PauseIcon() {
  return (
    <svg {...box}>
      <rect x="4" y="3.5" width="3.5" height="11" rx="1" fill="currentColor" />
      <rect x="10.5" y="3.5" width="3.5" height="11" rx="1" fill="currentColor" />
    </svg>
  )
})

export const PreviousIcon = memo(function PreviousIcon() {
  return (
    <svg {...box}>
      <rect x="3.5" y="4" width="2.5" height="10" rx="1" fill="currentColor" />
      <path d="M15 4v10L7 9z" fill="currentColor" />
    </svg>
  )
})

export const NextIcon = memo(function NextIcon() {
  return (
    <svg {...box}>
      <rect x="12" y="4" width="2.5" height="10" rx="1" fill="currentColor" />
      <path d="M3 4v10l8-5z" fill="currentColor" />
    </svg>
  )
})

export const CalendarIcon = memo(function CalendarIcon() {
  return (
    <svg {...box}>
      <rect
        x="2.5"
        y="4"
        width="13"
        height="11"
        rx="1.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
      />
      <path d="M2.5 7.5h13M6 2.5v3M12 2.5v3" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  )
})
