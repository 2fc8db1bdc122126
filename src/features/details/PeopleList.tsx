import type { Person } from '../../data/schema'
import { formatSourceDate } from '../../lib/dates'
import { NAME_LOST_LABEL, PERSON_FACT_LABEL, PERSON_ROLE_LABEL } from '../../model/vocabulary'
import { ConflictList } from './SourceList'

/**
 * The people the source names, each with who they are, what happened to them (dated as precisely
 * as the source dates it) and the quote it says so in.
 */
export function PeopleList({ people }: { people: readonly Person[] }) {
  return (
    <ul className="details__list details__people">
      {people.map((p) => (
        <li key={p.id}>
          <strong>{p.name ?? <em>{NAME_LOST_LABEL}</em>}</strong>
          {p.aliases.length > 0 && <> (also {p.aliases.join(', ')})</>}
          {p.roles.length > 0 && <> · {p.roles.map((r) => PERSON_ROLE_LABEL[r]).join(', ')}</>} —{' '}
          {p.description}
          {p.facts.length > 0 && (
            <ul className="details__facts-list">
              {p.facts.map((f, i) => (
                <li key={i}>
                  {PERSON_FACT_LABEL[f.kind]}
                  {f.date ? `, ${formatSourceDate(f.date)}` : ', date not stated'}
                  {f.place ? `, ${f.place}` : ''}: <q>{f.source.quote}</q> <cite>{f.source.section}</cite>
                </li>
              ))}
            </ul>
          )}
          <ConflictList conflicts={p.conflicts} />
        </li>
      ))}
    </ul>
  )
}
