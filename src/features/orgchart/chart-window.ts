/**
 * Which part of the drawing the chart renders, pure. A window shows a part of a big chart (at ten
 * times the data, one card in six): the cards outside it are not rendered, so that a date step or
 * a selection renders, lays out and paints what can be seen and not the whole chart. The part
 * rendered reaches past the window by a margin and stays put while the window moves inside it, so
 * that a pan renders nothing until it nears the edge.
 */
import type { ViewTransform } from './view-transform'
import type { Detail } from './card-size'
import type { Rect } from './viewport-geometry'

/** A part of one drawing, in its coordinates: [x0, x1] × [y0, y1]. */
export interface DrawnRegion {
  detail: Detail
  x0: number
  y0: number
  x1: number
  y1: number
}

/** How far past the window the rendered part reaches, as a share of the window's size. */
export const OVERSCAN = 0.5

/** What a window of `view`'s size shows of the drawing at transform t. */
export function shownPart(t: Pick<ViewTransform, 'k' | 'x' | 'y'>, view: { width: number; height: number }) {
  return { x0: -t.x / t.k, y0: -t.y / t.k, x1: (view.width - t.x) / t.k, y1: (view.height - t.y) / t.k }
}

/**
 * The part to render: `last` while it still holds all the window shows of the same drawing, else
 * what the window shows and OVERSCAN of its size all round. Null (render every card) before the
 * window has a size.
 */
export function regionToDraw(
  last: DrawnRegion | null,
  detail: Detail,
  t: Pick<ViewTransform, 'k' | 'x' | 'y'>,
  view: { width: number; height: number },
): DrawnRegion | null {
  if (!view.width || !view.height || !(t.k > 0)) return null
  const shown = shownPart(t, view)
  if (
    last &&
    last.detail === detail &&
    last.x0 <= shown.x0 &&
    last.y0 <= shown.y0 &&
    last.x1 >= shown.x1 &&
    last.y1 >= shown.y1
  )
    return last
  const dx = (shown.x1 - shown.x0) * OVERSCAN
  const dy = (shown.y1 - shown.y0) * OVERSCAN
  return { detail, x0: shown.x0 - dx, y0: shown.y0 - dy, x1: shown.x1 + dx, y1: shown.y1 + dy }
}

/** Whether a card's box meets the region (a card partly inside is rendered). */
export const meetsRegion = (region: DrawnRegion, box: Rect) =>
  box.x <= region.x1 &&
  box.x + box.width >= region.x0 &&
  box.y <= region.y1 &&
  box.y + box.height >= region.y0
