/**
 * The topology simplified for the map's world view (scripts/map-shapes.ts): each arc is
 * simplified in projected map units (Douglas–Peucker) with its two ends kept. Neighbours share
 * their border's arc, so both draw the same simplified border, and no gap or overlap opens
 * between them, as it would if each country's outline were simplified on its own.
 */
import { transform } from 'topojson-client'
import type { Topology } from 'topojson-specification'

type Point = [number, number]

/** The points of a line kept within `tolerance` of it, in the units `at` gives; its ends always kept. */
function douglasPeucker(line: readonly Point[], at: readonly Point[], tolerance: number): Point[] {
  if (line.length < 3) return [...line]
  const keep = new Uint8Array(line.length)
  keep[0] = keep[line.length - 1] = 1
  const stack: Array<[number, number]> = [[0, line.length - 1]]
  while (stack.length) {
    const [a, b] = stack.pop()!
    const [ax, ay] = at[a]!
    const [bx, by] = at[b]!
    const dx = bx - ax
    const dy = by - ay
    const length = Math.hypot(dx, dy)
    let far = -1
    let farthest = tolerance
    for (let i = a + 1; i < b; i++) {
      const [px, py] = at[i]!
      const d = length ? Math.abs(dy * (px - ax) - dx * (py - ay)) / length : Math.hypot(px - ax, py - ay)
      if (d > farthest) {
        farthest = d
        far = i
      }
    }
    if (far < 0) continue
    keep[far] = 1
    stack.push([a, far], [far, b])
  }
  return line.filter((_, i) => keep[i])
}

/** A closed arc (an island) is split at its point farthest from its start, so that it keeps an area. */
function simplifyArc(arc: readonly Point[], project: (p: Point) => Point, tolerance: number): Point[] {
  const at = arc.map(project)
  const [sx, sy] = at[0]!
  const [ex, ey] = at[at.length - 1]!
  if (sx !== ex || sy !== ey || arc.length < 5) return douglasPeucker(arc, at, tolerance)
  let far = 1
  for (let i = 1; i < at.length - 1; i++)
    if (Math.hypot(at[i]![0] - sx, at[i]![1] - sy) > Math.hypot(at[far]![0] - sx, at[far]![1] - sy)) far = i
  const first = douglasPeucker(arc.slice(0, far + 1), at.slice(0, far + 1), tolerance)
  const second = douglasPeucker(arc.slice(far), at.slice(far), tolerance)
  const ring = [...first, ...second.slice(1)]
  // A ring needs three corners and its closing point; one simplified below that keeps its points.
  return ring.length >= 4 ? ring : [...arc]
}

/** The topology with every arc simplified to within `tolerance` map units of the projected arc. */
export function simplifiedTopology(
  topology: Topology,
  project: (p: Point) => Point,
  tolerance: number,
): Topology {
  const decode = topology.transform ? transform(topology.transform) : null
  const arcs = topology.arcs.map((arc) => {
    const points = decode ? arc.map((p, i) => decode(p, i > 0) as Point) : (arc as Point[])
    return simplifyArc(points, project, tolerance)
  })
  const simplified: Topology = { ...topology, arcs }
  // The arcs are absolute coordinates now: no transform decodes them.
  delete simplified.transform
  return simplified
}
