import type { QueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { atFirstInput } from '../components/first-input'
import { Loading } from '../components/Loading'
import { loadFullFilesAhead } from '../data/queries'
import type { DetailsPanel } from '../features/details/DetailsPanel'

type DetailsModule = { DetailsPanel: typeof DetailsPanel }

let loaded: DetailsModule | null = null
let loading: Promise<DetailsModule> | null = null
const loadDetails = () =>
  (loading ??= import('../features/details/DetailsPanel').then((module) => (loaded = module)))

/**
 * The details panel, in a chunk of its own: the first paint shows no details unless a link selects
 * something. The user's first move, press or key anywhere starts loading it (loadDetailsAhead), so
 * it is usually here by the time a click or Enter selects. Not a React.lazy: a Suspense boundary
 * holds back what it reveals for 300 ms after its fallback showed, and a first click that beat the
 * chunk would wait that long; here the panel shows the moment the chunk has arrived.
 */
export function LazyDetailsPanel() {
  const [module, setModule] = useState(loaded)
  useEffect(() => {
    if (!module) void loadDetails().then(setModule)
  }, [module])
  if (!module) return <Loading what="the details" />
  return <module.DetailsPanel />
}

/** Loads the details' chunk, and the full files they show, at the user's first input, once. */
export function loadDetailsAhead(client: QueryClient) {
  atFirstInput(() => {
    void loadDetails()
    loadFullFilesAhead(client)
  })
}
