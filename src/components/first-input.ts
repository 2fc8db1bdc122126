/**
 * The user's first move, press, key or wheel anywhere on the page: what the first load leaves out
 * (the details' chunk, the full data files, d3-zoom's gestures) starts loading then, so it is
 * usually here by the time that input becomes a click, a drag or a zoom.
 */
const FIRST_INPUTS = ['pointermove', 'pointerdown', 'keydown', 'focusin', 'wheel', 'touchstart'] as const

/** Runs `load` once, at the first input after this call (capture phase: before any handler). */
export function atFirstInput(load: () => void): void {
  const once = () => {
    for (const type of FIRST_INPUTS) window.removeEventListener(type, once, true)
    load()
  }
  for (const type of FIRST_INPUTS) window.addEventListener(type, once, { capture: true, passive: true })
}
