/**
 * The lanes' vertical geometry: each lane is a band of marks, under its label on narrow screens.
 * Bands are at least HIT_SIZE tall (every mark's target) and grow to fill a taller pane. Pure.
 */
import { HIT_SIZE } from './event-lanes'

export interface LaneLayout {
  count: number
  /** px above the first lane */
  top: number
  /** px of label above each band (0 when labels sit in a gutter beside the lanes) */
  labelHeight: number
  bandHeight: number
}

const MAX_BAND = 56

/** Bands that fill `available` px (0: not measured), never below HIT_SIZE nor above MAX_BAND. */
export function laneLayout(count: number, available: number, labelsAbove: boolean, top = 2): LaneLayout {
  const labelHeight = labelsAbove ? 15 : 0
  const lanes = Math.max(1, count)
  const fill = Math.floor((available - top - 1) / lanes) - labelHeight
  return { count, top, labelHeight, bandHeight: Math.min(MAX_BAND, Math.max(HIT_SIZE, fill)) }
}

/** y of the top of a lane (its label, if above), and of its band. */
export function laneTop(layout: LaneLayout, lane: number): number {
  return layout.top + lane * (layout.labelHeight + layout.bandHeight)
}

export function bandTop(layout: LaneLayout, lane: number): number {
  return laneTop(layout, lane) + layout.labelHeight
}

/** y just under the last lane. */
export function lanesBottom(layout: LaneLayout): number {
  return laneTop(layout, Math.max(1, layout.count))
}
