import { useEffect, useState } from 'react'
import { atFirstInput } from './first-input'
import { mediaQueryList } from './use-media-query'
import type * as ZoomKitModule from './zoom-kit'

export type ZoomKit = typeof ZoomKitModule

let kit: ZoomKit | null = null
let loading: Promise<ZoomKit> | null = null
let awaitingInput = false
/** A screen that takes touches, whatever its main pointer. */
const TOUCH = '(any-pointer: coarse)'
/** The views waiting for the chunk before anything asked for it. */
const waiting = new Set<(kit: ZoomKit) => void>()

/** Asks for the chunk at the next input, once. */
function loadAtNextInput(): void {
  if (awaitingInput) return
  awaitingInput = true
  atFirstInput(() => {
    awaitingInput = false
    requestZoomKit()
  })
}

/**
 * Loads d3-zoom's chunk, once, and tells the views that wait for it. A load that fails (offline,
 * or a new deploy renamed the chunk) is tried again at the next input.
 */
export function loadZoomKit(): Promise<ZoomKit> {
  return (loading ??= import('./zoom-kit').then(
    (module) => {
      kit = module
      for (const tell of waiting) tell(module)
      waiting.clear()
      return module
    },
    (error: unknown) => {
      loading = null
      loadAtNextInput()
      throw error
    },
  ))
}

/** loadZoomKit for a view that only needs it to come: a failure is retried, not reported. */
export function requestZoomKit(): void {
  loadZoomKit().catch(() => {})
}

/**
 * d3-zoom, once its chunk is here, else null. With a mouse it loads at the user's first input (a
 * pointer moves before it drags or wheels), or when loadZoomKit is called (a zoom button pressed
 * before it came); until then a view shows its opening view, which needs no gesture. Where a finger
 * can point, it loads as the first view that zooms opens: a first touch may be a drag or a pinch.
 */
export function useZoomKit(): ZoomKit | null {
  const [value, setValue] = useState(kit)
  useEffect(() => {
    if (value) return
    let live = true
    const tell = (module: ZoomKit) => {
      if (live) setValue(module)
    }
    if (kit) {
      // Here since this view rendered without it.
      const here = kit
      queueMicrotask(() => tell(here))
    } else waiting.add(tell)
    if (!kit && !loading) {
      if (mediaQueryList(TOUCH)?.matches) requestZoomKit()
      else loadAtNextInput()
    }
    return () => {
      live = false
      waiting.delete(tell)
    }
  }, [value])
  return value
}
