import { useSyncExternalStore } from 'react'
import { mediaQueryList } from '../../components/use-media-query'

const COARSE = '(pointer: coarse)'

function subscribe(onChange: () => void): () => void {
  const query = mediaQueryList(COARSE)
  query?.addEventListener('change', onChange)
  return () => query?.removeEventListener('change', onChange)
}

/** Whether the main pointer is a finger (a phone or a tablet), kept current. */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => mediaQueryList(COARSE)?.matches ?? false,
    () => false,
  )
}
