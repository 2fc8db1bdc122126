// The org chart's layouts made ahead of the date: the dates it lays out cover every date, and a
// date laid out ahead is drawn without laying the chart out again.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { addDays } from '../src/lib/dates'
import { NO_FILTERS } from '../src/model/types'
import { selectUnits } from '../src/model/unit-selection'
import { unitChangeDates, unitStateAt } from '../src/model/unit-status'
import { changeDates } from '../src/model/play-schedule'
import { chainRowsOf, otherRowsOf, rowTexts, shownChain } from '../src/features/orgchart/chart-rows'
import { buildOrgStructure } from '../src/features/orgchart/org-structure'
import { sceneFor } from '../src/features/orgchart/use-chart-scenes'
import { layOutAt, prefetchOrder, type PrefetchInput } from '../src/features/orgchart/use-scene-prefetch'
import { atlas } from './helpers/atlas'

const layouts = vi.hoisted(() => ({ count: 0 }))
vi.mock('../src/features/orgchart/chart-scene', async (original) => {
  const actual = await original<typeof import('../src/features/orgchart/chart-scene')>()
  return {
    ...actual,
    layoutScene: (...args: Parameters<typeof actual.layoutScene>) => {
      layouts.count += 1
      return actual.layoutScene(...args)
    },
  }
})

const picture = (date: string) => atlas.units.map((u) => unitStateAt(atlas, u, date)).join('|')

describe("the units' change dates", () => {
  const dates = unitChangeDates(atlas)

  it('are in order, and on each some unit differs from the day before', () => {
    expect(dates.length).toBeGreaterThan(5)
    expect([...dates].sort()).toEqual(dates)
    for (const d of dates) expect(picture(d)).not.toBe(picture(addDays(d, -1)))
  })

  it('leave every unit as it is from one to the next', () => {
    for (const [i, d] of dates.entries()) {
      const end = dates[i + 1] ?? '2026-12-31'
      for (let day = d; day < end; day = addDays(day, 9)) expect(picture(day)).toBe(picture(d))
    }
    expect(picture('2000-01-01')).toBe(picture(addDays(dates[0]!, -1)))
  })

  it('are among the dates Play stops at for a change', () => {
    const all = new Set(changeDates(atlas))
    for (const d of dates) expect(all.has(d)).toBe(true)
  })
})

describe('the order of the layouts made ahead', () => {
  it('takes the later dates first, in order, then the earlier ones, nearest first', () => {
    expect(prefetchOrder(['2022-01-01', '2022-03-01', '2022-06-01', '2023-01-01'], '2022-04-10')).toEqual([
      '2022-06-01',
      '2023-01-01',
      '2022-03-01',
      '2022-01-01',
    ])
  })
})

describe('a date laid out ahead', () => {
  const structure = buildOrgStructure(atlas.units)
  const input: PrefetchInput = { atlas, structure, filters: NO_FILTERS, collapsed: new Set(), aspect: 1.6 }
  const rowsAt = (date: string) => {
    const shown = selectUnits(atlas, NO_FILTERS, date).shown
    const chainRows = chainRowsOf(shownChain(structure, shown), input.collapsed)
    const otherRows = otherRowsOf(structure, shown)
    return { chainRows, otherRows, texts: rowTexts(chainRows, otherRows, date, atlas) }
  }

  beforeEach(() => {
    layouts.count = 0
  })

  it('is drawn, at any day of its stretch, without laying the chart out again', () => {
    const dates = unitChangeDates(atlas)
    for (const d of [addDays(dates[0]!, -1), ...dates]) layOutAt(input, d)
    const made = layouts.count
    expect(made).toBeGreaterThan(0)
    for (let month = 0; month < 48; month++) {
      const date = `${2022 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-15`
      const { chainRows, otherRows, texts } = rowsAt(date)
      for (const detail of ['names', 'full'] as const) {
        const scene = sceneFor(detail, chainRows, otherRows, texts, input.aspect)
        // The drawing of this date's units, not of another stretch's.
        expect(scene.chain.nodes.map((n) => n.row.id).sort()).toEqual(chainRows.map((r) => r.id).sort())
        expect(scene.other.nodes.map((n) => n.row.id).sort()).toEqual(otherRows.map((r) => r.id).sort())
      }
    }
    expect(layouts.count).toBe(made)
  })

  it('is laid out when it was not made ahead', () => {
    const { chainRows, otherRows, texts } = rowsAt('2024-02-02')
    sceneFor('full', chainRows, otherRows, texts, 0.7)
    expect(layouts.count).toBe(1)
  })
})
