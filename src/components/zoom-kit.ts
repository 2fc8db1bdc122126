/**
 * d3-zoom and the d3-selection it acts on: the pan and zoom gestures of the map and the org chart.
 * A chunk of its own (use-zoom-kit.ts), about 13 KB gzip with d3-transition and d3-drag, that no
 * first paint needs: the views show their opening view without it.
 */
export { zoom, zoomIdentity } from 'd3-zoom'
export type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom'
export { select } from 'd3-selection'
