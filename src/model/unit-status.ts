/**
 * What a unit is at the "as of" date — not yet in the structure, active, disbandment planned,
 * disbanded or merged — and the words every view shows for it. Pure functions over the atlas and
 * an ISO date; no DOM. The rules are data/README.md's "Undated facts":
 * - A unit the source dates is in the structure from its own date.
 * - A unit it does not date is in the structure from its nearest dated node above it (the
 *   Legion's 27 February 2022 for units of the Legion proper), else from the Legion's creation,
 *   the earliest date any of this structure has in the source. It reads "formation date not stated".
 * - A structural node without a date is a container: it is there whenever a unit below it is.
 * - A disbandment the source gives as planned is never drawn as done, at any date.
 */
import type { SourceDate, Unit } from '../data/schema'
import { addDays, formatSourceDate, hasBegunBy, periodStart } from '../lib/dates'
import type { Atlas } from './atlas'
import { LEGION_CREATED } from './legion'
import type { IsoDate, UnitStatus } from './types'

/** A unit's state at a date; `not-yet` units are not in the structure yet. */
export type UnitPresence = 'not-yet' | UnitStatus

const PLANNED = 'planned'

export function isPlanned(d: SourceDate): boolean {
  return d.qualifier === PLANNED
}

/** Where a unit's first day in the structure comes from. */
export type FormationBasis =
  | { kind: 'own'; date: SourceDate }
  | { kind: 'above'; date: SourceDate; from: Unit }
  | { kind: 'legion' }
  | { kind: 'container' }

/** The unit's first day in the structure and why; a container has none. */
export function formationOf(atlas: Atlas, unit: Unit): FormationBasis {
  // Where the source also dates the unit earlier (a recorded conflict), it is shown from then.
  if (unit.formedEarliest) return { kind: 'own', date: unit.formedEarliest }
  if (unit.formed) return { kind: 'own', date: unit.formed }
  if (unit.kind === 'structure') return { kind: 'container' }
  const seen = new Set([unit.id])
  for (let u = atlas.parentOf(unit); u && !seen.has(u.id); u = atlas.parentOf(u)) {
    seen.add(u.id)
    if (u.formed) return { kind: 'above', date: u.formed, from: u }
  }
  return { kind: 'legion' }
}

function firstDay(basis: FormationBasis): IsoDate | null {
  if (basis.kind === 'own' || basis.kind === 'above') return periodStart(basis.date)
  return basis.kind === 'legion' ? LEGION_CREATED : null
}

/** Whether the record is in the structure at `asOf` by its formation alone. */
function formedBy(atlas: Atlas, unit: Unit, asOf: IsoDate): boolean {
  const day = firstDay(formationOf(atlas, unit))
  return day === null || day <= asOf
}

/**
 * The unit's state at `asOf` as every view shows it. Not yet in the structure before its first
 * day (see the rules above). A dated merger or an actual disbandment counts from the first day of
 * its period; a merger the source gives no date for counts wherever the unit is shown (the source
 * states it happened, not when); a planned disbandment stays planned.
 */
export function unitStateAt(atlas: Atlas, unit: Unit, asOf: IsoDate): UnitPresence {
  if (!formedBy(atlas, unit, asOf)) return 'not-yet'
  if (unit.merged && (!unit.merged.date || hasBegunBy(unit.merged.date, asOf))) return 'merged'
  if (unit.disbanded && isPlanned(unit.disbanded)) return 'disbandment-planned'
  if (unit.disbanded && hasBegunBy(unit.disbanded, asOf)) return 'disbanded'
  return 'active'
}

/** The date without a "planned" qualifier: "31 December 2025". */
function plainDate(d: SourceDate): string {
  return formatSourceDate(isPlanned(d) ? { date: d.date, precision: d.precision } : d)
}

/** "formation date not stated (shown from its parent's formation, 27 February 2022)" */
function inheritedText(basis: FormationBasis): string | null {
  if (basis.kind === 'above')
    return `formation date not stated (shown from its parent's formation, ${formatSourceDate(basis.date)})`
  if (basis.kind === 'legion')
    return "formation date not stated (shown from the Legion's creation, 27 February 2022)"
  return null
}

/**
 * The status words a unit shows at `asOf`, qualifier kept: "to be disbanded on 31 December 2025
 * (announced; the source does not confirm it happened)", "merged into 49th Infantry Battalion, 2025",
 * "formation date not stated; …".
 */
export function statusText(atlas: Atlas, unit: Unit, asOf: IsoDate): string {
  const basis = formationOf(atlas, unit)
  const state = unitStateAt(atlas, unit, asOf)
  if (state === 'not-yet')
    return basis.kind === 'own'
      ? `not yet formed (${formatSourceDate(basis.date)})`
      : `not yet in the structure: ${inheritedText(basis)}`
  if (state === 'merged') {
    const into = `merged into ${atlas.unitName(unit.merged!.into)}`
    return unit.merged!.date ? `${into}, ${formatSourceDate(unit.merged!.date)}` : `${into} (date not stated)`
  }
  if (state === 'disbandment-planned')
    return `to be disbanded on ${plainDate(unit.disbanded!)} (announced; the source does not confirm it happened)`
  if (state === 'disbanded') return `disbanded ${formatSourceDate(unit.disbanded!)}`
  // "Active" only in the sense that the source reports no end: it rarely confirms a unit still fights.
  return inheritedText(basis) ?? 'active (no end reported)'
}

/** "formed 27 February 2022", "formed by 9 March 2022", or "formation date not stated". */
export function formedText(unit: Unit): string {
  if (!unit.formed) return 'formation date not stated'
  const formed = `formed ${formatSourceDate(unit.formed)}`
  return unit.formedEarliest
    ? `${formed}; the source also says ${formatSourceDate(unit.formedEarliest)} (conflicting claims)`
    : formed
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

/**
 * The dates on which some unit's state changes (`unitStateAt` differs from the day before), in
 * order: the org chart draws the same thing at every date from one of them to the next.
 */
export function unitChangeDates(atlas: Atlas): IsoDate[] {
  const candidates = new Set<IsoDate>([LEGION_CREATED])
  for (const u of atlas.units)
    for (const d of [u.formedEarliest, u.formed, u.merged?.date, u.disbanded])
      if (d) candidates.add(periodStart(d))
  const picture = (date: IsoDate) => atlas.units.map((u) => unitStateAt(atlas, u, date)).join('|')
  return [...candidates].filter((date) => picture(date) !== picture(addDays(date, -1))).sort()
}
