/**
 * The org chart window's geometry, given to d3-zoom: how far the chart may pan, how fast the
 * wheel zooms and how far to pan to bring a focused card into view. Pure: no DOM, no React.
 */
import { ViewTransform } from './view-transform'

/** [[x0, y0], [x1, y1]], as d3-zoom's extent and translateExtent. */
export type Extent = [[number, number], [number, number]]

export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** Zoom factor per wheel pixel, as a natural exponent: e^(-0.002 × deltaY). */
const WHEEL_RATE = 0.002
/** Pixels per wheel line and per wheel page (d3-zoom's own ratios, 0.05 and 1 against 0.002). */
const LINE_PX = 25
const PAGE_PX = 500

/**
 * d3-zoom's constrain: the chart never leaves the window. Along an axis where the scaled chart is
 * larger than the window it pans until its edge meets the window's edge; where it is smaller it
 * is centred across and held at the top.
 */
export function constrainChart(transform: ViewTransform, view: Extent, content: Extent): ViewTransform {
  const { k } = transform
  const along = (t: number, v0: number, v1: number, c0: number, c1: number, centre: boolean) => {
    const room = v1 - v0 - (c1 - c0) * k
    if (room >= 0) return v0 - c0 * k + (centre ? room / 2 : 0)
    return Math.min(v0 - c0 * k, Math.max(v1 - c1 * k, t))
  }
  const x = along(transform.x, view[0][0], view[1][0], content[0][0], content[1][0], true)
  const y = along(transform.y, view[0][1], view[1][1], content[0][1], content[1][1], false)
  return x === transform.x && y === transform.y ? transform : new ViewTransform(k, x, y)
}

/**
 * d3-zoom's wheelDelta (the log2 of the zoom factor). The factor is e^(-0.002 × deltaY pixels) for
 * a Ctrl/⌘ + wheel and for a trackpad pinch alike; d3's default multiplies by 10 whenever Ctrl is
 * held, which turns one notch of a Ctrl + mouse wheel into a fourfold zoom.
 */
export function wheelZoomDelta(event: Pick<WheelEvent, 'deltaY' | 'deltaMode'>): number {
  const px = event.deltaY * (event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? PAGE_PX : 1)
  return (-px * WHEEL_RATE) / Math.LN2
}

/**
 * How far to pan, in screen pixels [dx, dy], so that a box lies inside the window with a margin
 * (0 along an axis where it already does). A box larger than the window shows its top-left part.
 */
export function revealShift(box: Box, view: Box, margin = 12): [number, number] {
  const along = (a0: number, a1: number, v0: number, v1: number) => {
    if (a0 < v0 + margin) return v0 + margin - a0
    if (a1 > v1 - margin) return Math.max(v1 - margin - a1, v0 + margin - a0)
    return 0
  }
  return [
    along(box.left, box.right, view.left, view.right),
    along(box.top, box.bottom, view.top, view.bottom),
  ]
}

/** A card's box in the chart's own coordinates. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** The scale that shows a w×h chart whole in a view, never above 1 and never below `min`. */
export function fitScale(
  content: { width: number; height: number },
  view: { width: number; height: number },
  min = 0.2,
): number {
  if (!content.width || !content.height || !view.width || !view.height) return 1
  return Math.max(min, Math.min(1, view.width / content.width, view.height / content.height))
}

/**
 * The transform at scale k that puts the chart's point (cx, cy) at the view's centre (`centre`),
 * or centred across with the chart's top at the top (`top`); kept inside the window.
 */
export function centredTransform(
  k: number,
  content: { width: number; height: number },
  view: { width: number; height: number },
  [cx, cy]: [number, number],
  align: 'centre' | 'top',
): ViewTransform {
  const t = new ViewTransform(k, view.width / 2 - cx * k, align === 'top' ? 0 : view.height / 2 - cy * k)
  return constrainChart(t, extentOf(view), extentOf(content))
}

export const extentOf = (size: { width: number; height: number }): Extent => [
  [0, 0],
  [size.width, size.height],
]

/**
 * The transform that brings a card into the view with a margin, by panning alone where the card
 * fits at the current scale, and zooming out only as far as it must where it does not. The same
 * transform where the card is already inside.
 */
export function keepInView(
  t: ViewTransform,
  box: Rect,
  view: { width: number; height: number },
  margin = 16,
): ViewTransform {
  const room = { width: view.width - 2 * margin, height: view.height - 2 * margin }
  const k = Math.min(t.k, room.width / box.width, room.height / box.height)
  const scaled = k === t.k ? t : new ViewTransform(k, t.x, t.y)
  const [dx, dy] = revealShift(
    {
      left: scaled.applyX(box.x),
      top: scaled.applyY(box.y),
      right: scaled.applyX(box.x + box.width),
      bottom: scaled.applyY(box.y + box.height),
    },
    { left: 0, top: 0, right: view.width, bottom: view.height },
    margin,
  )
  return dx || dy || scaled !== t ? new ViewTransform(k, scaled.x + dx, scaled.y + dy) : t
}

/**
 * Where a point of one layout lies in another: at the same place relative to the nearest card
 * both have (inside it, in proportion; beside it, at the same offset). Used when the level of
 * detail changes, so that what was under the pointer stays there.
 */
export function matchPoint(
  [px, py]: [number, number],
  from: ReadonlyMap<string, Rect>,
  to: ReadonlyMap<string, Rect>,
): [number, number] {
  let nearest: { a: Rect; b: Rect; d: number } | null = null
  for (const [id, a] of from) {
    const b = to.get(id)
    if (!b) continue
    const dx = Math.max(a.x - px, 0, px - a.x - a.width)
    const dy = Math.max(a.y - py, 0, py - a.y - a.height)
    const d = dx * dx + dy * dy
    if (!nearest || d < nearest.d) nearest = { a, b, d }
  }
  if (!nearest) return [px, py]
  const { a, b } = nearest
  const along = (p: number, a0: number, aw: number, b0: number, bw: number) =>
    p < a0 ? b0 - (a0 - p) : p > a0 + aw ? b0 + bw + (p - a0 - aw) : b0 + ((p - a0) / aw) * bw
  return [along(px, a.x, a.width, b.x, b.width), along(py, a.y, a.height, b.y, b.height)]
}

/**
 * Which input d3-zoom acts on. Ctrl/⌘ + wheel (and a trackpad pinch, which the browser reports
 * so) zooms; a plain wheel is left to the page. A left-button drag pans (not Ctrl + click, the
 * context menu on a Mac); one finger pans and two pinch. A drag needs the event's window, which a
 * synthetic mousedown (a script's, a test's) may not have.
 */
export function acceptInput(event: MouseEvent | TouchEvent): boolean {
  if (event.type === 'wheel') return event.ctrlKey || event.metaKey
  if (event.type === 'touchstart') return true
  return (event as MouseEvent).button === 0 && !event.ctrlKey && event.view !== null
}
