/**
 * The search index, off the start: nothing of it loads until the user focuses or points at the
 * search. Then the module that holds MiniSearch, the people the source names and the full
 * data files load, and the index is built once from the whole atlas (again only if the atlas changes).
 */
import { useCallback, useEffect, useState } from 'react'
import { DATASET_FILES, useFullAtlas, type AtlasFile } from '../../data/use-atlas'
import type { FullAtlas } from '../../model/atlas'
import type { SearchIndex } from './search-index'

export type SearchIndexState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; index: SearchIndex }

const loadSearchModule = () => import('./search-index')

/** Search finds people too: the index waits for them. */
const SEARCHED_FILES: readonly AtlasFile[] = [...DATASET_FILES, 'people']

export function useSearchIndex(): { state: SearchIndexState; request: () => void } {
  const [wanted, setWanted] = useState(false)
  const data = useFullAtlas(SEARCHED_FILES, wanted)
  const atlas = wanted && data.status === 'success' ? data.data : null
  const [built, setBuilt] = useState<{ atlas: FullAtlas; index: SearchIndex } | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

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
