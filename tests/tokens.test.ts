/**
 * The tokens are the one source of colours, fonts and sizes: every token is set as a custom
 * property, every custom property the CSS reads is defined, and the CSS split out of app.css
 * (page, map, details, sources, exports) holds no colour of its own.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyTokens, CATEGORY_COLOR, COLOR, CSS_CUSTOM_PROPERTIES, FONT } from '../src/lib/tokens'
import { CATEGORY_FILL, NOT_IN_SOURCE_FILL } from '../src/model/map-layer'

const src = resolve(__dirname, '../src')

function filesIn(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return filesIn(path, pattern)
    return pattern.test(entry.name) ? [path] : []
  })
}

const cssFiles = filesIn(src, /\.css$/).map((path) => ({
  name: relative(src, path),
  text: readFileSync(path, 'utf8'),
}))

/** Files whose colours all come from the tokens. */
const TOKENISED = [
  'app/app.css',
  'features/map/map.css',
  'features/details/details.css',
  'features/sources/sources.css',
  'components/export-menu.css',
  'components/bottom-sheet.css',
  'app/layout.css',
]

describe('the tokens', () => {
  it('are all set on :root as custom properties', () => {
    const root = document.documentElement
    applyTokens(root.style)
    for (const [name, value] of Object.entries(CSS_CUSTOM_PROPERTIES))
      expect(root.style.getPropertyValue(name), name).toBe(value)
    expect(CSS_CUSTOM_PROPERTIES['--ink-muted']).toBe(COLOR.inkMuted)
    expect(CSS_CUSTOM_PROPERTIES['--cat-figure-undated']).toBe(CATEGORY_COLOR.figureUndated)
    expect(CSS_CUSTOM_PROPERTIES['--font-body']).toBe(FONT.body)
  })

  it('give the map its fills', () => {
    expect(CATEGORY_FILL.illegal).toBe(CATEGORY_COLOR.illegal)
    expect(CATEGORY_FILL['no-figure']).toBe(CATEGORY_COLOR.noFigure)
    expect(NOT_IN_SOURCE_FILL).toBe(COLOR.mapNotInSource)
  })
})

describe('the CSS', () => {
  // Custom properties defined elsewhere: declared in a CSS file, or set inline by a component.
  const declared = new Set(
    cssFiles.flatMap((f) => [...f.text.matchAll(/(--[a-z0-9-]+)\s*:/g)].map((m) => m[1]!)),
  )
  const setInline = new Set(
    filesIn(src, /\.tsx?$/).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/'(--[a-z0-9-]+)'/g)].map((m) => m[1]!),
    ),
  )

  it('reads only custom properties that are defined', () => {
    expect(cssFiles.length).toBeGreaterThan(4)
    const undefinedUses = cssFiles.flatMap((f) =>
      [...f.text.matchAll(/var\(\s*(--[a-z0-9-]+)/g)]
        .map((m) => m[1]!)
        .filter((name) => !(name in CSS_CUSTOM_PROPERTIES) && !declared.has(name) && !setInline.has(name))
        .map((name) => `${f.name}: ${name}`),
    )
    expect(undefinedUses).toEqual([])
  })

  it('takes every colour of the page, map, details, sources and exports from the tokens', () => {
    for (const name of TOKENISED) {
      const file = cssFiles.find((f) => f.name === name)
      expect(file, name).toBeDefined()
      const colours = file!.text.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi) ?? []
      expect(colours, name).toEqual([])
    }
  })

  it('keeps each file under 400 lines', () => {
    const long = cssFiles.filter((f) => TOKENISED.includes(f.name) && f.text.split('\n').length > 400)
    expect(long.map((f) => f.name)).toEqual([])
  })
})
