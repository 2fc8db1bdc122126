/**
 * d3-scale imports d3-interpolate, d3-format and d3-time-format, and keeps much of them in the
 * bundle whatever a scale is used for: a continuous scale's default interpolator can blend colours
 * (all of d3-color), a time scale makes its tick formats when it is made, and every continuous
 * scale has a `tickFormat`. The app's scales map numbers and dates onto numbers, and the app
 * labels its ticks itself, so this plugin gives d3-scale (and only d3-scale) the slim modules in
 * ./d3-scale-slim/: an `interpolate` for numbers and dates, and number and date formats that throw,
 * saying why, if anything asks them to format. About 10 KB gzip less on first load. Other
 * importers (d3-zoom's transitions, loaded later) get the libraries as they are.
 */
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

const SLIM: Record<string, string> = {
  'd3-interpolate': 'interpolate.mjs',
  'd3-format': 'format.mjs',
  'd3-time-format': 'time-format.mjs',
}

/** The slim module d3-scale gets for `source`, or null for any other import. */
export function slimModuleFor(source: string, importer: string | undefined): string | null {
  if (!importer?.replaceAll('\\', '/').includes('/node_modules/d3-scale/')) return null
  const file = SLIM[source]
  return file ? fileURLToPath(new URL(`./d3-scale-slim/${file}`, import.meta.url)) : null
}

export function slimD3Scale(): Plugin {
  return {
    name: 'legion-atlas:slim-d3-scale',
    enforce: 'pre',
    resolveId(source, importer) {
      return slimModuleFor(source, importer)
    },
  }
}
