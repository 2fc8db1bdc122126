/**
 * The chart lays its full cards out only when they are read: the opening view tells from their
 * area alone that they cannot fit the window, which a big chart's can never. On the real data and
 * at ten times the data, at many dates and window sizes, that area is never more than the full
 * drawing's, and the view chosen without laying them out is the view chosen with them.
 */
import { describe, expect, it } from 'vitest'
import { scaleData } from '../scripts/scale-data.mjs'
import { roughMeasure, type Detail } from '../src/features/orgchart/card-size'
import { chartMetrics, fullCardsArea, otherHeadingHeight } from '../src/features/orgchart/chart-metrics'
import { layoutScene, type ChartScene } from '../src/features/orgchart/chart-scene'
import { nodeText } from '../src/features/orgchart/node-text'
import {
  buildOrgStructure,
  flattenTree,
  pruneTree,
  unplacedNodes,
} from '../src/features/orgchart/org-structure'
import { boxesOfScenes, chooseView, type ChartScenes } from '../src/features/orgchart/view-choice'
import { buildAtlas } from '../src/model/atlas'
import { NO_FILTERS } from '../src/model/types'
import { selectUnits } from '../src/model/unit-selection'
import { atlas, countries, events, units } from './helpers/atlas'

const tenfold = (() => {
  const scaled = scaleData({ units, events, people: [] }, 10) as {
    units: typeof units
    events: typeof events
  }
  return buildAtlas({ countries, units: scaled.units, events: scaled.events })
})()

function drawings(on: typeof atlas, asOf: string, aspect: number) {
  const structure = buildOrgStructure(on.units)
  const shown = selectUnits(on, NO_FILTERS, asOf).shown
  const root = pruneTree(structure.chain!, (id) => shown.has(id))
  const chain = root ? flattenTree([root], new Set()) : []
  const other = flattenTree(
    unplacedNodes(structure.unplaced, (id) => shown.has(id)),
    new Set(),
  )
  const texts = new Map([...chain, ...other].map((r) => [r.id, nodeText(r.datum, asOf, on)]))
  const metrics = (detail: Detail) => chartMetrics(detail, (r) => texts.get(r.id)!, roughMeasure)
  const scene = (detail: Detail) =>
    layoutScene(chain, other, metrics(detail), { aspect, headingHeight: otherHeadingHeight(roughMeasure) })
  return { chain, other, area: fullCardsArea(chain, other, metrics('full')), scene }
}

const VIEWS = [
  { width: 1400, height: 900 },
  { width: 560, height: 640 },
  { width: 440, height: 300 },
  { width: 2400, height: 1400 },
]

describe('the full cards laid out when read', () => {
  it.each([
    ['the data', atlas, ['2022-03-15', '2022-09-01', '2023-06-01', '2025-01-01'], 0.25],
    ['ten times the data', tenfold, ['2022-03-15', '2023-06-01'], 1],
  ] as const)('give the same opening and fitted views, with %s', (_, on, dates, share) => {
    let skipped = 0
    for (const asOf of dates)
      for (const view of VIEWS) {
        const { area, scene } = drawings(on, asOf, view.width / view.height)
        const names = scene('names')
        const full = scene('full')
        expect(area).toBeGreaterThan(0)
        expect(area).toBeLessThanOrEqual(full.width * full.height)
        const eager: ChartScenes = { names, full }
        let read: boolean | undefined
        const lazy: ChartScenes = {
          names,
          get full(): ChartScene {
            read = true
            return full
          },
          fullArea: area,
        }
        for (const fit of [false, true]) {
          read = false
          const chosen = chooseView(lazy, boxesOfScenes(lazy), [], view, fit)
          expect(chosen).toEqual(chooseView(eager, boxesOfScenes(eager), [], view, fit))
          if (!read) skipped++
        }
      }
    // Windows too small for the full cards read no layout of them: at ten times the data, none does.
    expect(skipped).toBeGreaterThanOrEqual(share * dates.length * VIEWS.length * 2)
  })
})
