import { useId } from 'react'
import { WINGS, type Wing } from '../../data/schema'
import { UNIT_STATUS_LABEL, WING_LABEL } from '../../model/vocabulary'
import { UNIT_STATUSES, type UnitFilters, type UnitStatus } from '../../model/types'
import type { NationalityOption } from '../../model/unit-selection'

export interface OrgFilterActions {
  setWing: (wing: Wing | null) => void
  setNationality: (nationality: string | null) => void
  setStatus: (status: UnitStatus | null) => void
  setQuery: (query: string) => void
}

/** The filter controls; they read and write the store's choices through the given actions. */
export function OrgFilterBar({
  filters,
  options,
  actions,
  asOfText,
  countryName,
}: {
  filters: UnitFilters
  options: NationalityOption[]
  actions: OrgFilterActions
  /** "15 September 2022", for the status filter's label */
  asOfText: string
  countryName: (iso3: string) => string
}) {
  const id = useId()
  const countries = options.filter((o) => o.kind === 'country')
  const peoples = options.filter((o) => o.kind === 'people')
  // The map may choose a country no unit names; keep it visible so the select does not lie.
  const unknown =
    filters.nationality && !options.some((o) => o.value === filters.nationality) ? filters.nationality : null
  return (
    <div className="org-filters" role="group" aria-label="Filter units">
      <div className="org-filter">
        <label className="org-filter__label" htmlFor={`${id}-wing`}>
          Wing
        </label>
        <select
          id={`${id}-wing`}
          value={filters.wing ?? ''}
          onChange={(e) => actions.setWing((e.target.value || null) as Wing | null)}
        >
          <option value="">All wings</option>
          {WINGS.map((w) => (
            <option key={w} value={w}>
              {WING_LABEL[w]}
            </option>
          ))}
        </select>
      </div>
      <div className="org-filter">
        <label className="org-filter__label" htmlFor={`${id}-nationality`}>
          Nationality
        </label>
        <select
          id={`${id}-nationality`}
          value={filters.nationality ?? ''}
          onChange={(e) => actions.setNationality(e.target.value || null)}
        >
          <option value="">All nationalities</option>
          {unknown && <option value={unknown}>{countryName(unknown)} (no unit names it)</option>}
          <optgroup label="Countries">
            {countries.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Peoples and groups">
            {peoples.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="org-filter">
        <label className="org-filter__label" htmlFor={`${id}-status`}>
          Status on {asOfText}
        </label>
        <select
          id={`${id}-status`}
          value={filters.status ?? ''}
          onChange={(e) => actions.setStatus((e.target.value || null) as UnitStatus | null)}
        >
          <option value="">Any status</option>
          {UNIT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {UNIT_STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="org-filter org-filter--search">
        <label className="org-filter__label" htmlFor={`${id}-query`}>
          Search names and descriptions
        </label>
        <input
          id={`${id}-query`}
          type="search"
          value={filters.query}
          placeholder="e.g. Chechen"
          onChange={(e) => actions.setQuery(e.target.value)}
        />
      </div>
    </div>
  )
}
