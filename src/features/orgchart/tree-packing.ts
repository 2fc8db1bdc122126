/**
 * Packing the chart's branches side by side, pure: each branch a set of boxes (its cards and the
 * segments of its links), moved as far left as the branches before it allow wherever they share a
 * height, as a tidy tree does, so that a deep branch slides in under a shallow neighbour.
 */
import type { Frame, PlacedLink, PlacedNode, Point } from './org-layout'

/** An orthogonal polyline as a path: "M x,y V … H …", zero-length steps left out. */
export function orthogonalPath(points: Point[]): string {
  const r = (n: number) => Math.round(n * 10) / 10
  let [x, y] = points[0]!
  let d = `M${r(x)},${r(y)}`
  for (const [nx, ny] of points.slice(1)) {
    if (ny !== y) d += `V${r(ny)}`
    if (nx !== x) d += `H${r(nx)}`
    x = nx
    y = ny
  }
  return d
}

/** A laid-out branch: its cards and links, and where its parent's link comes down to it. */
export interface Piece {
  nodes: PlacedNode[]
  links: PlacedLink[]
  /** links from the parent, from the level between them down: the parent's drop is added on top */
  incoming: PlacedLink[]
  /** x of the point below the parent where the branch begins */
  entry: number
  /** the branch's own card, which may slide along above its children within `range` (its centre) */
  card: PlacedNode | null
  range: [number, number]
  /** the links down from the card: their first two corners move with it */
  drops: PlacedLink[]
  /** the frames units flow in */
  frames: Frame[]
}

export const emptyPiece = (): Piece => ({
  nodes: [],
  links: [],
  incoming: [],
  entry: 0,
  card: null,
  range: [0, 0],
  drops: [],
  frames: [],
})

interface Box {
  x0: number
  x1: number
  y0: number
  y1: number
}

function pushSegments(boxes: Box[], points: Point[], from = 1) {
  for (let i = Math.max(1, from); i < points.length; i++) {
    const [ax, ay] = points[i - 1]!
    const [bx, by] = points[i]!
    boxes.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: Math.min(ay, by), y1: Math.max(ay, by) })
  }
}

/** The boxes of a branch without its card and its drops ("rest"), or of its card and drops alone. */
function boxesOf(piece: Piece, part: 'all' | 'rest' | 'card'): Box[] {
  const boxes: Box[] = []
  const card = piece.card
  for (const n of [...piece.nodes, ...(part === 'card' ? [] : piece.frames)])
    if (part === 'all' || (n === card) === (part === 'card'))
      boxes.push({ x0: n.x, x1: n.x + n.width, y0: n.y, y1: n.y + n.height })
  for (const l of [...piece.links, ...piece.incoming]) {
    const drop = piece.drops.includes(l)
    if (part === 'card') {
      if (drop) pushSegments(boxes, l.points.slice(0, 2))
    } else pushSegments(boxes, l.points, drop && part === 'rest' ? 3 : 1)
  }
  return boxes
}

export function shiftPiece(piece: Piece, dx: number) {
  for (const n of [...piece.nodes, ...piece.frames]) n.x += dx
  for (const l of [...piece.links, ...piece.incoming]) for (const p of l.points) p[0] += dx
  piece.entry += dx
  piece.range = [piece.range[0] + dx, piece.range[1] + dx]
}

/** Slides a branch's card (and its drops) along by dx. */
function slideCard(piece: Piece, dx: number) {
  if (!piece.card || !dx) return
  piece.card.x += dx
  for (const l of piece.drops) for (const p of l.points.slice(0, 2)) p[0] += dx
  piece.entry += dx
}

/** Boxes taken in runs: a branch's boxes come in order (a column's cards, a link's segments), so a run is compact. */
const RUN = 16
/** Below this many pairs of boxes, every pair is looked at. */
const FEW_PAIRS = 1024

interface Run {
  x0: number
  x1: number
  y0: number
  y1: number
  from: number
  to: number
}

function runsOf(boxes: Box[]): Run[] {
  const runs: Run[] = []
  for (let from = 0; from < boxes.length; from += RUN) {
    const to = Math.min(boxes.length, from + RUN)
    const run = { x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity, from, to }
    for (let i = from; i < to; i++) {
      const b = boxes[i]!
      run.x0 = Math.min(run.x0, b.x0)
      run.x1 = Math.max(run.x1, b.x1)
      run.y0 = Math.min(run.y0, b.y0)
      run.y1 = Math.max(run.y1, b.y1)
    }
    runs.push(run)
  }
  return runs
}

/**
 * How far right a branch must move to stand `gap` clear of the branches already placed, wherever
 * they share a height: so a branch slides in under a sibling that has nothing below it. The
 * largest of a.x1 + gap - b.x0 over the pairs that share a height, found run against run: the
 * placed runs reaching farthest right and the next runs starting farthest left first, and a pair
 * of runs whose bounds cannot beat the shift found so far is not looked into (a grid of hundreds
 * of cards beside its siblings made every pair of boxes a question).
 */
export function packingShift(placed: Box[], next: Box[], gap: number): number {
  let dx = -Infinity
  if (placed.length * next.length <= FEW_PAIRS) {
    for (const b of next)
      for (const a of placed) if (a.y0 <= b.y1 && b.y0 <= a.y1) dx = Math.max(dx, a.x1 + gap - b.x0)
    return dx
  }
  const before = runsOf(placed).sort((a, b) => b.x1 - a.x1)
  const after = runsOf(next).sort((a, b) => a.x0 - b.x0)
  for (const ra of before) {
    if (ra.x1 + gap - after[0]!.x0 <= dx) break
    for (const rb of after) {
      if (ra.x1 + gap - rb.x0 <= dx) break
      if (ra.y0 > rb.y1 || rb.y0 > ra.y1) continue
      for (let j = rb.from; j < rb.to; j++) {
        const b = next[j]!
        for (let i = ra.from; i < ra.to; i++) {
          const a = placed[i]!
          if (a.y0 <= b.y1 && b.y0 <= a.y1) dx = Math.max(dx, a.x1 + gap - b.x0)
        }
      }
    }
  }
  return dx
}

/**
 * Packs branches left to right. Each moves as far left as the placed ones allow; where only its
 * card is in the way, the card slides right above its own children instead of the whole branch.
 */
export function packPieces(pieces: Piece[], gap: number) {
  const placed: Box[] = []
  pieces.forEach((piece, i) => {
    if (i) {
      const rest = packingShift(placed, boxesOf(piece, 'rest'), gap)
      const card = packingShift(placed, boxesOf(piece, 'card'), gap)
      let dx = rest > -Infinity ? rest : card
      if (dx === -Infinity) dx = Math.max(...placed.map((b) => b.x1)) + gap - piece.range[0]
      const centre = piece.entry + dx
      const slide = Math.max(0, card - dx)
      const room = piece.range[1] + dx - centre
      if (slide > room) dx += slide - room
      shiftPiece(piece, dx)
      slideCard(piece, Math.min(slide, Math.max(0, room)))
    }
    placed.push(...boxesOf(piece, 'all'))
  })
}
