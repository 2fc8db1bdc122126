import type { FullEvent, LegionEvent } from '../../data/schema'
import { useEventTitles } from '../../data/use-event-titles'
import type { Atlas } from '../../model/atlas'
import { eventTitle, hasEventTitle } from '../../model/event-title'
import { EVENT_KIND_LABEL } from '../../model/vocabulary'
import { formatSourceDate } from '../../lib/dates'
import { useAppStore } from '../../store/app-store'
import { CiteButton } from './CiteButton'
import { CountryChip } from './CountryChip'
import { PeopleList } from './PeopleList'
import { LiveArticleNote } from './Passage'
import { ConflictList, SourceList } from './SourceList'

/** An event's details; its quotes once the full files have loaded (`full`), the rest at once. */
export function EventDetails({
  event,
  full,
  atlas,
}: {
  event: LegionEvent
  full: FullEvent | undefined
  atlas: Atlas
}) {
  const selectUnit = useAppStore((s) => s.selectUnit)
  const record = full ?? event
  const titles = useEventTitles()
  const title = eventTitle(record, titles)
  return (
    <article className="details" aria-label={title}>
      <p className="details__kicker">
        {EVENT_KIND_LABEL[event.kind]} ·{' '}
        {event.date ? formatSourceDate(event.date) : 'date not given in the source'}
      </p>
      <h3
        className={hasEventTitle(record, titles) ? 'details__title' : 'details__title is-pending'}
        tabIndex={-1}
      >
        {title}
      </h3>
      <div className="details__actions">
        <CiteButton subject={title} passages={full?.sources} name="Cite this event" />
      </div>
      <ConflictList conflicts={record.conflicts} />
      {event.countries.length > 0 && (
        <>
          <h4>Countries</h4>
          <span className="chip-row">
            {event.countries.map((iso3) => (
              <CountryChip key={iso3} iso3={iso3} atlas={atlas} />
            ))}
          </span>
        </>
      )}
      {event.units.length > 0 && (
        <>
          <h4>Units</h4>
          <span className="chip-row">
            {event.units.map((id) => (
              <button key={id} type="button" className="chip" onClick={() => selectUnit(id)}>
                {atlas.unitName(id)}
              </button>
            ))}
          </span>
        </>
      )}
      {atlas.peopleOfEvent(event.id).length > 0 && (
        <>
          <h4>People</h4>
          <PeopleList people={atlas.peopleOfEvent(event.id)} />
        </>
      )}
      <h4>Source</h4>
      <SourceList sources={full?.sources} subject={title} />
      <LiveArticleNote />
    </article>
  )
}
