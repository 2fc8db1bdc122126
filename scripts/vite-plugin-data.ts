/**
 * Serves the repository's data/*.json from the app's own origin, in dev and in the production
 * build, so the data stays where people edit it (data/) and nothing is fetched from another origin.
 *   /data/<name>.json  <- data/<name>.json, minified
 *   /data/brief/<name>.json  <- its brief copy, for countries, units and events
 *     (src/data/brief-copies.ts, made by ./brief-copy.mjs): the copies the first load reads
 * A missing file answers 404 (not the SPA's index.html), so the app can say which file is missing.
 * The map's shapes, /geo/world-shapes-overview.json and /geo/world-shapes.json, are committed
 * files in public/ that Vite serves and copies as they are (`npm run prepare-topology` writes them). The page preloads the files its views
 * read at once after its first paint (src/data/first-files.ts, src/app/boot.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { BRIEF_COPY_FILES, fileOfBriefCopy, briefCopyPath } from '../src/data/brief-copies'
import { briefCopyOf } from './brief-copy.mjs'

function dataFiles(root: string): string[] {
  return readdirSync(resolve(root, 'data'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => `data/${name}`)
}

/** A served file's body, or null when there is no such file. Invalid JSON is served as it is. */
function servedText(root: string, file: string): string | null {
  const full = fileOfBriefCopy(file)
  if (full) {
    const text = servedText(root, full)
    return text === null ? null : briefCopyOf(text)
  }
  const path = resolve(root, file)
  if (!file.startsWith('data/') || !existsSync(path)) return null
  const text = readFileSync(path, 'utf8')
  try {
    return JSON.stringify(JSON.parse(text))
  } catch {
    return text
  }
}

export function serveDataFiles(): Plugin {
  let root = process.cwd()
  return {
    name: 'legion-atlas:data-files',
    configResolved(config) {
      root = config.root
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? ''
        const match = /^\/(data\/(?:brief\/)?[^/]+\.json)$/.exec(url)
        if (!match) return next()
        const body = servedText(root, match[1]!)
        if (body === null) {
          res.statusCode = 404
          res.end(`${match[1]} not found`)
          return
        }
        res.setHeader('Content-Type', 'application/json')
        res.end(body)
      })
    },
    generateBundle() {
      for (const fileName of [...dataFiles(root), ...BRIEF_COPY_FILES.map(briefCopyPath)]) {
        const source = servedText(root, fileName)
        if (source !== null) this.emitFile({ type: 'asset', fileName, source })
      }
    },
  }
}
