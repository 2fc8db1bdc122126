/**
 * Markers that make small countries tappable at the zoom shown. Pure: no React, no DOM.
 *
 * A marker's target is 24×24 CSS px (WCAG 2.5.8) at any zoom. Every country the source covers
 * whose shape (its largest polygon) is under 24 px across at this zoom gets one, unless another
 * such country, or a country that always has a marker, is within 24 px: their targets would
 * overlap, and a region preset's zoom separates them instead (map-regions.ts).
 */
import type { CountryMarker, WorldGeometry } from './geo'

/** The side of the smallest target, in CSS pixels. */
export const TAP_TARGET_PX = 24

/** How big a country's shape is on screen: the smaller side of its largest polygon, in CSS px. */
export function shapeSidePx(geometry: WorldGeometry, iso3: string, pxPerUnit: number): number {
  const shape = geometry.byIso3.get(iso3)
  if (!shape) return 0
  const [[x0, y0], [x1, y1]] = shape.main.bounds
  return Math.min(x1 - x0, y1 - y0) * pxPerUnit
}

/**
 * The markers for small countries at a scale (CSS px per map unit: zoom × frame width ÷ viewBox
 * width), besides the `always` markers (countries with no shape, or a tiny one).
 */
export function tapMarkers(
  geometry: WorldGeometry,
  iso3s: readonly string[],
  always: readonly CountryMarker[],
  pxPerUnit: number,
): CountryMarker[] {
  const marked = new Set(always.map((m) => m.iso3))
  const small: CountryMarker[] = []
  for (const iso3 of iso3s) {
    const shape = geometry.byIso3.get(iso3)
    if (!shape || marked.has(iso3)) continue
    if (shapeSidePx(geometry, iso3, pxPerUnit) < TAP_TARGET_PX) small.push({ iso3, point: shape.main.point })
  }
  const near = (a: CountryMarker, b: CountryMarker) =>
    Math.hypot(a.point[0] - b.point[0], a.point[1] - b.point[1]) * pxPerUnit < TAP_TARGET_PX
  return small.filter((m) => ![...small, ...always].some((other) => other !== m && near(m, other)))
}
