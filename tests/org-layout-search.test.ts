/**
 * layoutScene searches the chain's layouts for the best instead of making every one (byBound).
 * On the real data, at every month of the Legion's years, both details and four window shapes,
 * the scene it finds is the one that making every layout finds.
 */
import { describe, expect, it } from 'vitest'
import { roughMeasure, type Detail } from '../src/features/orgchart/card-size'
import { chartMetrics, otherHeadingHeight } from '../src/features/orgchart/chart-metrics'
import { byBound, layoutScene } from '../src/features/orgchart/chart-scene'
import { nodeText } from '../src/features/orgchart/node-text'
import {
  buildOrgStructure,
  flattenTree,
  pruneTree,
  unplacedNodes,
} from '../src/features/orgchart/org-structure'
import { NO_FILTERS } from '../src/model/types'
import { selectUnits } from '../src/model/unit-selection'
import { atlas, units } from './helpers/atlas'

const structure = buildOrgStructure(units)
const MONTHS = Array.from({ length: 58 }, (_, i) => {
  const month = 1 + i // from February 2022
  return `${2022 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`
})

describe('the searched org chart', () => {
  it.each(['names', 'full'] as Detail[])(
    'is the best of every layout, each month and window shape (%s)',
    (detail) => {
      let compared = 0
      for (const asOf of MONTHS) {
        const result = selectUnits(atlas, NO_FILTERS, asOf)
        const root = pruneTree(structure.chain!, (id) => result.shown.has(id))
        const chain = root ? flattenTree([root], new Set()) : []
        const other = flattenTree(
          unplacedNodes(structure.unplaced, (id) => result.shown.has(id)),
          new Set(),
        )
        const texts = new Map([...chain, ...other].map((r) => [r.id, nodeText(r.datum, asOf, atlas)]))
        const m = chartMetrics(detail, (r) => texts.get(r.id)!, roughMeasure)
        for (const aspect of [0.6, 1, 1.6, 2.4]) {
          const options = { aspect, headingHeight: otherHeadingHeight(roughMeasure) }
          const searched = layoutScene(chain, other, m, options)
          const every = layoutScene(chain, other, m, { ...options, everyLayout: true })
          expect(searched, `${asOf}, aspect ${aspect}`).toEqual(every)
          compared++
        }
      }
      expect(compared).toBe(58 * 4)
    },
  )

  it('takes the indices in order of bound, least first, when the bounds fall and then rise', () => {
    const bounds = [9, 8, 8, 7, 5, 4, 4.5, 6, 6, 7, 10, 12]
    const order = [...byBound(bounds.length, (i) => bounds[i]!)]
    expect([...order].sort((a, b) => a - b)).toEqual([...bounds.keys()])
    expect(order.map((i) => bounds[i])).toEqual([...bounds].sort((a, b) => a - b))
  })

  it('finds the least across a flat stretch the search cannot see into', () => {
    const bounds = [5, 5, 5, 5, 5, 5, 5, 5, 3, 9]
    expect(byBound(bounds.length, (i) => bounds[i]!).next().value).toBe(8)
  })

  it('makes a few layouts, not all, for a consumer who stops at the least', () => {
    const bounds = Array.from({ length: 60 }, (_, i) => Math.abs(i - 41) + 100)
    const asked = new Set<number>()
    const first = byBound(bounds.length, (i) => (asked.add(i), bounds[i]!)).next().value
    expect(first).toBe(41)
    expect(asked.size).toBeLessThan(20)
  })
})
