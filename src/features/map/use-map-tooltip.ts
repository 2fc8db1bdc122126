import {
  useCallback,
  useRef,
  useState,
  type MouseEvent as ReactMouseEvent,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from 'react'

export interface Tip {
  iso3: string
  /** where, in CSS px from the frame's top-left corner */
  x: number
  y: number
}

/** The tooltip's left edge: beside the pointer, kept inside the map. */
export function tipLeft(x: number, width: number): number {
  return Math.min(x + 14, Math.max(0, width - 240))
}

const isoOf = (event: { target: EventTarget }) =>
  (event.target as Element).closest?.('[data-iso3]')?.getAttribute('data-iso3') ?? null

/**
 * The country under the pointer, a tap or the keyboard's cursor, and where its tooltip goes; and
 * the frame's pointer handlers: a click or a tap selects, a drag (a pan) does not.
 */
export function useMapTooltip(frameRef: RefObject<HTMLDivElement | null>, onSelect: (iso3: string) => void) {
  const [tip, setTip] = useState<Tip | null>(null)
  const pointerDown = useRef<{ x: number; y: number } | null>(null)

  // Moving within one country only moves the tooltip's box (a DOM write, no React render);
  // entering another country renders the tooltip's new content, its outline and its label.
  const tipBox = useRef<HTMLDivElement>(null)
  const tipIso = useRef<string | null>(null)
  const tipAt = useCallback(
    (iso3: string, clientX: number, clientY: number) => {
      const rect = frameRef.current?.getBoundingClientRect()
      if (!rect) return
      const x = clientX - rect.left
      const y = clientY - rect.top
      if (tipIso.current === iso3 && tipBox.current) {
        tipBox.current.style.left = `${tipLeft(x, rect.width)}px`
        tipBox.current.style.top = `${y + 14}px`
        return
      }
      tipIso.current = iso3
      setTip({ iso3, x, y })
    },
    [frameRef],
  )
  const hideTip = useCallback(() => {
    tipIso.current = null
    setTip(null)
  }, [])

  /** The tooltip of a country the keyboard moved to: at its marker or shape, if in view. */
  const tipAtElement = useCallback(
    (iso3: string | null) => {
      if (!iso3) return hideTip()
      const frame = frameRef.current
      const element =
        frame?.querySelector(`[data-marker="${iso3}"]`) ?? frame?.querySelector(`[data-iso3="${iso3}"]`)
      const box = element?.getBoundingClientRect()
      const rect = frame?.getBoundingClientRect()
      const [x, y] = box ? [box.left + box.width / 2, box.top + box.height / 2] : [0, 0]
      const inView = rect && box && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom
      if (!inView || !rect) {
        tipIso.current = iso3
        return setTip({ iso3, x: 12, y: 48 })
      }
      tipAt(iso3, x, y)
    },
    [frameRef, tipAt, hideTip],
  )

  const handlers = {
    onPointerMove: (event: ReactPointerEvent) => {
      const iso3 = isoOf(event)
      if (iso3) tipAt(iso3, event.clientX, event.clientY)
      else if (tipIso.current) hideTip()
    },
    onPointerDown: (event: ReactPointerEvent) => {
      pointerDown.current = { x: event.clientX, y: event.clientY }
      // A tap shows the tooltip at once: touch has no hover.
      const iso3 = isoOf(event)
      if (iso3 && event.pointerType !== 'mouse') tipAt(iso3, event.clientX, event.clientY)
    },
    onPointerLeave: hideTip,
    onClick: (event: ReactMouseEvent) => {
      const start = pointerDown.current
      // A drag (pan) never selects.
      if (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > 5) return
      const iso3 = isoOf(event)
      if (iso3) onSelect(iso3)
    },
  }

  return { tip, tipBox, tipAtElement, handlers }
}
