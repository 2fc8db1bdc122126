import { act, screen, within } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../src/app/App'
import { useAppStore } from '../src/store/app-store'
import { repoFile } from './helpers/fake-fetch'
import { renderWithData } from './helpers/render-app'

afterEach(() => vi.unstubAllGlobals())

const MARKUP = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>'

describe('data text is rendered as text', () => {
  it('shows a statement, a name and a quote that hold markup literally, creating no elements', async () => {
    const countries = JSON.parse(repoFile('data/countries.json')) as Array<Record<string, any>>
    const poland = countries.find((c) => c.iso3 === 'POL')!
    poland.statement = `Statement ${MARKUP}`
    poland.ambiguity = `Why ${MARKUP}`
    poland.ambiguous = true
    const { container } = renderWithData(<App />, {
      'data/countries.json': { body: JSON.stringify(countries) },
    })
    await screen.findByRole('group', { name: /^World map/ })
    act(() => useAppStore.getState().selectCountry('POL'))
    const article = await screen.findByRole('article', { name: 'Poland' })
    // The statement and the note come with the full file, after the details first show.
    expect(await within(article).findByText(`Statement ${MARKUP}`)).toBeInTheDocument()
    expect(within(article).getByText(`Why ${MARKUP}`, { exact: false })).toBeInTheDocument()
    expect(container.querySelector('img, script, b')).toBeNull()
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined()
  })
})

describe('the page', () => {
  it("sets a Content-Security-Policy that allows only the app's own origin", () => {
    const html = readFileSync(resolve(__dirname, '../index.html'), 'utf8')
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(csp).toBeDefined()
    const directives = Object.fromEntries(
      csp!.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values]
      }),
    )
    expect(directives['default-src']).toEqual(["'self'"])
    expect(directives['script-src']).toEqual(["'self'"])
    expect(directives['connect-src']).toEqual(["'self'"])
    expect(directives['object-src']).toEqual(["'none'"])
    for (const values of Object.values(directives) as string[][])
      for (const v of values) expect(v).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/)
  })
})
