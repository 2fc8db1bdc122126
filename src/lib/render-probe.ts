/**
 * React Profiler callbacks for the layers whose renders matter (map paths, timeline marks).
 * Nothing listens in the app; tests subscribe to prove that a hover or a date change does not
 * render a layer it should not.
 */
import type { ProfilerOnRenderCallback } from 'react'

const listeners = new Set<(id: string) => void>()

export const onProfilerRender: ProfilerOnRenderCallback = (id) => {
  for (const listener of listeners) listener(id)
}

/** Counts commits per Profiler id until the returned function is called. */
export function countProfilerRenders(): { counts: Map<string, number>; stop: () => void } {
  const counts = new Map<string, number>()
  const listener = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1)
  listeners.add(listener)
  return { counts, stop: () => listeners.delete(listener) }
}
