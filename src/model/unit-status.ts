/**
 * What a unit is at the "as of" date: not yet formed, active, disbanded or merged, and the words
 * every view shows for it. Pure functions over the atlas and an ISO date; no DOM.
 */
import type { SourceDate, Unit } from '../data/schema'
import { formatSourceDate, hasBegunBy } from '../lib/dates'
import type { Atlas } from './atlas'
import type { IsoDate, UnitStatus } from './types'

/** A unit's state at a date; `not-yet` units are not in the structure yet. */
export type UnitPresence = 'not-yet' | UnitStatus

const PLANNED = 'planned'

/**
 * The unit's state at `asOf` by its own dates alone (`unitStateAt` also looks at the nodes above
 * it). A unit without a formation date is taken to exist at every date; a
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

/** The first node, from the unit up, that is not yet formed at `asOf`; undefined when all are. */
function notYetFormed(atlas: Atlas, unit: Unit, asOf: IsoDate): Unit | undefined {
  const seen = new Set<string>()
  for (let u: Unit | undefined = unit; u && !seen.has(u.id); u = atlas.parentOf(u)) {
    seen.add(u.id)
    if (statusAt(u, asOf) === 'not-yet') return u
  }
  return undefined
}

/**
 * The unit's state at `asOf` as every view shows it: not yet in the structure when it, or any node
 * above it, is not yet formed; else its own status.
 */
export function unitStateAt(atlas: Atlas, unit: Unit, asOf: IsoDate): UnitPresence {
  return notYetFormed(atlas, unit, asOf) ? 'not-yet' : statusAt(unit, asOf)
}

/**
 * The status words a unit shows at `asOf`, qualifier kept: "active; disbandment planned for 31
 * December 2025", "disbanded 31 December 2025 (planned)", "merged into 49th Infantry Battalion, 2025".
 */
export function statusText(atlas: Atlas, unit: Unit, asOf: IsoDate): string {
  const first = notYetFormed(atlas, unit, asOf)
  if (first === unit) return `not yet formed (${formatSourceDate(unit.formed!)})`
  if (first) return `not yet formed (${first.name}: formed ${formatSourceDate(first.formed!)})`
  const status = statusAt(unit, asOf)
  if (status === 'merged') {
    const into = `merged into ${atlas.unitName(unit.merged!.into)}`
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
export function changedBetween(atlas: Atlas, before: IsoDate, after: IsoDate): Set<string> {
  if (before === after) return new Set()
  return new Set(
    atlas.units
      .filter((u) => unitStateAt(atlas, u, before) !== unitStateAt(atlas, u, after))
      .map((u) => u.id),
  )
}
