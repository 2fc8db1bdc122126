import { lazy, Suspense } from 'react'
import { Loading } from '../components/Loading'

const loadDetails = () => import('../features/details/DetailsPanel')
const DetailsPanel = lazy(() => loadDetails().then((m) => ({ default: m.DetailsPanel })))

/**
 * The details panel, in a chunk of its own: the first paint shows no details unless a link selects
 * something. The user's first move, press or key anywhere starts loading it (loadDetailsAhead), so
 * it is usually here by the time a click or Enter selects.
 */
export function LazyDetailsPanel() {
  return (
    <Suspense fallback={<Loading what="the details" />}>
      <DetailsPanel />
    </Suspense>
  )
}

const FIRST_INPUTS = ['pointermove', 'pointerdown', 'keydown', 'focusin'] as const

/** Loads the details' chunk at the user's first input, once. */
export function loadDetailsAhead() {
  const load = () => {
    for (const type of FIRST_INPUTS) window.removeEventListener(type, load, true)
    void loadDetails()
  }
  for (const type of FIRST_INPUTS) window.addEventListener(type, load, { capture: true, passive: true })
}
