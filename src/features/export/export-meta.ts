/**
 * What every export says about itself: the as-of date, the filters in force and the source. Pure;
 * shared by the table exports (CSV, JSON) and the map exports (SVG, PNG).
 */
import type { Wing } from '../../data/schema'
import { WING_LABEL } from '../../model/vocabulary'
import type { IsoDate, UnitStatus } from '../../model/types'

const SOURCE = "Source: encyclopedia article 'International Legion (Ukraine)', plain-text version"

/** The citation every table export carries. */
export const SOURCE_CITATION = `${SOURCE}; each row names its section`

/** The citation under an exported map: the map itself has no rows to name sections. */
export const MAP_CITATION = `${SOURCE}; the table exports name each record's section`

/** The app's filters, as the store holds them (`q` is the store's `query`, the org chart search). */
export interface AppFilters {
  wing: Wing | null
  /** alpha-3 code or a named people */
  nationality: string | null
  status: UnitStatus | null
  q: string
}

export const NO_APP_FILTERS: AppFilters = { wing: null, nationality: null, status: null, q: '' }

/** The state of the app an export was taken in. */
export interface ExportContext {
  /** the as-of date every view shows, YYYY-MM-DD */
  asOf: IsoDate
  filters: AppFilters
}

/** "wing: Defence Intelligence (HUR); status: active; q: “sich”", or "none". */
export function describeFilters(f: AppFilters): string {
  const parts: string[] = []
  if (f.wing) parts.push(`wing: ${WING_LABEL[f.wing]}`)
  if (f.nationality) parts.push(`nationality: ${f.nationality}`)
  if (f.status) parts.push(`status: ${f.status}`)
  if (f.q.trim()) parts.push(`q: “${f.q.trim()}”`)
  return parts.length ? parts.join('; ') : 'none'
}

/** "legion-atlas-countries-2022-09-15.csv": safe for every file system. */
export function exportFileName(what: string, asOf: IsoDate, extension: string): string {
  const slug = what
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return `legion-atlas-${slug}-${asOf}.${extension}`
}
