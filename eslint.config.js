import fs from 'node:fs'
import path from 'node:path'
import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// Every path below is taken from this file's folder, so the rules mean the same whatever the
// working directory of the ESLint process (the CLI, an editor, or the Node API in a test).
const root = import.meta.dirname

// Layers of src/, highest first. A layer may import the layers below it, never the ones above:
//   app        -> anything
//   features/* -> components, store, model, data, lib   (never another feature, never app)
//   components -> store, model, data, lib
//   store      -> model, data, lib
//   model      -> data, lib   (plain TypeScript: no React, no zustand)
//   data       -> model, lib
//   lib        -> data (types from the schema)
// Shared types such as IsoDate therefore belong in model/ (or lib/), not in the store.
const NOT_THE_STORE = 'never imports the store, a feature, src/app or src/components'

// One zone per feature folder, read from disk, so a new feature is covered without editing this file.
const featuresDir = path.join(root, 'src/features')
const features = fs.existsSync(featuresDir)
  ? fs
      .readdirSync(featuresDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
  : []

const featureZones = features.map((feature) => ({
  target: `src/features/${feature}`,
  from: 'src/features',
  except: [`./${feature}`],
  message: `Features never import each other (src/features/${feature} imports another feature): move the shared piece to src/components/ or src/model/.`,
}))

const layerZones = [
  {
    target: 'src/features',
    from: 'src/app',
    message: 'A feature never imports src/app.',
  },
  {
    target: 'src/components',
    from: ['src/features', 'src/app'],
    message: 'src/components is shared UI: it never imports a feature or src/app.',
  },
  {
    target: 'src/store',
    from: ['src/features', 'src/app', 'src/components'],
    message: 'The store never imports a feature, src/app or src/components.',
  },
  {
    target: 'src/model',
    from: ['src/store', 'src/features', 'src/app', 'src/components'],
    message: `src/model ${NOT_THE_STORE}: a type the store shares, such as IsoDate, lives here and the store imports it.`,
  },
  {
    target: 'src/data',
    from: ['src/store', 'src/features', 'src/app', 'src/components'],
    message: `src/data ${NOT_THE_STORE}: move a shared type such as IsoDate out of the store into src/model/.`,
  },
  {
    target: 'src/lib',
    from: ['src/store', 'src/features', 'src/app', 'src/components', 'src/model'],
    message: `src/lib ${NOT_THE_STORE}, nor src/model: move a shared type it needs, such as IsoDate, into src/lib/.`,
  },
]

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'screenshots'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Import boundaries (eslint-plugin-import-x). The TypeScript resolver turns '../map/MapView' into
  // src/features/map/MapView.tsx; without a resolver no-restricted-paths cannot see where an import
  // points and stays silent, so no-unresolved is on too: a broken resolver fails loudly.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: path.join(root, 'tsconfig.app.json') }),
      ],
    },
    rules: {
      // Sees `import`, `import type`, `export … from` and `import()`; type-only imports count.
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: [...featureZones, ...layerZones] }],
      // Runtime cycles only (type-only imports are erased); node_modules is not walked.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-unresolved': 'error',
      // An inline `import('…').T` type is not an import declaration, so the zones above would miss it.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSImportType',
          message:
            "Use an `import type` declaration instead of an inline import('…') type, so the import boundaries see it.",
        },
      ],
    },
  },
  {
    files: ['src/model/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react/*',
                'react-dom',
                'react-dom/*',
                'zustand',
                'zustand/*',
                '@tanstack/react-*',
              ],
              message: 'src/model is plain TypeScript: no React, no zustand.',
            },
          ],
        },
      ],
    },
  },
)
