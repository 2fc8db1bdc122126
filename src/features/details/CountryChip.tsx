import { useQuery } from '@tanstack/react-query'
import { topologyQuery } from '../../data/queries'
import type { Country } from '../../data/schema'
import { useAppStore } from '../../store/app-store'

/**
 * A country named by a unit or an event: a button that selects it when the dataset has a record
 * for it, otherwise a plain label with the map's name for the code (Ukraine, Armenia, …).
 */
export function CountryChip({ iso3, countries }: { iso3: string; countries: Country[] }) {
  const selectCountry = useAppStore((s) => s.selectCountry)
  const { data: topology } = useQuery(topologyQuery)
  const record = countries.find((c) => c.iso3 === iso3)
  if (record)
    return (
      <button type="button" className="chip" onClick={() => selectCountry(iso3)}>
        {record.name}
      </button>
    )
  const mapName = topology?.objects.countries.geometries.find((g) => g.properties.a3 === iso3)?.properties
    .name
  return (
    <span className="chip chip--static" title="The source has no section on this country">
      {mapName ?? iso3}
    </span>
  )
}
