import { useId, useState, type ReactNode } from 'react'
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

interface Props {
  filters: UnitFilters
  options: NationalityOption[]
  actions: OrgFilterActions
  /** "15 September 2022", for the status filter's label */
  asOfText: string
  countryName: (iso3: string) => string
}

/** The filters the user has set, in words, each with the action that removes it. */
function setFilters({ filters, actions, countryName }: Props) {
  const set: { label: string; clear: () => void }[] = []
  if (filters.wing)
    set.push({ label: `Wing: ${WING_LABEL[filters.wing]}`, clear: () => actions.setWing(null) })
  if (filters.nationality) {
    // A country by its name (the picker adds its code), a people as it is.
    set.push({
      label: `Nationality: ${countryName(filters.nationality)}`,
      clear: () => actions.setNationality(null),
    })
  }
  if (filters.status)
    set.push({ label: `Status: ${UNIT_STATUS_LABEL[filters.status]}`, clear: () => actions.setStatus(null) })
  if (filters.query.trim())
    set.push({ label: `Search: “${filters.query.trim()}”`, clear: () => actions.setQuery('') })
  return set
}

/**
 * The "Filters" button and, after it, the filters the user has set, each removable; the controls
 * (and `more`, such as the branch buttons) open below on demand, so the chart keeps its room. Filters change only here (or through a link
 * the details label as a filter); they read and write the store through the given actions.
 */
export function useOrgFilterBar(props: Props, more?: ReactNode) {
  const [open, setOpen] = useState(false)
  const id = useId()
  const chips = setFilters(props)
  const button = (
    <>
      <button
        type="button"
        className="org-filters__toggle"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen(!open)}
      >
        Filters{chips.length ? ` (${chips.length})` : ''} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      {chips.map((chip) => (
        <button
          key={chip.label}
          type="button"
          className="org-chip"
          aria-label={`Remove the filter ${chip.label}`}
          onClick={chip.clear}
        >
          {chip.label} <span aria-hidden="true">×</span>
        </button>
      ))}
    </>
  )
  const panel = open ? (
    <div id={`${id}-panel`} className="org-panel">
      <FilterControls {...props} id={`${id}-filters`} />
      {more}
    </div>
  ) : null
  return { button, panel, count: chips.length }
}

function FilterControls({ filters, options, actions, asOfText, countryName, id }: Props & { id: string }) {
  const countries = options.filter((o) => o.kind === 'country')
  const peoples = options.filter((o) => o.kind === 'people')
  // A link may name a nationality no unit names; keep it visible so the select does not lie.
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
