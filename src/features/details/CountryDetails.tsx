import type { Country, FullCountry } from '../../data/schema'
import type { Atlas } from '../../model/atlas'
import {
  LEGALITY_DEFINITION,
  LEGALITY_LABEL,
  MEASURE_LABEL,
  STANCE_DEFINITION,
  STANCE_LABEL,
} from '../../model/vocabulary'
import { formatIsoDate, formatSourceDate } from '../../lib/dates'
import { LEGION_CREATED } from '../../model/legion'
import { useAppStore } from '../../store/app-store'
import { selectAsOf } from '../../store/selectors'
import { claimedByText, formatFigure } from '../../model/figures'
import { CiteButton } from './CiteButton'
import { LiveArticleNote, Passage } from './Passage'
import { EventLinks } from './EventLinks'
import { PeopleList } from './PeopleList'
import { ConflictList, SourceList } from './SourceList'

/**
 * A country's details. Its statement, ambiguity note, what its figures count and its quotes are in
 * the full files (`full`, once loaded: src/data/brief-copies.ts); the rest shows at once.
 */
export function CountryDetails({
  country,
  full,
  atlas,
}: {
  country: Country
  full: FullCountry | undefined
  atlas: Atlas
}) {
  const record = full ?? country
  const selectUnit = useAppStore((s) => s.selectUnit)
  const setNationality = useAppStore((s) => s.setNationality)
  const showView = useAppStore((s) => s.showView)
  const filtered = useAppStore((s) => s.nationality === country.iso3)
  const asOf = useAppStore(selectAsOf)
  const countryUnits = atlas.unitsOfCountry(country.iso3)
  const countryEvents = atlas.eventsOfCountry(country.iso3)
  return (
    <article className="details" aria-label={country.name}>
      <h3 className="details__title" tabIndex={-1}>
        {country.name}
      </h3>
      <div className="details__actions">
        <CiteButton subject={country.name} passages={full?.sources} />
      </div>
      {/* A country has a statement exactly when it has a row in the table, so a legality. */}
      {country.legality === null ? (
        <p className="details__note">
          No stance recorded: the source has a section on {country.name} but no row in its table of government
          responses.
        </p>
      ) : (
        <>
          {full ? (
            <blockquote className="details__statement">{full.statement}</blockquote>
          ) : (
            <p className="details__statement passage-pending">Loading the official statement…</p>
          )}
          <p className="details__meta">
            {country.statedOn
              ? `Stated ${formatSourceDate(country.statedOn)}`
              : 'Date of the statement not stated: the map shows it hatched, from the Legion’s creation on.'}
          </p>
          {asOf < LEGION_CREATED && (
            <p className="details__note">
              On {formatIsoDate(asOf)} the Legion did not exist yet: it was created on 27 February 2022, and
              this statement is about it. The map colours no country by its stance before then.
            </p>
          )}
          <dl className="details__facts">
            <dt>Legality</dt>
            <dd>
              <strong>{LEGALITY_LABEL[country.legality!]}</strong> — {LEGALITY_DEFINITION[country.legality!]}
            </dd>
            <dt>Official stance</dt>
            <dd>
              <strong>{STANCE_LABEL[country.stance!]}</strong> — {STANCE_DEFINITION[country.stance!]}
            </dd>
          </dl>
          {country.ambiguous && (
            <p className="details__ambiguous">
              <span className="badge badge--ambiguous">Ambiguous</span>{' '}
              {full ? full.ambiguity : <span className="passage-pending">Loading the note on why…</span>}
            </p>
          )}
        </>
      )}
      <ConflictList conflicts={record.conflicts} />

      <h4>Reported figures</h4>
      {country.facts.length ? (
        <ul className="details__list">
          {country.facts.map((f, i) => {
            const fullFact = full?.facts[i]
            const figure = `${formatFigure(f)} ${MEASURE_LABEL[f.measure]}`
            const when = f.date ? formatSourceDate(f.date) : 'date not stated'
            return (
              <li key={i}>
                <strong>{figure}</strong>
                {fullFact && ` (${fullFact.counts})`} — {when}, {claimedByText(f.claimant)}.{' '}
                <Passage source={fullFact?.source} />{' '}
                <CiteButton
                  subject={`${country.name}: ${figure}`}
                  passages={fullFact && [fullFact.source]}
                  name={`Cite the figure ${figure}, ${when}`}
                />
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="details__note">The source gives no figures for {country.name}.</p>
      )}

      <h4>Units with {country.name} among their nationalities</h4>
      {countryUnits.length ? (
        <ul className="details__list">
          {countryUnits.map((u) => (
            <li key={u.id}>
              <button type="button" className="link-button" onClick={() => selectUnit(u.id)}>
                {u.name}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="details__note">None named in the source.</p>
      )}
      {countryUnits.length > 0 && !filtered && (
        // Selecting a country only highlights its units; filtering the org chart is this explicit choice.
        <p>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setNationality(country.iso3)
              showView('orgchart')
            }}
          >
            Filter: show only {country.name}’s units in the org chart
          </button>
        </p>
      )}

      <h4>Events naming {country.name}</h4>
      {countryEvents.length ? <EventLinks events={countryEvents} /> : <p className="details__note">None.</p>}

      {atlas.peopleOfCountry(country.iso3).length > 0 && (
        <>
          <h4>People from {country.name} the source names</h4>
          <PeopleList people={atlas.peopleOfCountry(country.iso3)} />
        </>
      )}
      <h4>Source</h4>
      <SourceList sources={full?.sources} subject={country.name} />
      <LiveArticleNote />
    </article>
  )
}
