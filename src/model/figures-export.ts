/**
 * The figures the source reports about each country, one row per figure: the country, the number
 * or range (low, high), what it counts, who claimed it, the date in words and as ISO columns, and
 * the quote with its section. The countries come from the countries table as the user sees it
 * (searched and sorted), so the figures export agrees with that table. Pure.
 */
import type { FullCountryFact } from '../data/schema'
import { formatSourceDate, hasBegunBy } from '../lib/dates'
import { dateColumns, isoDateCells, NOT_STATED } from './export-dates'
import type { ExportColumn } from './export-meta'
import { FIGURE_MEASURES, formatFigure } from './figures'
import type { ExportTable } from './table-export'
import type { IsoDate } from './types'
import { MEASURE_LABEL } from './vocabulary'

/** The figures file's columns, in order, each described for the metadata. */
export const FIGURE_COLUMNS: readonly ExportColumn[] = [
  {
    key: 'id',
    label: 'Figure',
    description: 'the country code and the figure’s number in its record, e.g. POL-3',
  },
  { key: 'country', label: 'Country', description: 'as the source names it' },
  { key: 'iso3', label: 'ISO3', description: 'ISO 3166-1 alpha-3 (Kosovo XKX)' },
  {
    key: 'measure',
    label: 'Measure',
    description:
      'what kind of count: applied, registered, arrived, serving, killed, captured, missing, wounded, returned',
  },
  { key: 'measure_label', label: 'Measure in words', description: 'the measure as the app words it' },
  {
    key: 'map_layer',
    label: 'Map layer',
    description:
      'the map layer that draws this measure (volunteers or deaths); empty for measures no layer draws',
  },
  { key: 'counts', label: 'What it counts', description: 'exactly what is counted, in the source’s terms' },
  {
    key: 'figure',
    label: 'Figure',
    description:
      'the number in words, as the source states it ("about 1,500–2,000"); "no number given" where the source gives the count in words only',
  },
  {
    key: 'low',
    label: 'Low',
    description: 'the number, or the low end of a range; empty when no number is given',
  },
  { key: 'high', label: 'High', description: 'the number (equal to low), or the high end of a range' },
  {
    key: 'figure_qualifier',
    label: 'Figure qualifier',
    description: 'how the number is stated: exact, about, at-least, more-than, up-to',
  },
  {
    key: 'claimed_by',
    label: 'Claimed by',
    description:
      'who makes the claim (an embassy, a ministry, a newspaper); "unknown" when the text does not say',
  },
  { key: 'date', label: 'Date', description: 'the date the text attaches to the figure, in words' },
  ...dateColumns('date', 'Date', 'figure’s date'),
  {
    key: 'reported_by_as_of',
    label: 'Reported by the as-of date',
    description:
      'yes when the figure’s period has begun by the as-of date (as the map counts it), no when later, "not stated" for an undated figure',
  },
  { key: 'section', label: 'Section', description: 'the article’s section the quote comes from' },
  { key: 'quote', label: 'Quote', description: 'the exact passage of the source' },
]

export type FigureRecord = Record<string, string>

function mapLayerOf(fact: FullCountryFact): string {
  if (FIGURE_MEASURES.volunteers.includes(fact.measure)) return 'volunteers'
  if (FIGURE_MEASURES.deaths.includes(fact.measure)) return 'deaths'
  return ''
}

/** One record per figure of the countries the table shows, in the table's order. */
export function figureRecords(table: ExportTable, asOf: IsoDate): FigureRecord[] {
  if (table.kind !== 'countries') return []
  return table.rows.flatMap((row) => {
    if (!row.record || !('country' in row.record)) return []
    const c = row.record.country
    return c.facts.map((fact, i) => {
      const date = isoDateCells(fact.date)
      return {
        id: `${c.iso3}-${i + 1}`,
        country: c.name,
        iso3: c.iso3,
        measure: fact.measure,
        measure_label: MEASURE_LABEL[fact.measure],
        map_layer: mapLayerOf(fact),
        counts: fact.counts,
        figure: formatFigure(fact),
        low: fact.figure ? String(fact.figure.min) : '',
        high: fact.figure ? String(fact.figure.max) : '',
        figure_qualifier: fact.figure?.qualifier ?? '',
        claimed_by: fact.claimant,
        date: fact.date ? formatSourceDate(fact.date) : NOT_STATED,
        date_start: date.start,
        date_end: date.end,
        date_precision: date.precision,
        date_qualifier: date.qualifier,
        reported_by_as_of: fact.date ? (hasBegunBy(fact.date, asOf) ? 'yes' : 'no') : NOT_STATED,
        section: fact.source.section,
        quote: fact.source.quote,
      }
    })
  })
}
