import { useQuery } from '@tanstack/react-query'
import { countriesQuery } from '../../data/queries'
import { useAppStore } from '../../store/app-store'

export function DetailsPanel() {
  const iso3 = useAppStore((s) => s.country)
  const { data: countries } = useQuery(countriesQuery)
  const country = countries?.find((c) => c.iso3 === iso3)
  if (!country) return <p className="empty">Select a country, an event or a unit to read about it here.</p>
  return (
    <div>
      <h3>{country.name}</h3>
      {country.statement && <blockquote>{country.statement}</blockquote>}
    </div>
  )
}
