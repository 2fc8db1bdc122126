/**
 * The org chart's sizes per level of detail, pure: the metrics `layoutScene` draws with, card
 * heights and widths from each card's text in the page's fonts (card-size.ts).
 */
import {
  estimateCardHeight,
  naturalUnitWidth,
  widthForName,
  wrappedLines,
  type Detail,
  type TextMeasure,
} from './card-size'
import type { NodeText } from './node-text'
import type { ChartMetrics } from './org-layout'
import type { TreeRow } from './org-structure'

export const OTHER_TITLE = 'Other units named in the source'
export const OTHER_NOTE = "The source names these units without placing them in the Legion's structure."

/** Sizes of the drawing per level of detail; card text sizes are in card-size.ts. */
const METRICS: Record<Detail, Omit<ChartMetrics, 'cardHeight' | 'structureWidth'>> = {
  names: {
    // The widest a unit's name runs before it wraps, among the others flowing under its node.
    cardWidth: 170,
    columnGap: 10,
    branchGap: 16,
    levelGap: 12,
    stackGap: 2,
    indent: 12,
    margin: 6,
    stub: 10,
  },
  full: {
    cardWidth: 196,
    columnGap: 16,
    branchGap: 22,
    levelGap: 26,
    stackGap: 6,
    indent: 16,
    margin: 12,
    stub: 16,
  },
}

/** Structural cards: at least this wide, on one line up to the second, else on two up to the third. */
const STRUCTURE_WIDTH: Record<Detail, [number, number, number]> = {
  names: [120, 170, 220],
  full: [208, 320, 340],
}

const isUnitRow = (row: TreeRow) => row.datum.type === 'unit' && row.datum.unit.kind === 'unit'

/** The metrics for one level of detail, each card sized from its text. */
export function chartMetrics(
  detail: Detail,
  text: (row: TreeRow) => NodeText,
  measure: TextMeasure,
): ChartMetrics {
  return {
    ...METRICS[detail],
    structureWidth: (row) => widthForName(text(row), STRUCTURE_WIDTH[detail], detail, measure),
    flow:
      detail === 'names'
        ? {
            naturalWidth: (row) => naturalUnitWidth(text(row), row.childCount > 0, measure),
            pad: 5,
            lineGap: 2,
          }
        : undefined,
    cardHeight: (row, width) =>
      estimateCardHeight(text(row), width, isUnitRow(row), detail, measure, row.childCount > 0),
  }
}

/** The height of the other units' heading (title and note, kept in step with orgchart.css) at a width. */
export const otherHeadingHeight = (measure: TextMeasure) => (width: number) =>
  wrappedLines(OTHER_TITLE, width, (t) => measure(t, 'name')) * 17 +
  wrappedLines(OTHER_NOTE, width, (t) => measure(t, 'meta')) * 16 +
  2

/**
 * The area of the full cards as `layoutScene` sizes them: the chain's units in their grids' cells
 * (narrowed by an indent per unit above them in the cell), its other cards at their structural
 * width, the other units at the card width. The cards do not overlap, so no drawing of them is
 * smaller: the opening view can tell the full cards will not fit without laying them out.
 */
export function fullCardsArea(chainRows: TreeRow[], otherRows: TreeRow[], m: ChartMetrics): number {
  const nestOf = new Map<string, number | null>()
  let area = 0
  for (const row of chainRows) {
    const above = row.parentId === null ? undefined : nestOf.get(row.parentId)
    // null: drawn as a structural card; a number: in a cell of units, that many below its first.
    const nest = above != null ? above + 1 : above === null && isUnitRow(row) ? 0 : null
    nestOf.set(row.id, nest)
    const width = nest === null ? (m.structureWidth?.(row) ?? m.cardWidth) : m.cardWidth - m.indent * nest
    area += width * m.cardHeight(row, width)
  }
  for (const row of otherRows) area += m.cardWidth * m.cardHeight(row, m.cardWidth)
  return area
}
