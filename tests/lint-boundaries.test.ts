/**
 * The import boundaries of src/ (eslint.config.js) hold: planted code that crosses one is linted
 * through ESLint's Node API, with the real config and a real file path, and the rule that must
 * fire is named. Planted code is passed as text (lintText), so nothing is written under src/
 * except the few files no-cycle needs on disk, in src/model/__planted__/, removed afterwards.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint, type Linter } from 'eslint'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const src = path.join(root, 'src')

const RESTRICTED_PATHS = 'import-x/no-restricted-paths'
const NO_CYCLE = 'import-x/no-cycle'
const NO_UNRESOLVED = 'import-x/no-unresolved'
const BOUNDARY_RULES = [
  RESTRICTED_PATHS,
  NO_CYCLE,
  NO_UNRESOLVED,
  'no-restricted-imports',
  'no-restricted-syntax',
]

// One instance for the whole file: the config is loaded and the resolver warmed once.
const eslint = new ESLint({ cwd: root })

/** Lints `code` as if it were the file at `file` (relative to the repo root). */
async function lint(file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  const messages = result?.messages ?? []
  // A parse error or a crashed rule would make every assertion below meaningless.
  expect(messages.filter((m) => m.fatal || m.ruleId === null)).toEqual([])
  return messages
}

/** The boundary problems only, as "rule: message" lines (easy to read when an assertion fails). */
async function boundaryProblems(file: string, code: string): Promise<string[]> {
  const messages = await lint(file, code)
  return messages.filter((m) => BOUNDARY_RULES.includes(m.ruleId!)).map((m) => `${m.ruleId}: ${m.message}`)
}

async function ruleIds(file: string, code: string): Promise<string[]> {
  return (await lint(file, code)).map((m) => m.ruleId!)
}

const isModule = (name: string) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts')

/** Some real module in src/<dir>, as a path from the repo root without extension. */
function moduleIn(dir: string): string {
  const name = fs.readdirSync(path.join(src, dir)).filter(isModule).sort()[0]
  if (!name) throw new Error(`no .ts/.tsx module in src/${dir}`)
  return path.posix.join('src', dir, name.replace(/\.tsx?$/, ''))
}

/** The relative import specifier from `fromFile` to `toModule` (both from the repo root). */
function specifier(fromFile: string, toModule: string): string {
  const rel = path.posix.relative(path.posix.dirname(fromFile), toModule)
  return rel.startsWith('.') ? rel : `./${rel}`
}

const features = fs
  .readdirSync(path.join(src, 'features'), { withFileTypes: true })
  .filter(
    (entry) => entry.isDirectory() && fs.readdirSync(path.join(entry.parentPath, entry.name)).some(isModule),
  )
  .map((entry) => entry.name)
  .sort()

// Files that must exist on disk: no-cycle follows imports through files, and an allowed import
// into src/model needs a module there to resolve to (src/model may not exist yet).
const plantedDir = path.join(src, 'model', '__planted__')
const modelDirExisted = fs.existsSync(path.join(src, 'model'))
const planted = {
  'shared.ts': 'export const shared = 1\nexport type Shared = number\n',
  'cycle-a.ts': "import { b } from './cycle-b'\nexport const a = () => b() + 1\n",
  'cycle-b.ts': "import { a } from './cycle-a'\nexport const b = () => a() - 1\n",
  // A cycle whose back edge is type-only is erased at runtime: no-cycle must not report it.
  'types-c.ts': "import type { D } from './types-d'\nexport type C = { d?: D }\nexport const c = 1\n",
  'types-d.ts': "import { c } from './types-c'\nexport type D = number\nexport const d = c\n",
}
const plantedModel = 'src/model/__planted__/shared'

beforeAll(() => {
  fs.rmSync(plantedDir, { recursive: true, force: true })
  fs.mkdirSync(plantedDir, { recursive: true })
  for (const [name, code] of Object.entries(planted)) fs.writeFileSync(path.join(plantedDir, name), code)
})

afterAll(() => {
  fs.rmSync(plantedDir, { recursive: true, force: true })
  const modelDir = path.join(src, 'model')
  if (!modelDirExisted && fs.existsSync(modelDir) && fs.readdirSync(modelDir).length === 0)
    fs.rmdirSync(modelDir)
})

