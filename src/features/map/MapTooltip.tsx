import type { Ref } from 'react'
import type { Country } from '../../data/schema'
import type { CountryLayerValue } from '../../model/map-layer'

/** The tooltip of the country under the pointer or the keyboard's cursor. */
export function MapTooltip({
  country,
  value,
  left,
  top,
  ref,
}: {
  country: Country
  value: CountryLayerValue
  left: number
  top: number
  ref?: Ref<HTMLDivElement>
}) {
  return (
    <div ref={ref} className="tooltip map-tooltip" role="tooltip" style={{ left, top }}>
      <strong>{country.name}</strong>
      <span>{value.valueText}</span>
      {value.dateText && <span className="tooltip__date">{value.dateText}</span>}
      {country.conflicts.length > 0 && (
        <span className="badge badge--conflict">Conflicting claims ({country.conflicts.length})</span>
      )}
      {country.ambiguous && <span className="badge badge--ambiguous">Ambiguous classification</span>}
    </div>
  )
}
