/** What an org chart card says: its name, nationalities, status at the date, dates and tags. */
import type { Atlas } from '../../model/atlas'
import type { IsoDate } from '../../model/types'
import { formedText, statusText } from '../../model/unit-status'
import { AFFILIATED_NOTE, CONFLICT_TAG, NAME_LOST_TAG, type OrgDatum } from './org-structure'

export interface NodeText {
  name: string
  /** "BLR, MDA · Chechens"; null for structural nodes without any */
  nationalities: string | null
  /** the status words at the date; null for structural and group nodes */
  status: string | null
  /** "formed 27 February 2022" or "formation date not stated"; null where the status says it, for group nodes and undated structure */
  formed: string | null
  tags: string[]
  /** the accessible name: begins with the name, then everything the card shows */
  label: string
}

export function nodeText(datum: OrgDatum, asOf: IsoDate, atlas: Atlas): NodeText {
  if (datum.type === 'group') {
    return {
      name: datum.title,
      nationalities: null,
      status: null,
      formed: null,
      tags: [datum.note],
      label: `${datum.title}, ${datum.note}`,
    }
  }
  const u = datum.unit
  const isUnit = u.kind === 'unit'
  const { iso3, peoples } = u.nationalities
  const codes = iso3.join(', ')
  const nationalities =
    iso3.length || peoples.length
      ? [codes, peoples.join(', ')].filter(Boolean).join(' · ')
      : isUnit
        ? 'nationalities not stated'
        : null
  const spoken = [...iso3.map(atlas.countryName), ...peoples].join(', ')
  const status = isUnit ? statusText(atlas, u, asOf) : null
  // Said once: an undated unit's status line may already say its formation date is not stated.
  const saysFormation = !!status && status.includes('formation date not stated')
  const formed = (isUnit || u.formed) && !saysFormation ? formedText(u) : null
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
    spoken || nationalities,
    status,
    formed,
    ...(conflicted ? ['conflicting claims in the source'] : []),
  ]
    .concat(u.wing === 'affiliated' && isUnit ? [`affiliated, ${AFFILIATED_NOTE}`] : [])
    .filter(Boolean)
    .join(', ')
  return { name: u.name, nationalities, status, formed, tags, label }
}
