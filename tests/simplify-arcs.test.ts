import type { Topology } from 'topojson-specification'
import { describe, expect, it } from 'vitest'
import { simplifiedTopology } from '../scripts/simplify-arcs'

/** A topology of raw arcs (no transform), with one object, its arcs given. */
const topologyOf = (arcs: Array<Array<[number, number]>>): Topology => ({
  type: 'Topology',
  objects: { countries: { type: 'GeometryCollection', geometries: [] } },
  arcs,
})
const identity = (p: [number, number]): [number, number] => p

describe("simplifying the topology's arcs", () => {
  it('drops the points of an arc within the tolerance of its line, and keeps its ends and its corners', () => {
    const arc: Array<[number, number]> = [
      [0, 0],
      [1, 0.1],
      [2, -0.1],
      [3, 0],
      [3, 5],
      [3.2, 6],
      [3, 7],
    ]
    const [simplified] = simplifiedTopology(topologyOf([arc]), identity, 0.5).arcs
    expect(simplified).toEqual([
      [0, 0],
      [3, 0],
      [3, 7],
    ])
    // A tolerance of nothing keeps every point that is off the line.
    expect(simplifiedTopology(topologyOf([arc]), identity, 0).arcs[0]).toEqual(arc)
  })

  it('measures in the projected units it is given, not in degrees', () => {
    const arc: Array<[number, number]> = [
      [0, 0],
      [1, 0.1],
      [2, 0],
    ]
    const tenfold = (p: [number, number]): [number, number] => [p[0] * 10, p[1] * 10]
    expect(simplifiedTopology(topologyOf([arc]), identity, 0.5).arcs[0]).toHaveLength(2)
    expect(simplifiedTopology(topologyOf([arc]), tenfold, 0.5).arcs[0]).toHaveLength(3)
  })

  it('keeps an island a ring with an area: split at its farthest point, never fewer than four points', () => {
    const island: Array<[number, number]> = [
      [0, 0],
      [0.1, 1],
      [0, 2],
      [1, 2.1],
      [2, 2],
      [2.1, 1],
      [2, 0],
      [1, -0.1],
      [0, 0],
    ]
    const [ring] = simplifiedTopology(topologyOf([island]), identity, 0.5).arcs
    expect(ring!.length).toBeGreaterThanOrEqual(4)
    expect(ring![0]).toEqual(ring![ring!.length - 1])
    expect(ring).toContainEqual([2, 2])
    // A speck the tolerance would flatten keeps its points.
    const speck: Array<[number, number]> = [
      [0, 0],
      [0.1, 0],
      [0.1, 0.1],
      [0, 0.1],
      [0, 0],
    ]
    expect(simplifiedTopology(topologyOf([speck]), identity, 0.5).arcs[0]).toEqual(speck)
  })

  it("decodes a quantized topology's arcs and returns them absolute, without the transform", () => {
    const quantized: Topology = {
      ...topologyOf([
        [
          [0, 0],
          [1, 0],
          [1, 0],
        ],
      ]),
      transform: { scale: [2, 3], translate: [10, 20] },
    }
    const simplified = simplifiedTopology(quantized, identity, 0.1)
    expect(simplified.transform).toBeUndefined()
    expect(simplified.arcs[0]).toEqual([
      [10, 20],
      [14, 20],
    ])
  })
})
