/**
 * The org chart's geometry, pure and without a DOM: boxes and link paths for the rows
 * `org-structure.ts` gives. A compact layout, after d3-org-chart's: structural nodes form a
 * top-down tree, each parent over its branches (packed as a tidy tree packs them), and the units
 * under a node wrap under it instead of standing in one long column: in the full cards' grid of
 * columns, or in the overview flowing in lines inside a frame. A unit's own units hang indented
 * below it. `chart-scene.ts` picks the shape that fits the window best.
 */
import type { TreeRow } from './org-structure'
import { analyse, flowGeometry, isUnitCard, shapeWithin } from './tree-analysis'
import { emptyPiece, orthogonalPath, packPieces, shiftPiece, type Piece } from './tree-packing'
import { flowItems } from './unit-flow'

export { orthogonalPath } from './tree-packing'
export { gridBudgets, shapeKey } from './tree-analysis'

export interface ChartMetrics {
  cardWidth: number
  /** the width of a structural card (the chain above the units); cardWidth if not given */
  structureWidth?: (row: TreeRow) => number
  /** horizontal space between the columns of a grid */
  columnGap: number
  /** horizontal space between sibling branches */
  branchGap: number
  /** vertical space between a parent and its children */
  levelGap: number
  /** vertical space between the cards of a column */
  stackGap: number
  /** room left of a column for its link, and how far a unit's own units are indented */
  indent: number
  margin: number
  /** how far below a unit card's top its link meets it (the middle of its first line), at most */
  stub: number
  /**
   * Where given, a node's units flow in lines inside a frame (the overview) instead of standing in
   * a grid of columns; `naturalWidth` is a unit card's width with its name on one line (at most
   * `cardWidth`), `pad` the frame's padding and `lineGap` the space between lines.
   */
  flow?: { naturalWidth: (row: TreeRow) => number; pad: number; lineGap: number }
  cardHeight: (row: TreeRow, width: number) => number
}

export interface PlacedNode {
  row: TreeRow
  /** top-left corner */
  x: number
  y: number
  width: number
  height: number
}

export interface PlacedLink {
  id: string
  /** the corners of the link, from the parent's card to the child's */
  points: Point[]
  d: string
}

export interface Frame {
  x: number
  y: number
  width: number
  height: number
}

export interface ChartLayout {
  nodes: PlacedNode[]
  links: PlacedLink[]
  /** the frames units flow in (the overview) */
  frames: Frame[]
  width: number
  height: number
}

export type Point = [number, number]

/**
 * Places the chain of command (`rows` hold one tree, as `flattenTree` gives) with every grid's
 * columns no taller than `budget` where they can be. Structural cards are `structureWidth` wide.
 */