describe('features never import each other', { timeout: 60_000 }, () => {
  it('catches the planted cross-feature import from the issue', async () => {
    const problems = await boundaryProblems(
      'src/features/table/Planted.tsx',
      "import { MapView } from '../map/MapView'\nexport const planted = MapView\n",
    )
    expect(problems).toEqual([
      `${RESTRICTED_PATHS}: Unexpected path "../map/MapView" imported in restricted zone. ` +
        'Features never import each other (src/features/table imports another feature): ' +
        'move the shared piece to src/components/ or src/model/.',
    ])
  })

  it('has one zone per folder in src/features, read from disk', async () => {
    const config = await eslint.calculateConfigForFile(path.join(src, 'features', 'any', 'x.ts'))
    const [severity, options] = config.rules[RESTRICTED_PATHS]
    expect(severity).toBe(2)
    const featureTargets = (options.zones as { target: string; from: string }[])
      .filter((zone) => zone.from === 'src/features')
      .map((zone) => zone.target)
    const dirs = fs
      .readdirSync(path.join(src, 'features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `src/features/${entry.name}`)
    expect(featureTargets.sort()).toEqual(dirs.sort())
  })

  it('catches an import of every feature from every other feature', async () => {
    expect(features.length).toBeGreaterThanOrEqual(2)
    const missed: string[] = []
    for (const from of features) {
      const file = `src/features/${from}/Planted.tsx`
      for (const to of features.filter((f) => f !== from)) {
        const spec = specifier(file, moduleIn(`features/${to}`))
        const ids = await ruleIds(file, `import * as other from '${spec}'\nexport const planted = other\n`)
        if (!ids.includes(RESTRICTED_PATHS)) missed.push(`${from} -> ${spec}`)
      }
    }
    expect(missed).toEqual([])
  })

  it('catches type-only imports, re-exports and dynamic imports across features too', async () => {
    const file = 'src/features/details/Planted.ts'
    const spec = specifier(file, moduleIn('features/map'))
    const variants = [
      `import type * as other from '${spec}'\nexport type Planted = typeof other\n`,
      `export * from '${spec}'\n`,
      `export const planted = () => import('${spec}')\n`,
    ]
    for (const code of variants) expect(await ruleIds(file, code), code).toContain(RESTRICTED_PATHS)
  })

  it('allows imports inside one feature', async () => {
    const file = 'src/features/map/Planted.tsx'
    const spec = specifier(file, moduleIn('features/map'))
    expect(
      await boundaryProblems(file, `import * as own from '${spec}'\nexport const planted = own\n`),
    ).toEqual([])
  })
})

describe('lib, data and model never import the store or a feature', { timeout: 60_000 }, () => {
  const cases: [file: string, target: string][] = [
    ['src/lib/Planted.ts', moduleIn('store')],
    ['src/lib/Planted.ts', moduleIn('features/map')],
    ['src/lib/Planted.ts', moduleIn('components')],
    ['src/lib/Planted.ts', plantedModel],
    ['src/data/Planted.ts', moduleIn('store')],
    ['src/data/Planted.ts', moduleIn('features/timeline')],
    ['src/data/Planted.ts', moduleIn('components')],
    ['src/model/Planted.ts', moduleIn('store')],
    ['src/model/Planted.ts', moduleIn('features/orgchart')],
    ['src/model/Planted.ts', moduleIn('components')],
    ['src/model/Planted.ts', moduleIn('app')],
  ]
  it.each(cases)('%s may not import %s', async (file, target) => {
    const spec = specifier(file, target)
    // Type-only on purpose: a shared type imported from the store (IsoDate today) is a violation.
    const problems = await boundaryProblems(
      file,
      `import type * as above from '${spec}'\nexport type P = typeof above\n`,
    )
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(new RegExp(`^${RESTRICTED_PATHS}: Unexpected path "${spec}" imported`))
  })

  it('catches a re-export of the store from data', async () => {
    const file = 'src/data/Planted.ts'
    const spec = specifier(file, moduleIn('store'))
    expect(await ruleIds(file, `export * from '${spec}'\n`)).toContain(RESTRICTED_PATHS)
  })

  it("rejects an inline import('…') type, which the zones cannot see", async () => {
    const file = 'src/lib/Planted.ts'
    const spec = specifier(file, moduleIn('store'))
    expect(await ruleIds(file, `export type P = import('${spec}').Anything\n`)).toEqual([
      'no-restricted-syntax',
    ])
  })
})

describe('the other layers', { timeout: 60_000 }, () => {
  const cases: [file: string, target: string][] = [
    ['src/store/Planted.ts', moduleIn('components')],
    ['src/store/Planted.ts', moduleIn('features/table')],
    ['src/store/Planted.ts', moduleIn('app')],
    ['src/components/Planted.tsx', moduleIn('features/details')],
    ['src/components/Planted.tsx', moduleIn('app')],
    ['src/features/export/Planted.ts', moduleIn('app')],
  ]
  it.each(cases)('%s may not import %s', async (file, target) => {
    const spec = specifier(file, target)
    expect(await ruleIds(file, `import * as above from '${spec}'\nexport const p = above\n`)).toContain(
      RESTRICTED_PATHS,
    )
  })
})

describe('src/model is plain TypeScript', { timeout: 60_000 }, () => {
  it.each([
    "import { useState } from 'react'\nexport const p = useState\n",
    "import type { ReactNode } from 'react'\nexport type P = ReactNode\n",
    "import { createRoot } from 'react-dom/client'\nexport const p = createRoot\n",
    "import { create } from 'zustand'\nexport const p = create\n",
    "import { useShallow } from 'zustand/react/shallow'\nexport const p = useShallow\n",
    "import { useQuery } from '@tanstack/react-query'\nexport const p = useQuery\n",
  ])('rejects %s', async (code) => {
    expect(await ruleIds('src/model/Planted.ts', code)).toEqual(['no-restricted-imports'])
  })

  it('allows the same imports outside src/model', async () => {
    expect(
      await ruleIds('src/data/Planted.ts', "import { useState } from 'react'\nexport const p = useState\n"),
    ).toEqual([])
  })
})

describe('no-cycle', { timeout: 60_000 }, () => {
  it('catches a runtime cycle between two planted files', async () => {
    const problems = await boundaryProblems('src/model/__planted__/cycle-a.ts', planted['cycle-a.ts'])
    expect(problems).toEqual([`${NO_CYCLE}: Dependency cycle detected`])
  })

  it('ignores a cycle whose back edge is type-only', async () => {
    expect(await boundaryProblems('src/model/__planted__/types-d.ts', planted['types-d.ts'])).toEqual([])
  })
})

describe('allowed imports produce no boundary error', { timeout: 60_000 }, () => {
  const cases: [file: string, target: string][] = [
    ['src/features/table/Planted.tsx', plantedModel],
    ['src/features/table/Planted.tsx', moduleIn('components')],
    ['src/features/table/Planted.tsx', moduleIn('store')],
    ['src/features/table/Planted.tsx', moduleIn('data')],
    ['src/features/table/Planted.tsx', moduleIn('lib')],
    ['src/app/Planted.tsx', moduleIn('features/map')],
    ['src/app/Planted.tsx', moduleIn('store')],
    ['src/components/Planted.tsx', moduleIn('store')],
    ['src/components/Planted.tsx', plantedModel],
    ['src/store/Planted.ts', plantedModel],
    ['src/store/Planted.ts', moduleIn('data')],
    ['src/store/Planted.ts', moduleIn('lib')],
    ['src/model/Planted.ts', moduleIn('data')],
    ['src/model/Planted.ts', moduleIn('lib')],
    ['src/data/Planted.ts', plantedModel],
    ['src/data/Planted.ts', moduleIn('lib')],
    ['src/lib/Planted.ts', moduleIn('data')],
  ]
  it.each(cases)('%s may import %s', async (file, target) => {
    const spec = specifier(file, target)
    // Includes no-unresolved: the import really resolved, so the zones were really checked.
    expect(
      await boundaryProblems(file, `import * as below from '${spec}'\nexport const p = below\n`),
    ).toEqual([])
  })

  it('an import that does not resolve fails instead of slipping past the zones', async () => {
    expect(
      await ruleIds(
        'src/features/table/Planted.tsx',
        "import { X } from '../map/NoSuchFile'\nexport const p = X\n",
      ),
    ).toEqual([NO_UNRESOLVED])
  })
})
