/**
 * A fetch that answers the app's requests from the repository's own files, as the dev server
 * would, with optional overrides per file (a broken body, a 404), for component tests in jsdom.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { vi } from 'vitest'
import { briefCopyOf } from '../../scripts/brief-copy.mjs'
import { fileOfBriefCopy } from '../../src/data/brief-copies'

const root = resolve(__dirname, '../..')

export type FileOverride = { status: number } | { body: string }

/**
 * A file as the app serves it: data/ from the repository's data/ (a brief copy made from its
 * file, src/data/brief-copies.ts), anything else from public/.
 */
export function repoFile(file: string): string {
  const full = fileOfBriefCopy(file)
  if (full) return briefCopyOf(repoFile(full))
  return readFileSync(resolve(root, file.startsWith('data/') ? file : `public/${file}`), 'utf8')
}

export function installFakeFetch(overrides: Record<string, FileOverride> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const file = url.replace(/^.*?\/((?:data|geo)\/[^?]+).*$/, '$1')
    // A brief copy is made from its file, as the server makes it: the file's override is its copy's.
    const full = fileOfBriefCopy(file)
    const override = overrides[file] ?? (full ? overrides[full] : undefined)
    if (override && 'status' in override) return new Response('not found', { status: override.status })
    const body =
      override && 'body' in override
        ? full && !overrides[file]
          ? briefCopyOf(override.body)
          : override.body
        : repoFile(file)
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/**
 * The fake fetch, in which the files `held` names (as the app names them: data/events.json) wait
 * until the returned function releases them; every other file comes at once.
 */
export function installHeldFetch(held: (file: string) => boolean): () => void {
  const fetchMock = installFakeFetch()
  const serve = fetchMock.getMockImplementation()!
  let release: () => void = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  fetchMock.mockImplementation(async (input) => {
    if (held(String(input).replace(/^.*?\/((?:data|geo)\/[^?]+).*$/, '$1'))) await released
    return serve(input)
  })
  return release
}
