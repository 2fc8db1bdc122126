/**
 * What every export says about itself: the as-of date, the filters in force and the source. Pure;
 * shared by the table exports (ZIP, CSV, JSON) and the map exports (SVG, PNG).
 */
import type { IsoDate, UnitFilters } from './types'
import { WING_LABEL } from './vocabulary'

const SOURCE = "Source: encyclopedia article 'International Legion (Ukraine)', plain-text version"

/** The citation every table export carries. */
export const SOURCE_CITATION = `${SOURCE}; each row names its section`

/** The citation under an exported map: the map itself has no rows to name sections. */
export const MAP_CITATION = `${SOURCE}; the table exports name each record's section`

/** A column of an exported file, as its metadata describes it. */
export interface ExportColumn {
  /** the CSV header and the JSON field, e.g. "legality" */
  key: string
  /** the column's heading in the table, e.g. "Legality" */
  label: string
  /** what a column the table does not show holds, e.g. "first day of the period of …" */
  description?: string
}

/** The state of the app an export was taken in. */
export interface ExportContext {
  /** the as-of date every view shows, YYYY-MM-DD */
  asOf: IsoDate
  filters: UnitFilters
}

/** "wing: Defence Intelligence (HUR); status: active; q: “sich”", or "none". */
export function describeFilters(f: UnitFilters): string {
  const parts: string[] = []
  if (f.wing) parts.push(`wing: ${WING_LABEL[f.wing]}`)
  if (f.nationality) parts.push(`nationality: ${f.nationality}`)
  if (f.status) parts.push(`status: ${f.status}`)
  if (f.query.trim()) parts.push(`q: “${f.query.trim()}”`)
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
