/**
 * d3-zoom's chunk can fail to load (offline, or a new deploy renamed it): the next input asks for
 * it again (src/components/use-zoom-kit.ts).
 */
import { expect, it, vi } from 'vitest'

const chunk = vi.hoisted(() => ({ failures: 1, asked: 0 }))
vi.mock('../src/components/zoom-kit', async (importOriginal) => {
  chunk.asked++
  if (chunk.failures-- > 0) throw new Error('the chunk did not load')
  return importOriginal()
})

it('asks again at the next input after a load that failed', async () => {
  const { loadZoomKit } = await import('../src/components/use-zoom-kit')
  await expect(loadZoomKit()).rejects.toThrow()
  expect(chunk.asked).toBe(1)
  window.dispatchEvent(new Event('pointermove'))
  await vi.waitFor(() => expect(chunk.asked).toBe(2))
  const kit = await loadZoomKit()
  expect(typeof kit.zoom).toBe('function')
})
