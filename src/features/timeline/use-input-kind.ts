import { useEffect, useState } from 'react'

export type InputKind = 'mouse' | 'touch' | 'keyboard'

/** Before any input: touch on a device whose main pointer cannot hover or is coarse, else mouse. */
export function deviceInputKind(): InputKind {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return 'mouse'
  return window.matchMedia('(hover: none), (pointer: coarse)').matches ? 'touch' : 'mouse'
}

/** Keys that move focus or work a control: a user pressing them is using the keyboard. */
const KEYBOARD_KEYS = new Set(['Tab', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter', ' '])

/**
 * The input in use: the pointer type of the last press (a pen counts as touch: it cannot wheel
 * or hover to read), or the keyboard after a key that works the page.
 */
export function useInputKind(): InputKind {
  const [kind, setKind] = useState<InputKind>(deviceInputKind)
  useEffect(() => {
    const onPointer = (event: PointerEvent) =>
      setKind(event.pointerType === 'mouse' || !event.pointerType ? 'mouse' : 'touch')
    const onKey = (event: KeyboardEvent) => {
      if (KEYBOARD_KEYS.has(event.key)) setKind('keyboard')
    }
    window.addEventListener('pointerdown', onPointer, { capture: true, passive: true })
    window.addEventListener('keydown', onKey, { capture: true, passive: true })
    return () => {
      window.removeEventListener('pointerdown', onPointer, { capture: true })
      window.removeEventListener('keydown', onKey, { capture: true })
    }
  }, [])
  return kind
}
