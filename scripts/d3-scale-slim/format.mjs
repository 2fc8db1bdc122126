// d3-format as d3-scale gets it in the app's build (scripts/vite-plugin-slim-d3-scale.ts). Only
// a linear, power or log scale's `tickFormat` formats numbers with it, and the app labels no
// numeric axis with one, so each function throws, saying why.
function unused() {
  throw new Error(
    "This build's d3-scale formats no numbers (scripts/vite-plugin-slim-d3-scale.ts): " +
      'label the ticks with Intl.NumberFormat',
  )
}

export {
  unused as format,
  unused as formatPrefix,
  unused as formatSpecifier,
  unused as precisionFixed,
  unused as precisionPrefix,
  unused as precisionRound,
}
