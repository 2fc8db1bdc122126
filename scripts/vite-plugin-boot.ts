/**
 * The page's entry is src/app/boot.ts, which imports the app (src/app/main.tsx) after the first
 * paint. The app's CSS must style that paint, so this plugin links it in the built page's head,
 * where Vite would add it only once the import runs (its import helper then finds it there and
 * adds it no more).
 */
import type { HtmlTagDescriptor, Plugin } from 'vite'

const APP_MODULE = 'src/app/main.tsx'

interface ChunkLike {
  type: string
  fileName: string
  facadeModuleId?: string | null
  imports?: string[]
  viteMetadata?: { importedCss: Set<string> }
}

export function linkAppStylesheet(): Plugin {
  let base = '/'
  return {
    name: 'legion-atlas:link-app-stylesheet',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx): HtmlTagDescriptor[] {
        const chunks = Object.values(ctx.bundle ?? {}) as ChunkLike[]
        const app = chunks.find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(APP_MODULE))
        if (!app) throw new Error(`the build has no chunk for ${APP_MODULE}`)
        const byName = new Map(chunks.map((c) => [c.fileName, c]))
        const styles = [app.fileName, ...(app.imports ?? [])].flatMap((name) => [
          ...(byName.get(name)?.viteMetadata?.importedCss ?? []),
        ])
        return styles.map((href) => ({
          tag: 'link',
          attrs: { rel: 'stylesheet', href: `${base}${href}` },
          injectTo: 'head',
        }))
      },
    },
  }
}
