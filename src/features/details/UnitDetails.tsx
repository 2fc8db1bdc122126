import type { FullUnit, Unit } from '../../data/schema'
import type { Atlas } from '../../model/atlas'
import { WING_LABEL } from '../../model/vocabulary'
import { formatSourceDate } from '../../lib/dates'
import { CiteButton } from './CiteButton'
import { CountryChip } from './CountryChip'
import { EventLinks } from './EventLinks'
import { PeopleList } from './PeopleList'
import { LiveArticleNote } from './Passage'
import { ConflictList, SourceList } from './SourceList'

/** A unit's details; its quotes once the full files have loaded (`full`), the rest at once. */
export function UnitDetails({ unit, full, atlas }: { unit: Unit; full: FullUnit | undefined; atlas: Atlas }) {
  const record = full ?? unit
  const parent = atlas.parentOf(unit)
  const unitEvents = atlas.eventsOfUnit(unit.id)
  return (
    <article className="details" aria-label={unit.name}>
      <h3 className="details__title" tabIndex={-1}>
        {unit.name}
      </h3>
      <div className="details__actions">
        <CiteButton subject={unit.name} passages={full?.sources} />
      </div>
      {unit.nameLost && (
        <p className="details__note">
          <span className="badge badge--ambiguous">Name lost</span> The source lost this unit's name; this is
          a description.
        </p>
      )}
      {full ? <p>{full.description}</p> : <p className="passage-pending">Loading the description…</p>}
      <dl className="details__facts">
        <dt>Wing</dt>
        <dd>{unit.wing ? WING_LABEL[unit.wing] : 'Chain of command'}</dd>
        <dt>Part of</dt>
        <dd>{parent ? parent.name : unit.wing === 'related' ? 'not placed by the source' : '—'}</dd>
        <dt>Formed</dt>
        <dd>{unit.formed ? formatSourceDate(unit.formed) : 'unknown'}</dd>
        {unit.disbanded && (
          <>
            <dt>Disbanded</dt>
            <dd>{formatSourceDate(unit.disbanded)}</dd>
          </>
        )}
        {unit.merged && (
          <>
            <dt>Merged</dt>
            <dd>
              into {atlas.unitName(unit.merged.into)}
              {unit.merged.date ? `, ${formatSourceDate(unit.merged.date)}` : ''}
            </dd>
          </>
        )}
        <dt>Nationalities</dt>
        <dd>
          {unit.nationalities.iso3.length + unit.nationalities.peoples.length === 0 && 'not stated'}
          <span className="chip-row">
            {unit.nationalities.iso3.map((iso3) => (
              <CountryChip key={iso3} iso3={iso3} atlas={atlas} />
            ))}
            {unit.nationalities.peoples.map((p) => (
              <span key={p} className="chip chip--static">
                {p}
              </span>
            ))}
          </span>
        </dd>
      </dl>
      <ConflictList conflicts={record.conflicts} />
      {unitEvents.length > 0 && (
        <>
          <h4>Events</h4>
          <EventLinks events={unitEvents} />
        </>
      )}
      {atlas.peopleOfUnit(unit.id).length > 0 && (
        <>
          <h4>People in this unit the source names</h4>
          <PeopleList people={atlas.peopleOfUnit(unit.id)} />
        </>
      )}
      <h4>Source</h4>
      <SourceList sources={full?.sources} subject={unit.name} />
      <LiveArticleNote />
    </article>
  )
}
