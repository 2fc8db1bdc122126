/**
 * Which view of the chart to show, pure: the level of detail a scale draws, and the view the chart
 * opens on (readable, on its top or on the kept card) or "Fit to view" gives (the whole of it).
 */
import type { ViewTransform } from './view-transform'
import type { Detail } from './card-size'
import type { ChartScene } from './chart-scene'
import { centredTransform, fitScale, type Rect } from './viewport-geometry'

export const MIN_SCALE = 0.25
export const MAX_SCALE = 2
/** From this scale up the cards show their details; below it, the names alone. */
export const DETAIL_SCALE = 0.9
/** The scale at which the 14 px names read at 11 px: the chart never opens smaller. */
export const READABLE_SCALE = 11 / 14
/** Room kept around the chart by "Fit to view". */
const FIT_MARGIN = 6

export const detailAt = (k: number): Detail => (k >= DETAIL_SCALE ? 'full' : 'names')

/**
 * The chart's two drawings. The full cards' may be laid out only when first read: `fullArea`, where
 * given, is a bound below its width × height (chart-metrics.ts `fullCardsArea`).
 */
export type ChartScenes = Record<Detail, ChartScene> & { fullArea?: number }

/** Whether the full cards could fit `room` at DETAIL_SCALE, by their area: false needs no layout. */
const fullMayFit = (scenes: ChartScenes, room: { width: number; height: number }) =>
  (scenes.fullArea ?? 0) * DETAIL_SCALE * DETAIL_SCALE <= room.width * room.height * (1 + 1e-9)

/** Every card's box by id. */
export function boxesOf(scene: ChartScene): Map<string, Rect> {
  return new Map([...scene.chain.nodes, ...scene.other.nodes].map((n) => [n.row.id, n]))
}

/** Every card's box in each drawing; the full cards' when first read (they may not be laid out yet). */
export function boxesOfScenes(scenes: ChartScenes): Record<Detail, Map<string, Rect>> {
  let full: Map<string, Rect> | null = null
  return {
    names: boxesOf(scenes.names),
    get full() {
      return (full ??= boxesOf(scenes.full))
    },
  }
}

/**
 * The box to keep in view for the cards `ids`: all of them where they fit the view at scale k
 * (with a margin), else the first.
 */
export function keptBox(
  boxes: ReadonlyMap<string, Rect>,
  ids: readonly string[],
  view: { width: number; height: number },
  k: number,
  margin = 16,
): Rect | undefined {
  const found = ids.map((id) => boxes.get(id)).filter((b): b is Rect => !!b)
  if (!found.length) return undefined
  const x0 = Math.min(...found.map((b) => b.x))
  const y0 = Math.min(...found.map((b) => b.y))
  const union = {
    x: x0,
    y: y0,
    width: Math.max(...found.map((b) => b.x + b.width)) - x0,
    height: Math.max(...found.map((b) => b.y + b.height)) - y0,
  }
  const fits = union.width * k <= view.width - 2 * margin && union.height * k <= view.height - 2 * margin
  return fits ? union : found[0]
}

/**
 * The full cards where they fit at DETAIL_SCALE or more (not read where their area says they
 * cannot), else the names. "Fit to view" (`fit`)
 * shows the whole chart centred, at whatever scale that takes; the opening view never goes below
 * READABLE_SCALE, and shows the kept cards in the middle, or else the chart's top: its left part
 * where the chart is wider than the window, else with its root centred across.
 */
export function chooseView(
  scenes: ChartScenes,
  boxes: Record<Detail, ReadonlyMap<string, Rect>>,
  keep: readonly string[],
  view: { width: number; height: number },
  fit: boolean,
): [Detail, ViewTransform] {
  const room = { width: view.width - 2 * FIT_MARGIN, height: view.height - 2 * FIT_MARGIN }
  const full = fullMayFit(scenes, room) ? fitScale(scenes.full, room, MIN_SCALE) : 0
  const detail: Detail = full >= DETAIL_SCALE ? 'full' : 'names'
  const fitted =
    detail === 'full' ? full : Math.min(fitScale(scenes.names, room, MIN_SCALE), DETAIL_SCALE - 0.01)
  const k = fit || detail === 'full' ? fitted : Math.max(fitted, READABLE_SCALE)
  const scene = scenes[detail]
  const box = keptBox(boxes[detail], keep, view, k)
  const root = scene.chain.nodes.find((n) => n.row.parentId === null) ?? scene.other.nodes[0]
  if (fit) return [detail, centredTransform(k, scene, view, [scene.width / 2, scene.height / 2], 'centre')]
  if (box)
    return [
      detail,
      centredTransform(k, scene, view, [box.x + box.width / 2, box.y + box.height / 2], 'centre'),
    ]
  // A chart wider than the window opens on its left, where the Legion's own units are, whole; one
  // that fits across opens with its root centred.
  const across =
    scene.width * k > view.width ? view.width / (2 * k) : root ? root.x + root.width / 2 : scene.width / 2
  return [detail, centredTransform(k, scene, view, [across, 0], 'top')]
}
