/**
 * public/ holds what a static host serves as it is: the favicon, robots.txt, the web manifest and
 * the map topology. These checks keep index.html, the manifest and the files in step, and keep
 * everything on the app's own origin.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CSS_CUSTOM_PROPERTIES } from '../src/lib/tokens'

const root = resolve(__dirname, '..')
const read = (file: string) => readFileSync(resolve(root, file), 'utf8')
const html = read('index.html')

interface Manifest {
  name: string
  start_url: string
  display: string
  theme_color: string
  icons: Array<{ src: string; type: string; sizes: string }>
}
const manifest = JSON.parse(read('public/manifest.webmanifest')) as Manifest

/** The colour the app's header is painted with, resolved through its custom property. */
function headerBackground(): string {
  const css = read('src/app/layout.css')
  const rule = /\.app-header\s*\{([^}]*)\}/.exec(css)![1]!
  const background = /background:\s*([^;]+);/.exec(rule)![1]!.trim()
  const variable = /^var\((--[\w-]+)\)$/.exec(background)?.[1]
  if (!variable) return background
  // Colours are tokens (src/lib/tokens.ts) that the page sets as custom properties.
  return CSS_CUSTOM_PROPERTIES[variable]!
}

describe('public/', () => {
  it('index.html links the favicon and the manifest, and both are in public/', () => {
    const icon = /<link rel="icon" href="\/([^"]+)" type="image\/svg\+xml" \/>/.exec(html)?.[1]
    const link = /<link rel="manifest" href="\/([^"]+)" \/>/.exec(html)?.[1]
    expect(icon).toBe('favicon.svg')
    expect(link).toBe('manifest.webmanifest')
    expect(existsSync(resolve(root, 'public', icon!))).toBe(true)
    expect(existsSync(resolve(root, 'public', link!))).toBe(true)
  })

  it('has a web manifest for Legion Atlas whose icons are files in public/', () => {
    expect(manifest).toMatchObject({ name: 'Legion Atlas', start_url: './', display: 'standalone' })
    expect(manifest.icons).toEqual([expect.objectContaining({ src: 'favicon.svg', type: 'image/svg+xml' })])
    for (const icon of manifest.icons) expect(existsSync(resolve(root, 'public', icon.src))).toBe(true)
  })

  it("takes its theme colour from the app's header", () => {
    expect(manifest.theme_color).toBe(headerBackground())
    expect(html).toContain(`<meta name="theme-color" content="${headerBackground()}" />`)
  })

  it('refers to nothing on another origin', () => {
    const texts = ['public/manifest.webmanifest', 'public/favicon.svg'].map(read)
    const svg = texts[1]!
    // The SVG's namespace is an identifier, not a request.
    expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:|href=/)
    expect(texts[0]).not.toMatch(/https?:|\/\//)
  })

  it('has a robots.txt that lets every page be indexed', () => {
    expect(read('public/robots.txt')).toMatch(/^User-agent: \*\nDisallow:\n$/m)
  })
})