export function layoutTree(rows: TreeRow[], m: ChartMetrics, budget: number): ChartLayout {
  const root = rows[0]
  if (!root) return { nodes: [], links: [], frames: [], width: 0, height: 0 }
  const tree = analyse(rows, m)
  const { childrenOf } = tree
  const treeKids = (row: TreeRow) => (childrenOf.get(row.id) ?? []).filter((r) => !isUnitCard(r))
  const widthOf = (row: TreeRow) => m.structureWidth?.(row) ?? m.cardWidth

  // Structural rows by depth: each level is as tall as its tallest card.
  const levelHeight: number[] = []
  const depthOf = new Map<string, number>()
  const visitDepth = (row: TreeRow, depth: number) => {
    depthOf.set(row.id, depth)
    const h = m.cardHeight(row, widthOf(row))
    tree.height.set(row.id, h)
    levelHeight[depth] = Math.max(levelHeight[depth] ?? 0, h)
    treeKids(row).forEach((kid) => visitDepth(kid, depth + 1))
  }
  visitDepth(root, 0)
  const levelY = [m.margin]
  for (let d = 1; d <= levelHeight.length; d++) levelY[d] = levelY[d - 1]! + levelHeight[d - 1]! + m.levelGap

  const gridPiece = (parent: TreeRow, top: number, busY: number): Piece => {
    const cells = tree.cells.get(parent.id)!
    const { starts } = shapeWithin(tree.shapes.get(parent.id)!, budget)
    const piece = emptyPiece()
    starts.forEach((start, column) => {
      const colX = m.indent + column * (m.cardWidth + m.columnGap)
      const spine = colX - m.indent / 2
      let y = top
      for (const cell of cells.slice(start, starts[column + 1] ?? cells.length)) {
        const above: PlacedNode[] = []
        for (const { row, nest } of cell.rows) {
          const node: PlacedNode = {
            row,
            x: colX + nest * m.indent,
            y,
            width: m.cardWidth - nest * m.indent,
            height: tree.height.get(row.id)!,
          }
          piece.nodes.push(node)
          const stubY = y + Math.min(node.height / 2, m.stub)
          const over = nest ? above[nest - 1]! : null
          const id = `${row.parentId}>${row.id}`
          if (over) {
            const x = over.x + m.indent / 2
            const points: Point[] = [
              [x, over.y + over.height],
              [x, stubY],
              [node.x, stubY],
            ]
            piece.links.push({ id, points, d: '' })
          } else {
            const points: Point[] = [
              [spine, busY],
              [spine, stubY],
              [node.x, stubY],
            ]
            piece.incoming.push({ id, points, d: '' })
          }
          above[nest] = node
          y += node.height + m.stackGap
        }
      }
    })
    const right = m.indent + starts.length * m.cardWidth + (starts.length - 1) * m.columnGap
    piece.entry = (m.indent + right) / 2
    piece.range = [m.indent, right]
    return piece
  }

  const flowPiece = (parent: TreeRow, top: number, busY: number): Piece => {
    const items = tree.items.get(parent.id)!
    const g = flowGeometry(m)
    const { width } = shapeWithin(tree.shapes.get(parent.id)!, budget)
    const flowed = flowItems(items, width, g)
    const frame = { x: 0, y: top, width, height: flowed.height }
    const piece: Piece = {
      ...emptyPiece(),
      frames: [frame],
      entry: width / 2,
      range: [0, width],
      incoming: [
        {
          id: `${parent.id}>units`,
          points: [
            [width / 2, busY],
            [width / 2, top],
          ],
          d: '',
        },
      ],
    }
    const byRow = new Map<TreeRow, PlacedNode>()
    for (const box of flowed.boxes) {
      const node: PlacedNode = {
        row: box.row,
        x: box.x,
        y: top + box.y,
        width: box.width,
        height: box.height,
      }
      byRow.set(box.row, node)
      piece.nodes.push(node)
      const over = box.over && byRow.get(box.over)
      if (over) {
        const x = over.x + m.indent / 2
        const stubY = node.y + Math.min(node.height / 2, m.stub)
        piece.links.push({
          id: `${over.row.id}>${box.row.id}`,
          points: [
            [x, over.y + over.height],
            [x, stubY],
            [node.x, stubY],
          ],
          d: '',
        })
      }
    }
    return piece
  }

  const build = (row: TreeRow): Piece => {
    const depth = depthOf.get(row.id)!
    const y = levelY[depth]!
    const h = tree.height.get(row.id)!
    const childTop = levelY[depth + 1] ?? y + h + m.levelGap
    const midY = childTop - m.levelGap / 2
    // A node's branches, left to right: its structural children, and its units as one grid where the first is.
    const pieces: Piece[] = []
    let grid = false
    for (const kid of childrenOf.get(row.id) ?? []) {
      if (!isUnitCard(kid)) pieces.push(build(kid))
      else if (!grid) {
        grid = true
        pieces.push((m.flow ? flowPiece : gridPiece)(row, childTop, midY))
      }
    }
    packPieces(pieces, m.branchGap)
    // The card sits centred over its branches; their parents may slide it within their top span.
    const tops = pieces.map((p) => (p.card ? [p.card.x, p.card.x + p.card.width] : p.range))
    const wide = widthOf(row)
    const lo = Math.min(...tops.map((t) => t[0]!)) + wide / 4
    const hi = Math.max(...tops.map((t) => t[1]!)) - wide / 4
    const centre = pieces.length ? (pieces[0]!.entry + pieces[pieces.length - 1]!.entry) / 2 : wide / 2
    const node: PlacedNode = { row, x: centre - wide / 2, y, width: wide, height: h }
    const result: Piece = {
      ...emptyPiece(),
      nodes: [node],
      entry: centre,
      card: node,
      range: pieces.length && lo <= hi ? [lo, hi] : [centre, centre],
    }
    for (const piece of pieces) {
      result.nodes.push(...piece.nodes)
      result.links.push(...piece.links)
      result.frames.push(...piece.frames)
      const down: PlacedLink[] = piece.card
        ? [
            {
              id: `${row.id}>${piece.card.row.id}`,
              points: [
                [piece.entry, midY],
                [piece.entry, childTop],
              ],
              d: '',
            },
          ]
        : piece.incoming
      for (const l of down) {
        l.points.unshift([centre, y + h], [centre, midY])
        result.links.push(l)
        result.drops.push(l)
      }
    }
    return result
  }

  const piece = build(root)
  const left = Math.min(
    ...piece.nodes.map((n) => n.x),
    ...piece.links.flatMap((l) => l.points.map((p) => p[0])),
  )
  shiftPiece(piece, m.margin - left)
  const { nodes, links } = piece
  for (const l of links) l.d = orthogonalPath(l.points)
  const width = Math.max(...nodes.map((n) => n.x + n.width)) + m.margin
  const height = Math.max(...nodes.map((n) => n.y + n.height)) + m.margin
  return { nodes, links, frames: piece.frames, width, height }
}
