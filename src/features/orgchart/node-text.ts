/** What an org chart card says: its name, nationalities, status at the date and tags. */
import type { SourceDate, Unit } from '../../data/schema'
import { formatSourceDate } from '../../lib/dates'
import type { Atlas } from '../../model/atlas'
import type { IsoDate } from '../../model/types'
import { formationOf, formedText, isPlanned, statusText, unitStateAt } from '../../model/unit-status'
import { AFFILIATED_NOTE, CONFLICT_TAG, NAME_LOST_TAG, type OrgDatum } from './org-structure'

/**
 * The mark before a unit's name, one per status the key explains: active, active with a formation
 * date the source does not state, disbandment planned (announced, never drawn as done), disbanded
 * and merged.
 */
export type StatusMark = 'active' | 'undated' | 'disbandment-planned' | 'disbanded' | 'merged'

export interface NodeText {
  name: string
  /** "Belarus", "South Korea, Turkey · Chechens": names, never codes; null for structural nodes without any */
  nationalities: string | null
  /** short status words for the card: "disbanded 1 July 2023"; for structure, its formation; else null */
  status: string | null
  /** null for structural and group nodes */
  mark: StatusMark | null
  /** the source contradicts itself about it: a ⚠ after the name, and a tag on the full card */
  conflicted: boolean
  tags: string[]
  /** the accessible name: begins with the name, then everything the card shows, in full */
  label: string
}

const made = new WeakMap<Atlas, WeakMap<OrgDatum, Map<string, NodeText>>>()

/**
 * `nodeText`, made once per card and state: a card's words depend on the date only through its
 * unit's state (`unitStateAt`), so every date in one state gives the same object, and a date step
 * hands the chart the very texts it drew, but for the units whose state changed.
 */
export function nodeTextAt(datum: OrgDatum, asOf: IsoDate, atlas: Atlas): NodeText {
  let byDatum = made.get(atlas)
  if (!byDatum) made.set(atlas, (byDatum = new WeakMap()))
  let byState = byDatum.get(datum)
  if (!byState) byDatum.set(datum, (byState = new Map()))
  const state =
    datum.type === 'unit' && datum.unit.kind === 'unit' ? unitStateAt(atlas, datum.unit, asOf) : 'any'
  let text = byState.get(state)
  if (!text) byState.set(state, (text = nodeText(datum, asOf, atlas)))
  return text
}

export function nodeText(datum: OrgDatum, asOf: IsoDate, atlas: Atlas): NodeText {
  if (datum.type === 'group') {
    return {
      name: datum.title,
      nationalities: null,
      status: null,
      mark: null,
      conflicted: false,
      tags: [datum.note],
      label: `${datum.title}, ${datum.note}`,
    }
  }
  const u = datum.unit
  const isUnit = u.kind === 'unit'
  const named = [...u.nationalities.iso3.map(atlas.countryName), ...u.nationalities.peoples].join(', ')
  const countries = u.nationalities.iso3.map(atlas.countryName).join(', ')
  const peoples = u.nationalities.peoples.join(', ')
  const nationalities =
    countries || peoples
      ? [countries, peoples].filter(Boolean).join(' · ')
      : isUnit
        ? 'nationalities not stated'
        : null
  const full = isUnit ? statusText(atlas, u, asOf) : null
  const { status, mark } = isUnit
    ? shortStatus(atlas, datum.unit, asOf)
    : { status: u.formed ? formedText(u) : null, mark: null }
  // Said once: an undated unit's status words may already say its formation date is not stated.
  const formed = (isUnit || u.formed) && !full?.includes('formation date not stated') ? formedText(u) : null
  const conflicted = u.conflicts.length > 0
  const tags = [
    ...(u.nameLost ? [NAME_LOST_TAG] : []),
    ...(u.wing === 'affiliated' && isUnit ? [AFFILIATED_NOTE] : []),
    // The source contradicts itself about this unit (its date, its place): say so on the card.
    ...(conflicted ? [CONFLICT_TAG] : []),
  ]
  const label = [
    u.name,
    ...(u.nameLost ? [NAME_LOST_TAG] : []),
    named || (isUnit ? 'nationalities not stated' : null),
    full,
    formed,
    ...(conflicted ? ['conflicting claims in the source'] : []),
  ]
    .concat(u.wing === 'affiliated' && isUnit ? [`affiliated, ${AFFILIATED_NOTE}`] : [])
    .filter(Boolean)
    .join(', ')
  return { name: u.name, nationalities, status, mark, conflicted, tags, label }
}

/** The card's status words, shorter than `statusText` (the details and the accessible name say it all). */
function shortStatus(atlas: Atlas, unit: Unit, asOf: IsoDate): { status: string; mark: StatusMark | null } {
  const state = unitStateAt(atlas, unit, asOf)
  const basis = formationOf(atlas, unit)
  const date = (d: SourceDate) =>
    formatSourceDate(isPlanned(d) ? { date: d.date, precision: d.precision } : d)
  switch (state) {
    case 'not-yet':
      return { status: statusText(atlas, unit, asOf), mark: null }
    case 'merged':
      return {
        status: `merged into ${atlas.unitName(unit.merged!.into)}${unit.merged!.date ? `, ${date(unit.merged!.date)}` : ''}`,
        mark: 'merged',
      }
    case 'disbandment-planned':
      return { status: `disbandment planned, ${date(unit.disbanded!)} (not confirmed)`, mark: state }
    case 'disbanded':
      return { status: `disbanded ${date(unit.disbanded!)}`, mark: state }
    default:
      return basis.kind === 'own'
        ? { status: `active · ${formedText(unit)}`, mark: 'active' }
        : { status: 'active · formation date not stated', mark: 'undated' }
  }
}
