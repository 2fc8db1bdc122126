/** Which sections of the article the dataset cites, and how often. Pure. */
import type { FullCountry, FullEvent, FullUnit, SourceRef } from '../../data/schema'
import { compareText } from '../../model/text'

export interface SectionUse {
  section: string
  countries: number
  units: number
  events: number
}

function refsOf(record: FullCountry | FullUnit | FullEvent): SourceRef[] {
  const refs = [...record.sources, ...record.conflicts.flatMap((c) => c.claims.map((claim) => claim.source))]
  if ('facts' in record) refs.push(...record.facts.map((f) => f.source))
  return refs
}

/** Every cited section with the number of records of each kind citing it, in article order of first use. */
export function sectionUses(countries: FullCountry[], units: FullUnit[], events: FullEvent[]): SectionUse[] {
  const uses = new Map<string, SectionUse>()
  const count = (
    records: Array<FullCountry | FullUnit | FullEvent>,
    key: 'countries' | 'units' | 'events',
  ) => {
    for (const record of records) {
      for (const section of new Set(refsOf(record).map((r) => r.section))) {
        const use = uses.get(section) ?? { section, countries: 0, units: 0, events: 0 }
        use[key] += 1
        uses.set(section, use)
      }
    }
  }
  count(countries, 'countries')
  count(units, 'units')
  count(events, 'events')
  return [...uses.values()].sort((a, b) => compareText(a.section, b.section))
}

export function conflictCount(countries: FullCountry[], units: FullUnit[], events: FullEvent[]): number {
  return [...countries, ...units, ...events].reduce((n, r) => n + r.conflicts.length, 0)
}
