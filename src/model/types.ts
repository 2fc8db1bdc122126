/**
 * The types every layer shares, below the store: the store holds values of these types, the model
 * computes with them, and the views and the URL read them. Plain TypeScript; no React.
 */
import type { Wing } from '../data/schema'

export type { IsoDate } from '../lib/dates'

export const MAP_LAYERS = ['legality', 'stance', 'volunteers', 'deaths'] as const
export type MapLayer = (typeof MAP_LAYERS)[number]

/** The statuses a user can filter units by. */
export const UNIT_STATUSES = ['active', 'disbandment-planned', 'disbanded', 'merged'] as const
export type UnitStatus = (typeof UNIT_STATUSES)[number]

/**
 * The unit filters, as the store holds them and every view, the table and the exports apply them.
 * `query` is written `q` in the URL.
 */
export interface UnitFilters {
  wing: Wing | null
  /** alpha-3 code, or a named people such as "Chechens" */
  nationality: string | null
  status: UnitStatus | null
  query: string
}

export const NO_FILTERS: UnitFilters = { wing: null, nationality: null, status: null, query: '' }

export function hasFilters(f: UnitFilters): boolean {
  return f.wing !== null || f.nationality !== null || f.status !== null || f.query.trim() !== ''
}
