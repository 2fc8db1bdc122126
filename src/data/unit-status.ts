/**
 * What a unit is at the "as of" date: not yet formed, active, disbanded or merged, and the words the
 * chart shows for it. Pure functions over the data and an ISO date; no DOM.
 */
import type { SourceDate, Unit } from './schema'
import { formatSourceDate, hasBegunBy } from '../lib/dates'
import type { IsoDate, UnitStatus } from '../store/app-store'

/** A unit's state at a date; `not-yet` units are hidden from the chart. */
export type UnitPresence = 'not-yet' | UnitStatus

const PLANNED = 'planned'

/**
 * The unit's state at `asOf`. A unit without a formation date is taken to exist at every date; a
 * dated change (disbandment, merger) counts from the first day of its period, so a "planned"
 * disbandment counts only once its date has come. A merger the source gives no date for counts as
 * merged wherever the unit is shown: the source states it happened, not when.
 */
export function statusAt(unit: Unit, asOf: IsoDate): UnitPresence {
  if (unit.formed && !hasBegunBy(unit.formed, asOf)) return 'not-yet'
  if (unit.merged && (!unit.merged.date || hasBegunBy(unit.merged.date, asOf))) return 'merged'
  if (unit.disbanded && hasBegunBy(unit.disbanded, asOf)) return 'disbanded'
  return 'active'
}

function isPlanned(d: SourceDate): boolean {
  return d.qualifier === PLANNED
}

/** The date without a "planned" qualifier: "31 December 2025". */
function plainDate(d: SourceDate): string {
  return formatSourceDate(isPlanned(d) ? { date: d.date, precision: d.precision } : d)
}

/**
 * The status words a node shows at `asOf`, qualifier kept: "active; disbandment planned for 31
 * December 2025", "disbanded 31 December 2025 (planned)", "merged into 49th Infantry Battalion, 2025".
 */
export function statusText(unit: Unit, asOf: IsoDate, nameOf: (id: string) => string = (id) => id): string {
  const status = statusAt(unit, asOf)
  if (status === 'not-yet')
    return unit.formed ? `not yet formed (${formatSourceDate(unit.formed)})` : 'not yet formed'
  if (status === 'merged') {
    const into = `merged into ${nameOf(unit.merged!.into)}`
    return unit.merged!.date ? `${into}, ${formatSourceDate(unit.merged!.date)}` : `${into} (date not stated)`
  }
  if (status === 'disbanded') {
    const d = unit.disbanded!
    return isPlanned(d) ? `disbanded ${plainDate(d)} (planned)` : `disbanded ${formatSourceDate(d)}`
  }
  if (unit.disbanded && isPlanned(unit.disbanded))
    return `active; disbandment planned for ${plainDate(unit.disbanded)}`
  // "Active" only in the sense that the source reports no end: it rarely confirms a unit still fights.
  return 'active (no end reported)'
}

/** "formed 27 February 2022", "formed by 9 March 2022", or "formed: unknown". */
export function formedText(unit: Unit): string {
  return unit.formed ? `formed ${formatSourceDate(unit.formed)}` : 'formed: unknown'
}

/**
 * Ids of the units whose state differs between two dates, including units that were formed or
 * that ceased to exist in between; empty when the dates are the same.
 */
export function changedBetween(units: Unit[], before: IsoDate, after: IsoDate): Set<string> {
  if (before === after) return new Set()
  return new Set(units.filter((u) => statusAt(u, before) !== statusAt(u, after)).map((u) => u.id))
}
