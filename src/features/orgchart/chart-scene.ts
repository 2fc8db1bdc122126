/**
 * The whole drawing of the org chart, pure: the chain of command (`layoutTree`) and, framed apart,
 * the units the source names without placing them. Of the column counts and the places for the
 * framed block, it keeps the arrangement that fills a window of the given shape best.
 */
import { footprint, undersideOf } from './chart-underside'
import { balancedSplits, stackHeight } from './grid-columns'
import { flowItem, flowItems, flowWidths, type FlowGeometry } from './unit-flow'
import {
  gridBudgets,
  layoutTree,
  shapeKey,
  type ChartLayout,
  type ChartMetrics,
  type Frame,
  type PlacedNode,
} from './org-layout'
import type { TreeRow } from './org-structure'

export interface ChartScene {
  width: number
  height: number
  /** the chain of command, in the scene's coordinates */
  chain: ChartLayout
  /** the units the source names without placing them */
  other: ChartLayout
  /** the frame around them and the box of its heading at the top; null without any */
  otherFrame: (Frame & { heading: Frame }) | null
}

export interface SceneOptions {
  /** the window's width over its height: the drawing is arranged to be about this shape */
  aspect: number
  /** the height of the other units' heading, wrapped to a width */
  headingHeight: (width: number) => number
  /** make every layout of the chain rather than search for the best (the tests' reference) */
  everyLayout?: boolean
}

const EMPTY: ChartLayout = { nodes: [], links: [], frames: [], width: 0, height: 0 }

/** A scene with nothing in it: what the window holds until it knows its shape. */
export const EMPTY_SCENE: ChartScene = { width: 0, height: 0, chain: EMPTY, other: EMPTY, otherFrame: null }

/** The framed block of unplaced units, at (0, 0): its heading, then its units in columns or flowing. */
interface Block {
  nodes: PlacedNode[]
  width: number
  height: number
  heading: Frame
}

/**
 * The block's possible shapes: in the overview (`flow`) its units flow at widths from the widest
 * unit to all on one line; else they stand in one to n columns, each column keeping the room a
 * grid column has at its left, where the chart draws a unit's status mark.
 */
function otherBlocks(rows: TreeRow[], m: ChartMetrics, options: SceneOptions): Block[] {
  if (!rows.length) return []
  const pad = m.stackGap + 4
  const finish = (width: number, place: (top: number) => { nodes: PlacedNode[]; height: number }): Block => {
    const heading = { x: pad, y: pad, width: width - 2 * pad, height: options.headingHeight(width - 2 * pad) }
    const placed = place(pad + heading.height + m.stackGap + 2)
    return { nodes: placed.nodes, width, height: placed.height + pad, heading }
  }
  if (m.flow) {
    const naturalWidth = m.flow.naturalWidth
    const g: FlowGeometry = {
      pad,
      gap: m.columnGap,
      lineGap: m.flow.lineGap,
      indent: m.indent,
      stackGap: m.stackGap,
    }
    const items = rows.map((row) => {
      const width = Math.min(naturalWidth(row), m.cardWidth)
      return flowItem([{ row, nest: 0, width, height: m.cardHeight(row, width) }], g)
    })
    const [min, max] = flowWidths(items, g)
    const widths: number[] = []
    for (let w = Math.max(min, 160); w < max; w += 24) widths.push(w)
    widths.push(Math.max(max, 160))
    return widths.map((width) =>
      finish(width, (top) => {
        const flowed = flowItems(items, width, g)
        const nodes = flowed.boxes.map((b) => ({
          row: b.row,
          x: b.x,
          y: top - pad + b.y,
          width: b.width,
          height: b.height,
        }))
        return { nodes, height: top - pad + flowed.height - pad }
      }),
    )
  }
  const heights = rows.map((r) => m.cardHeight(r, m.cardWidth))
  const splits = balancedSplits(heights, m.stackGap, rows.length)
  return rows.map((_, i) => {
    const starts = splits[i]!
    const width = 2 * pad + m.indent + starts.length * m.cardWidth + (starts.length - 1) * m.columnGap
    return finish(width, (top) => {
      const nodes: PlacedNode[] = []
      let tallest = 0
      starts.forEach((start, column) => {
        const end = starts[column + 1] ?? rows.length
        let y = top
        rows.slice(start, end).forEach((row, j) => {
          const height = heights[start + j]!
          nodes.push({
            row,
            x: pad + m.indent + column * (m.cardWidth + m.columnGap),
            y,
            width: m.cardWidth,
            height,
          })
          y += height + m.stackGap
        })
        tallest = Math.max(tallest, stackHeight(heights.slice(start, end), m.stackGap))
      })
      return { nodes, height: top + tallest }
    })
  })
}

const shifted = (nodes: PlacedNode[], dx: number, dy: number) =>
  nodes.map((n) => ({ ...n, x: n.x + dx, y: n.y + dy }))

/**
 * Lays out the chain and the other units together. Tried: every column budget of the chain's
 * grids, every column count of the framed block, and the block to the right of the chain, below
 * it, or tucked into the empty corner under its right or left end. Kept: the one a window of
 * `options.aspect` shows at the largest scale, then the smallest.
 */
