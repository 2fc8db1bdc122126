import type { Person } from '../../data/schema'
import { formatSourceDate } from '../../lib/dates'
import { NAME_LOST_LABEL, PERSON_FACT_LABEL, PERSON_ROLE_LABEL } from '../../model/vocabulary'
import { CiteButton } from './CiteButton'
import { Passage } from './Passage'
import { ConflictList } from './SourceList'

/** How a citation names a person: the name, or who they are where the source lost the name. */
function personSubject(p: Person): string {
  return p.name ?? `${NAME_LOST_LABEL}: ${p.description}`
}

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
          {p.description}{' '}
          <CiteButton
            subject={personSubject(p)}
            passages={p.sources}
            name={p.name ? `Cite ${p.name}` : `Cite this person (${NAME_LOST_LABEL})`}
          />
          {p.facts.length > 0 && (
            <ul className="details__facts-list">
              {p.facts.map((f, i) => (
                <li key={i}>
                  {PERSON_FACT_LABEL[f.kind]}
                  {f.date ? `, ${formatSourceDate(f.date)}` : ', date not stated'}
                  {f.place ? `, ${f.place}` : ''}: <Passage source={f.source} />
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
