/**
 * Lays the chart out ahead, while the page is idle, at every date a scrub may reach: the chart
 * draws one thing from one of the units' change dates to the next, so those dates cover every
 * date. A date step then finds its drawing made (`sceneFor` keeps them) instead of laying out the
 * whole chain while the user waits for the frame. The dates after the shown one come first, in
 * order, then those before it, nearest first.
 */
import { useEffect } from 'react'
import { addDays } from '../../lib/dates'
import type { Atlas } from '../../model/atlas'
import type { Detail } from './card-size'
import type { IsoDate, UnitFilters } from '../../model/types'
import { computeSelection } from '../../model/unit-selection'
import { unitChangeDates } from '../../model/unit-status'
import { useAppStore } from '../../store/app-store'
import { selectAsOf } from '../../store/selectors'
import { chainRowsOf, otherRowsOf, rowTexts, shownChain } from './chart-rows'
import type { OrgStructure } from './org-structure'
import { sceneFor } from './use-chart-scenes'

/** An idle period shorter than this starts no layout: a big chart's layout would overrun it. */
const MIN_IDLE_MS = 10

const datesOf = new WeakMap<Atlas, IsoDate[]>()

/** One date in each stretch the chart draws alike, before the first change included. */
function stretchDates(atlas: Atlas): IsoDate[] {
  let dates = datesOf.get(atlas)
  if (!dates) {
    const changes = unitChangeDates(atlas)
    datesOf.set(atlas, (dates = changes.length ? [addDays(changes[0]!, -1), ...changes] : []))
  }
  return dates
}

/** The order to lay the dates out in from `asOf`: later ones in order, then earlier ones, nearest first. */
export function prefetchOrder(dates: readonly IsoDate[], asOf: IsoDate): IsoDate[] {
  return [...dates.filter((d) => d > asOf), ...dates.filter((d) => d <= asOf).reverse()]
}

export interface PrefetchInput {
  atlas: Atlas
  structure: OrgStructure
  filters: UnitFilters
  collapsed: ReadonlySet<string>
  aspect: number
}

/** Makes the chart's drawings at `date` (kept by `sceneFor`), as the chart would render them. */
export function layOutAt(
  { atlas, structure, filters, collapsed, aspect }: PrefetchInput,
  date: IsoDate,
  details: readonly Detail[] = ['names', 'full'],
) {
  const shown = computeSelection(atlas, filters, date).shown
  const chainRows = chainRowsOf(shownChain(structure, shown), collapsed)
  const otherRows = otherRowsOf(structure, shown)
  const texts = rowTexts(chainRows, otherRows, date, atlas)
  for (const detail of details) sceneFor(detail, chainRows, otherRows, texts, aspect)
}

/** While `enabled`, lays the chart out ahead in idle periods; starts again when what it draws changes. */
export function useScenePrefetch(enabled: boolean, input: PrefetchInput) {
  const { atlas, structure, filters, collapsed, aspect } = input
  useEffect(() => {
    if (!enabled || typeof requestIdleCallback !== 'function') return
    const dates = prefetchOrder(stretchDates(atlas), selectAsOf(useAppStore.getState()))
    // The names first, at every date: the drawing a chart opens on, and a big one's only one (its
    // full cards, laid out when a zoom or the opening view reads them, come after).
    const todo = [...dates.map((d) => [d, 'names'] as const), ...dates.map((d) => [d, 'full'] as const)]
    const job = { atlas, structure, filters, collapsed, aspect }
    let next = 0
    let handle = 0
    const work = (deadline: IdleDeadline) => {
      while (next < todo.length && deadline.timeRemaining() >= MIN_IDLE_MS) {
        const [date, detail] = todo[next++]!
        layOutAt(job, date, [detail])
      }
      if (next < todo.length) handle = requestIdleCallback(work)
    }
    handle = requestIdleCallback(work)
    return () => cancelIdleCallback(handle)
  }, [enabled, atlas, structure, filters, collapsed, aspect])
}
