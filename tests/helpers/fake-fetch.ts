/**
 * A fetch that answers the app's requests from the repository's own files, as the dev server
 * would, with optional overrides per file (a broken body, a 404), for component tests in jsdom.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { vi } from 'vitest'

const root = resolve(__dirname, '../..')

export type FileOverride = { status: number } | { body: string }

/** A file as the app serves it: data/ from the repository's data/, anything else from public/. */
export function repoFile(file: string): string {
  return readFileSync(resolve(root, file.startsWith('data/') ? file : `public/${file}`), 'utf8')
}

export function installFakeFetch(overrides: Record<string, FileOverride> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const file = url.replace(/^.*?\/((?:data|geo)\/[^?]+).*$/, '$1')
    const override = overrides[file]
    if (override && 'status' in override) return new Response('not found', { status: override.status })
    const body = override && 'body' in override ? override.body : repoFile(file)
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}
