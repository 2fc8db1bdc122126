import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'

/**
 * Where focus goes back to when a panel closes with the focus in it: the control that opened it,
 * as a dialog returns focus. A view may have drawn that control again meanwhile (the org chart
 * turns into a list beside the details, and back), so the control is also remembered by what
 * names it, and the one that took its place takes the focus.
 */
export interface FocusReturn {
  element: Element
  /** finds the control drawn again: its id, or the record it stands for */
  selector: string | null
}

const RECORD_ATTRIBUTES = ['data-node-id', 'data-mark'] as const

/** The control that has the focus now, to return to later; null when the focus is on the page. */
export function focusReturnOf(element: Element | null): FocusReturn | null {
  if (!element || element === document.body) return null
  const attribute = RECORD_ATTRIBUTES.find((a) => element.hasAttribute(a))
  const selector = element.id
    ? `#${CSS.escape(element.id)}`
    : attribute
      ? `[${attribute}="${CSS.escape(element.getAttribute(attribute)!)}"]`
      : null
  return { element, selector }
}

/** Focuses that control (or the one drawn in its place) if the focus has fallen to the page. */
export function returnFocus(to: FocusReturn | null) {
  const focused = document.activeElement
  if (!to || (focused && focused !== document.body)) return
  const target = to.element.isConnected
    ? to.element
    : to.selector
      ? document.querySelector(to.selector)
      : null
  // A card in the chart's window, which clips it, must not scroll the page: the chart pans to a
  // focused card itself.
  if (target instanceof HTMLElement || target instanceof SVGElement) target.focus({ preventScroll: true })
}

/**
 * Returns the focus to `opener` when the component unmounts holding it (inside `container`), as a
 * dialog does: whether it held it is read in the layout cleanup, before its nodes are removed, and
 * the focus is returned once they are gone. An unmount with the focus elsewhere (a link, Back, the
 * user's Escape from another view) leaves the focus where it is.
 */
export function useFocusReturn(container: RefObject<Element | null>, opener: RefObject<FocusReturn | null>) {
  const held = useRef(false)
  useLayoutEffect(() => {
    const element = container.current
    return () => {
      const focused = document.activeElement
      held.current = !!focused && !!element?.contains(focused)
    }
  }, [container])
  useEffect(
    () => () => {
      if (held.current) returnFocus(opener.current)
    },
    [opener],
  )
}