export function layoutScene(
  chainRows: TreeRow[],
  otherRows: TreeRow[],
  metrics: ChartMetrics,
  options: SceneOptions,
): ChartScene {
  const aspect = options.aspect > 0 && Number.isFinite(options.aspect) ? options.aspect : 1
  // Every arrangement asks for the same cards' heights: measured once each.
  const known = new Map<string, number>()
  const cardHeight = (row: TreeRow, width: number) => {
    const key = `${row.id}\u0000${width}`
    let h = known.get(key)
    if (h === undefined) known.set(key, (h = metrics.cardHeight(row, width)))
    return h
  }
  const widths = new Map<string, number>()
  const structureWidth = metrics.structureWidth
    ? (row: TreeRow) => {
        let w = widths.get(row.id)
        if (w === undefined) widths.set(row.id, (w = metrics.structureWidth!(row)))
        return w
      }
    : undefined
  const m: ChartMetrics = { ...metrics, cardHeight, structureWidth }
  const budgets = chainRows.length ? [...gridBudgets(chainRows, m), Infinity] : [0]
  // One layout of the chain per set of grid shapes, made when first asked for.
  const seen = new Set<string>()
  const distinct: number[] = []
  for (const budget of budgets) {
    const key = chainRows.length ? shapeKey(chainRows, m, budget) : ''
    if (!seen.has(key)) distinct.push(budget)
    seen.add(key)
  }
  const made = new Map<number, ChartLayout>()
  const chainAt = (i: number) => {
    let chain = made.get(i)
    if (!chain) made.set(i, (chain = chainRows.length ? layoutTree(chainRows, m, distinct[i]!) : EMPTY))
    return chain
  }
  const bound = (c: ChartLayout) => Math.max(c.width / aspect, c.height)
  const blocks = otherBlocks(otherRows, m, options)
  let best: { score: number; area: number; scene: ChartScene } | null = null
  const consider = (chain: ChartLayout, block: (typeof blocks)[number] | null, x: number, y: number) => {
    const width = Math.max(chain.width, block ? x + block.width + m.margin : 0)
    const height = Math.max(chain.height, block ? y + block.height + m.margin : 0)
    const score = Math.max(width / aspect, height)
    const area = width * height
    if (best && !couldBeat(best, score, area)) return
    best = {
      score,
      area,
      scene: {
        width,
        height,
        chain,
        other: block ? { ...EMPTY, nodes: shifted(block.nodes, x, y), width, height } : EMPTY,
        otherFrame: block
          ? {
              x,
              y,
              width: block.width,
              height: block.height,
              heading: { ...block.heading, x: x + block.heading.x, y: y + block.heading.y },
            }
          : null,
      },
    }
  }
  // The most promising first, so that the others can be cut short.
  const order = options.everyLayout ? everyByBound : byBound
  for (const i of order(distinct.length, (i) => bound(chainAt(i)))) {
    const chain = chainAt(i)
    if (best && bound(chain) > (best as { score: number }).score + 0.5) break
    if (!blocks.length) consider(chain, null, 0, 0)
    const underside = undersideOf(footprint(chain))
    for (const block of blocks) {
      // Every place below starts at least a margin in and down: where even there the block could
      // not beat the best, its places are passed over (`consider` would turn each of them down).
      const width = Math.max(chain.width, m.margin + block.width + m.margin)
      const height = Math.max(chain.height, m.margin + block.height + m.margin)
      if (best && !couldBeat(best, Math.max(width / aspect, height), width * height)) continue
      if (!chain.nodes.length) {
        consider(chain, block, m.margin, m.margin)
        continue
      }
      const right = chain.width - m.margin
      consider(chain, block, right + m.branchGap, m.margin)
      consider(chain, block, m.margin, chain.height - m.margin + m.levelGap)
      // Tucked under the chain, starting at any card's left edge or ending at any card's right edge.
      const xs = new Set([m.margin, right - block.width])
      for (const n of chain.nodes) xs.add(n.x).add(n.x + n.width - block.width)
      for (const x of xs) {
        if (x < m.margin || x + block.width > right) continue
        const low = underside.lowestBetween(x - m.columnGap, x + block.width + m.columnGap, m.margin)
        consider(chain, block, x, low + m.levelGap)
      }
    }
  }
  const scene = best!.scene
  return { ...scene, chain: { ...scene.chain, width: scene.width, height: scene.height } }
}

/**
 * Whether an arrangement of this score (the larger of its width over the aspect and its height)
 * and area replaces the best: a smaller score by more than half a pixel, or about the same score
 * and a smaller area. Both only grow with the width and height, so bounds below them tell too.
 */
const couldBeat = (best: { score: number; area: number }, score: number, area: number) =>
  !(score > best.score + 0.5 || (score > best.score - 0.5 && area >= best.area))

/** Every index, made at once, in order of bound (ties by index). */
function everyByBound(n: number, boundAt: (i: number) => number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => boundAt(a) - boundAt(b) || a - b)
}

/** Below this many layouts to choose from, all are made. */
const FEW_LAYOUTS = 6

/**
 * The indices 0…n-1 in order of bound, least first, made lazily. A chain's bound
 * falls and then rises as its budget grows (its grids grow taller and narrower): the least is
 * found by ternary search, and the others come outward from it, the smaller of the two next ones
 * each time, so that a consumer who stops early has made a few layouts, not all. Where two probes
 * tie (a flat stretch, which the search cannot see across) it looks at every one between.
 */
export function* byBound(n: number, boundAt: (i: number) => number): Generator<number> {
  if (n <= FEW_LAYOUTS) {
    yield* everyByBound(n, boundAt)
    return
  }
  let lo = 0
  let hi = n - 1
  while (hi - lo > 2) {
    const a = lo + Math.floor((hi - lo) / 3)
    const b = hi - Math.floor((hi - lo) / 3)
    const [fa, fb] = [boundAt(a), boundAt(b)]
    if (fa === fb) break
    if (fa < fb) hi = b - 1
    else lo = a + 1
  }
  let least = lo
  for (let i = lo + 1; i <= hi; i++) if (boundAt(i) < boundAt(least)) least = i
  yield least
  let left = least - 1
  let right = least + 1
  while (left >= 0 || right < n) {
    if (right >= n || (left >= 0 && boundAt(left) <= boundAt(right))) yield left--
    else yield right++
  }
}
