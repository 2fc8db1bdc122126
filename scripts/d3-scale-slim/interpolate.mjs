// d3-interpolate as d3-scale gets it in the app's build (scripts/vite-plugin-slim-d3-scale.ts).
// d3-scale's continuous scales interpolate their range with d3's generic `interpolate`, which
// can blend colours, strings, arrays and objects, and so brings all of d3-color. Every range the
// app gives a scale is numbers (pixels, radii), so here `interpolate` blends numbers and dates
// and throws for anything else, saying why, instead of blending it silently wrong.
// The three blends are d3-interpolate's own one-liners (ISC licence), copied rather than imported:
// d3-interpolate is one module, so importing from it would share the whole of it (colours too,
// which d3-zoom's transitions use) with the first load.

/** d3's interpolateNumber */
export function interpolateNumber(a, b) {
  return ((a = +a), (b = +b), (t) => a * (1 - t) + b * t)
}

/** d3's interpolateRound */
export function interpolateRound(a, b) {
  return ((a = +a), (b = +b), (t) => Math.round(a * (1 - t) + b * t))
}

/** d3's interpolateDate */
function interpolateDate(a, b) {
  const date = new Date()
  return ((a = +a), (b = +b), (t) => (date.setTime(a * (1 - t) + b * t), date))
}

/** d3's `interpolate` for numbers and dates: what a scale with a numeric range calls. */
export function interpolate(a, b) {
  if (typeof b === 'number') return interpolateNumber(a, b)
  if (b instanceof Date) return interpolateDate(a, b)
  throw new Error(
    `This build's d3-scale interpolates numbers and dates only, not ${JSON.stringify(b)} ` +
      '(scripts/vite-plugin-slim-d3-scale.ts): pass the scale an interpolator of its own',
  )
}

/** Only d3-scale's diverging scales call it, and the app has none. */
export function piecewise() {
  throw new Error("This build's d3-scale has no diverging scales (scripts/vite-plugin-slim-d3-scale.ts)")
}
