import { useId, useLayoutEffect, useRef, useState, type PointerEvent, type ReactNode } from 'react'
import { focusReturnOf, useFocusReturn, type FocusReturn } from './focus-return'
import './bottom-sheet.css'

/** How much of the space above the bars the sheet takes at each of its two heights. */
const SNAP = { half: 0.5, full: 0.92 } as const
type Snap = keyof typeof SNAP

/**
 * A bottom sheet for phones: a labelled complementary region over the lower half of the view,
 * never part of the page's flow, so it adds no height to the page. Its handle drags it up or down
 * (a drag well down closes it) and, as a button, toggles between half and full height. Closing
 * returns focus to where it was before the sheet opened.
 */
export function BottomSheet({
  title,
  onClose,
  children,
}: {
  title: string
  onClose: () => void
  children: ReactNode
}) {
  const headingId = useId()
  const [snap, setSnap] = useState<Snap>('half')
  const [drag, setDrag] = useState<{ startY: number; dy: number } | null>(null)
  const sheet = useRef<HTMLElement>(null)
  const opener = useRef<FocusReturn | null>(null)

  useLayoutEffect(() => {
    opener.current = focusReturnOf(document.activeElement)
  }, [])
  // Closed with the focus in it, focus goes back to the control that opened it (or its redrawing).
  useFocusReturn(sheet, opener)

  const room = () => sheet.current?.parentElement?.getBoundingClientRect().height ?? window.innerHeight
  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    event.currentTarget.setPointerCapture?.(event.pointerId)
    setDrag({ startY: event.clientY, dy: 0 })
  }
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    if (drag) setDrag({ ...drag, dy: event.clientY - drag.startY })
  }
  const onPointerUp = () => {
    if (!drag) return
    const moved = Math.abs(drag.dy) > 8
    setDrag(null)
    if (!moved) return setSnap((s) => (s === 'half' ? 'full' : 'half'))
    const height = room() * SNAP[snap] - drag.dy
    const fraction = height / room()
    if (fraction < 0.25) onClose()
    else setSnap(fraction > (SNAP.half + SNAP.full) / 2 ? 'full' : 'half')
  }

  const height = `calc(${SNAP[snap] * 100}% - ${drag ? drag.dy : 0}px)`
  return (
    <aside
      ref={sheet}
      className={drag ? 'bottom-sheet is-dragging' : 'bottom-sheet'}
      aria-labelledby={headingId}
      style={{ height }}
    >
      <div className="bottom-sheet__bar">
        <button
          type="button"
          className="bottom-sheet__handle"
          aria-label={snap === 'half' ? `Expand ${title.toLowerCase()}` : `Shrink ${title.toLowerCase()}`}
          aria-expanded={snap === 'full'}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => setDrag(null)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault()
              setSnap((s) => (s === 'half' ? 'full' : 'half'))
            }
          }}
        >
          <span aria-hidden="true" className="bottom-sheet__grip" />
        </button>
        <h2 id={headingId} className="bottom-sheet__title">
          {title}
        </h2>
      </div>
      <div className="bottom-sheet__body">{children}</div>
    </aside>
  )
}
