/**
 * The search index, off the critical path of the first paint: the module that holds MiniSearch
 * loads, and the index is built from the atlas, when the browser is first idle after the data
 * has loaded, or at once when the user focuses the search. It is built again only when the atlas
 * changes (once more when the people arrive after the first paint).
 */
import { useCallback, useEffect, useState } from 'react'
import { useAtlas } from '../../data/use-atlas'
import type { Atlas } from '../../model/atlas'
import type { SearchIndex } from './search-index'

export type SearchIndexState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; index: SearchIndex }

const loadSearchModule = () => import('./search-index')

/** Runs `task` when the browser is idle (or soon, where it cannot say); returns a cancel function. */
export function whenIdle(task: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(task, { timeout: 4000 })
    return () => window.cancelIdleCallback(id)
  }
  const id = window.setTimeout(task, 1000)
  return () => window.clearTimeout(id)
}

export function useSearchIndex(): { state: SearchIndexState; request: () => void } {
  const data = useAtlas()
  const atlas = data.status === 'success' ? data.data : null
  const [wanted, setWanted] = useState(false)
  const [built, setBuilt] = useState<{ atlas: Atlas; index: SearchIndex } | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    if (wanted || !atlas) return
    return whenIdle(() => setWanted(true))
  }, [wanted, atlas])

  useEffect(() => {
    if (!wanted || !atlas || built?.atlas === atlas) return
    let live = true
    loadSearchModule().then(
      (module) => {
        if (live) setBuilt({ atlas, index: module.buildSearchIndex(atlas) })
      },
      (error: unknown) => {
        if (live) setFailure(error instanceof Error ? error.message : String(error))
      },
    )
    return () => {
      live = false
    }
  }, [wanted, atlas, built])

  const request = useCallback(() => setWanted(true), [])
  if (built) return { state: { status: 'ready', index: built.index }, request }
  if (data.status === 'error')
    return { state: { status: 'error', message: 'the data files could not be loaded' }, request }
  if (failure) return { state: { status: 'error', message: failure }, request }
  return { state: { status: 'loading' }, request }
}
