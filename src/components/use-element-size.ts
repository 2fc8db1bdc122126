import { startTransition, useLayoutEffect, useRef, useState } from 'react'

/**
 * The size of an element, kept current with a ResizeObserver; 0×0 until measured. Its box, or with
 * `inner` the room inside its border (clientWidth, clientHeight), read when the observer reports
 * (after a layout the browser did anyway), so nothing forces a layout to learn it: measuring in
 * the commit that mounted a view laid out every node of it there, in the same task. What a new
 * size draws renders as a transition, in slices between which the page stays responsive: the old
 * size shows until the new one is whole (a view mounted with its data draws its chart so, once).
 */
export function useElementSize<T extends HTMLElement>({ inner = false } = {}) {
  const ref = useRef<T>(null)
  const [size, setSize] = useState({ width: 0, height: 0 })
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      const rect = element.getBoundingClientRect()
      // A test's DOM lays nothing out: its clientWidth is 0, and its box the one it was given.
      const width = (inner && element.clientWidth) || rect.width
      const height = (inner && element.clientHeight) || rect.height
      setSize((s) => (s.width === width && s.height === height ? s : { width, height }))
    }
    // A test's DOM has no observer: measure once, now.
    if (typeof ResizeObserver === 'undefined') return void measure()
    const observer = new ResizeObserver(() => startTransition(measure))
    observer.observe(element)
    return () => observer.disconnect()
    // The element and the box measured live as long as the component.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return [ref, size] as const
}
