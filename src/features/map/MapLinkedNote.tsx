import type { LegionEvent } from '../../data/schema'
import { useEventTitles } from '../../data/use-event-titles'
import type { Atlas } from '../../model/atlas'
import { eventTitle } from '../../model/event-title'
import type { LinkedRecords } from '../../model/linked'

/** The line under the map that names what the outlined countries are linked to: a unit or an event. */
export function MapLinkedNote({
  atlas,
  links,
  event,
}: {
  atlas: Atlas
  links: LinkedRecords
  event: LegionEvent | undefined
}) {
  // A dated event's title comes with the full events.json (src/model/event-title.ts): the note
  // shows it without waiting for an input (a link, or an embed, may open with an event chosen).
  const titles = useEventTitles(links.by === 'event')
  if (!links.by || links.by === 'country') return null
  const about = links.by === 'event' && event ? eventTitle(event, titles) : links.about
  return (
    <p className="map-linked" data-testid="map-linked">
      Outlined:{' '}
      {links.countries.length ? links.countries.map(atlas.countryName).join(', ') : 'no country named'} —
      linked to “{about}”
    </p>
  )
}
