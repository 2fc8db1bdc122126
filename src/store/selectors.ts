/** Derived values that several views read from the store's choices. */
import { todayIso } from '../lib/dates'
import type { IsoDate, UnitFilters } from '../model/types'
import type { AppState } from './app-store'

/** The date every view shows: the user's choice, or today when they have not chosen one. */
export const selectAsOf = (s: AppState): IsoDate => s.asOf ?? todayIso()

/** The unit filters the user chose; use with `useShallow`, as it returns a new object each call. */
export const selectUnitFilters = (s: AppState): UnitFilters => ({
  wing: s.wing,
  nationality: s.nationality,
  status: s.status,
  query: s.query,
})

/** Whether a country, a unit or an event is selected (the details are open). */
export const selectHasSelection = (s: AppState): boolean => !!(s.country || s.unit || s.event)

/** Whether the map shows less than the whole world: a region preset, or the user's zoom. */
export const selectMapZoomedIn = (s: AppState): boolean =>
  s.mapRegion !== 'world' || (s.mapView?.zoom ?? 1) > 1.01
