import { useMemo, useState } from 'react'
import type { Atlas } from '../../model/atlas'
import { type CountryLayerValue } from '../../model/map-layer'
import { inLegendEntry, legendKeyLabel, type LegendEntry, type LegendKey } from '../../model/map-legend'
import { CONFLICT_LABEL } from '../../model/vocabulary'
import { compareText } from '../../model/text'
import { useAppStore } from '../../store/app-store'
import type { CountryListItem, ListNarrowing } from './CountryList'

/**
 * The pinned legend entry as the legend shows it now, and the country list it narrows: every
 * country in the source by name, or those of the pinned entry, saying so. Pinning an entry opens
 * the list (beside the drawing, where it is a column the user can close).
 */
export function useLegendPin(
  atlas: Atlas,
  values: ReadonlyMap<string, CountryLayerValue>,
  labels: ReadonlyMap<string, string>,
  entries: readonly LegendEntry[],
  conflicted: ReadonlySet<string>,
) {
  const legendPin = useAppStore((s) => s.legendPin)
  const setLegendPin = useAppStore((s) => s.setLegendPin)
  // A pin the legend does not show now (another layer's, or a state of another date) pins nothing.
  const shown = new Set<LegendKey>([
    ...entries.map((e) => e.category),
    ...(conflicted.size ? ['conflicts' as const] : []),
  ])
  const pinned = legendPin && shown.has(legendPin) ? legendPin : null

  const [listOpen, setListOpen] = useState(pinned !== null)
  const [openedFor, setOpenedFor] = useState(pinned)
  if (openedFor !== pinned) {
    setOpenedFor(pinned)
    if (pinned) setListOpen(true)
  }

  const countries = atlas.countries
  // The order is the atlas's; a date step changes only the labels.
  const byName = useMemo(() => [...countries].sort((a, b) => compareText(a.name, b.name)), [countries])
  const allItems: CountryListItem[] = useMemo(
    () =>
      byName.map((c) => ({
        iso3: c.iso3,
        name: c.name,
        label: [
          labels.get(c.iso3)!,
          c.conflicts.length ? CONFLICT_LABEL : '',
          c.ambiguous ? 'ambiguous classification' : '',
        ]
          .filter(Boolean)
          .join('; '),
        flagged: c.conflicts.length > 0,
      })),
    [byName, labels],
  )
  const items = pinned
    ? allItems.filter((item) => inLegendEntry(pinned, values.get(item.iso3)!, atlas.country(item.iso3)!))
    : allItems
  const narrowing: ListNarrowing | null = pinned
    ? { text: `${items.length} ${legendKeyLabel(pinned)}`, onShowAll: () => setLegendPin(null) }
    : null

  return { pinned, setLegendPin, items, allItems, narrowing, listOpen, setListOpen }
}
