/**
 * The overview's way of hanging units under their node, pure: their names flow in lines inside a
 * framed box, as words in a paragraph, each with its status mark; a unit's own units stay under
 * it, indented. Denser than a grid of cards, so the whole chart reads at once.
 */

/** A unit and the units below it: rows stacked, each its own card. */
export interface FlowItem<R> {
  rows: { row: R; nest: number; width: number; height: number }[]
  width: number
  height: number
}

export interface FlowGeometry {
  /** space inside the frame */
  pad: number
  /** between items on a line */
  gap: number
  /** between lines */
  lineGap: number
  /** a unit's own units: how far indented, and the space above each */
  indent: number
  stackGap: number
}

export interface FlowBox<R> {
  row: R
  x: number
  y: number
  width: number
  height: number
  /** the row above it in its item, for the link between them; null for an item's first row */
  over: R | null
}

/** Stacks a unit's rows into one item. */
export function flowItem<R>(rows: FlowItem<R>['rows'], g: FlowGeometry): FlowItem<R> {
  const width = Math.max(...rows.map((r) => r.nest * g.indent + r.width))
  const height = rows.reduce((a, r) => a + r.height, 0) + g.stackGap * (rows.length - 1)
  return { rows, width, height }
}

/**
 * Places items in lines no wider than `width` (the frame's, padding included), left to right in
 * reading order. Boxes are relative to the frame's top-left corner.
 */
export function flowItems<R>(
  items: FlowItem<R>[],
  width: number,
  g: FlowGeometry,
): { boxes: FlowBox<R>[]; height: number } {
  const boxes: FlowBox<R>[] = []
  const inner = width - 2 * g.pad
  let x = 0
  let y = g.pad
  let line = 0
  for (const item of items) {
    if (x > 0 && x + item.width > inner) {
      y += line + g.lineGap
      x = 0
      line = 0
    }
    let top = y
    const above: R[] = []
    for (const { row, nest, width: w, height } of item.rows) {
      boxes.push({
        row,
        x: g.pad + x + nest * g.indent,
        y: top,
        width: w,
        height,
        over: nest ? above[nest - 1]! : null,
      })
      above[nest] = row
      top += height + g.stackGap
    }
    x += item.width + g.gap
    line = Math.max(line, item.height)
  }
  return { boxes, height: y + line + g.pad }
}

/** The frame's narrowest and widest useful widths: the widest item; every item on one line. */
export function flowWidths<R>(items: FlowItem<R>[], g: FlowGeometry): [number, number] {
  const widest = Math.max(...items.map((i) => i.width))
  const oneLine = items.reduce((a, i) => a + i.width, 0) + g.gap * (items.length - 1)
  return [widest + 2 * g.pad, oneLine + 2 * g.pad]
}

/**
 * The frame widths worth trying, narrowest first: from the widest item (or `atLeast`) in steps of
 * 24 px, up to all items on one line or four times the narrowest, whichever is less.
 */
export function flowWidthSteps<R>(items: FlowItem<R>[], g: FlowGeometry, atLeast = 0): number[] {
  const [widest, all] = flowWidths(items, g)
  const max = all
  const min = Math.min(Math.max(widest, atLeast), all)
  const last = Math.min(max, 4 * min)
  const widths: number[] = []
  for (let w = min; w < last; w += 24) widths.push(w)
  widths.push(last)
  return widths
}
