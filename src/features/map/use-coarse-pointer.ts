import { useSyncExternalStore } from 'react'

const COARSE = '(pointer: coarse)'

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia?.(COARSE)
  query?.addEventListener('change', onChange)
  return () => query?.removeEventListener('change', onChange)
}

/** Whether the main pointer is a finger (a phone or a tablet), kept current. */
export function useCoarsePointer(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia?.(COARSE).matches ?? false,
    () => false,
  )
}
