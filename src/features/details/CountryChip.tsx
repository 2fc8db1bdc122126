import type { Atlas } from '../../model/atlas'
import { useAppStore } from '../../store/app-store'

/**
 * A country named by a unit or an event: a button that selects it when the dataset has a record
 * for it, otherwise a plain label with the map's name for the code (Ukraine, Armenia, …).
 */
export function CountryChip({ iso3, atlas }: { iso3: string; atlas: Atlas }) {
  const selectCountry = useAppStore((s) => s.selectCountry)
  if (atlas.country(iso3))
    return (
      <button type="button" className="chip" onClick={() => selectCountry(iso3)}>
        {atlas.countryName(iso3)}
      </button>
    )
  return (
    <span className="chip chip--static" title="The source has no section on this country">
      {atlas.countryName(iso3)}
    </span>
  )
}
