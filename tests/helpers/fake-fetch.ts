/**
 * A fetch that answers the app's requests from the repository's own files, as the dev server
 * would, with optional overrides per file (a broken body, a 404), for component tests in jsdom.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { vi } from 'vitest'
import { withoutQuotes } from '../../scripts/unquoted.mjs'
import { quotedFileOf } from '../../src/data/unquoted'

const root = resolve(__dirname, '../..')

export type FileOverride = { status: number } | { body: string }

/**
 * A file as the app serves it: data/ from the repository's data/ (an unquoted copy made from its
 * file, src/data/unquoted.ts), anything else from public/.
 */
export function repoFile(file: string): string {
  const quoted = quotedFileOf(file)
  if (quoted) return withoutQuotes(repoFile(quoted))
  return readFileSync(resolve(root, file.startsWith('data/') ? file : `public/${file}`), 'utf8')
}

export function installFakeFetch(overrides: Record<string, FileOverride> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const file = url.replace(/^.*?\/((?:data|geo)\/[^?]+).*$/, '$1')
    // An unquoted copy is made from its file, as the server makes it: the file's override is its copy's.
    const quoted = quotedFileOf(file)
    const override = overrides[file] ?? (quoted ? overrides[quoted] : undefined)
    if (override && 'status' in override) return new Response('not found', { status: override.status })
    const body =
      override && 'body' in override
        ? quoted && !overrides[file]
          ? withoutQuotes(override.body)
          : override.body
        : repoFile(file)
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}
