// d3-time-format as d3-scale gets it in the app's build (scripts/vite-plugin-slim-d3-scale.ts).
// A time scale makes its default tick formats when it is made, but only its `tickFormat` calls
// them, and the app labels its dates itself (tickLabel in src/lib/dates.ts). So a format here can
// be made, and throws, saying why, when it is asked to format a date.
function unusedFormat() {
  throw new Error(
    "This build's d3-scale formats no dates (scripts/vite-plugin-slim-d3-scale.ts): " +
      'label the ticks with tickLabel (src/lib/dates.ts)',
  )
}

/** A format that cannot format: what a time scale keeps for a `tickFormat` the app never calls. */
function makeFormat() {
  return unusedFormat
}

export { makeFormat as timeFormat, makeFormat as utcFormat }
