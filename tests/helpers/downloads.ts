/** jsdom has no object URLs and its Blob has no text(): stand-ins for tests of the downloads. */
import { vi } from 'vitest'

const urlStatics = URL as unknown as Record<string, unknown>

/** Object URLs for the blobs the app creates; `restoreObjectUrls` removes them. */
export function stubObjectUrls() {
  const created: Blob[] = []
  const createObjectURL = vi.fn((blob: Blob) => {
    created.push(blob)
    return `blob:test/${created.length}`
  })
  const revokeObjectURL = vi.fn()
  urlStatics.createObjectURL = createObjectURL
  urlStatics.revokeObjectURL = revokeObjectURL
  return { created, createObjectURL, revokeObjectURL }
}

export function restoreObjectUrls(): void {
  delete urlStatics.createObjectURL
  delete urlStatics.revokeObjectURL
}

/** The blob's text, read with jsdom's FileReader. */
export function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(reader.result as string)
    reader.onerror = () => reject(reader.error)
    reader.readAsText(blob)
  })
}
