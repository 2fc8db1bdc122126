/**
 * The org chart's answer to the unit filters, from the same selector as the units table
 * (selectUnits). A text query looks in the units' descriptions, which only the full units.json
 * has (the first load's brief copy leaves them out), so with a query the answer comes from the
 * full files' atlas. While those load, the chart answers the other filters and says that it is
 * still searching, rather than answering from the names alone.
 */
import { useMemo } from 'react'
import { useFullAtlas } from '../../data/use-atlas'
import type { Atlas } from '../../model/atlas'
import type { IsoDate, UnitFilters } from '../../model/types'
import { needsDescriptions, selectUnits, type UnitSelection } from '../../model/unit-selection'

export interface ChartSelection {
  result: UnitSelection
  /** the atlas the answer comes from, and the filters it answers: for the layouts made ahead */
  from: Atlas
  applied: UnitFilters
  /** the text query waits for the descriptions: still loading, or they could not be loaded */
  query: 'applied' | 'loading' | 'failed'
}

export function useUnitSelection(atlas: Atlas, filters: UnitFilters, asOf: IsoDate): ChartSelection {
  const wanted = needsDescriptions(filters)
  const full = useFullAtlas(['units'], wanted)
  const ready = wanted && full.status === 'success' ? full.data : null
  const query = !wanted || ready ? 'applied' : full.status === 'error' ? 'failed' : 'loading'
  const from = ready ?? atlas
  const applied = useMemo(() => (query === 'applied' ? filters : { ...filters, query: '' }), [query, filters])
  const result = useMemo(() => selectUnits(from, applied, asOf), [from, applied, asOf])
  return { result, from, applied, query }
}

/** What the chart's count says while the text query waits for the descriptions. */
export const QUERY_WAIT_TEXT = {
  loading: 'Loading the unit descriptions to search them…',
  failed: 'The unit descriptions could not be loaded, so the text is not searched',
} as const
