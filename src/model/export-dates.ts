/**
 * Machine-readable dates for the exports: beside each date in words, the first and last day of the
 * period the source's date names (ISO 8601), its precision and the source's own qualifier. Pure.
 *
 * Nothing is inferred: the columns come from the record's stored date alone (`2022`, `2022-03` or
 * `2022-03-07`). A record the source gives no date for has empty ISO columns and the precision
 * "not stated"; a date a record cannot have (an active unit's disbandment) is empty throughout.
 */
import type { Person, FullCountry, FullEvent, FullUnit, SourceDate } from '../data/schema'
import { periodEnd, periodStart } from '../lib/dates'
import type { ExportColumn } from './export-meta'

/** The precision column: the source's, or "not stated"; "" where the record has no such date. */
export type DatePrecisionCell = SourceDate['precision'] | 'not stated' | ''

export const NOT_STATED = 'not stated'

export interface IsoDateCells {
  start: string
  end: string
  precision: DatePrecisionCell
  qualifier: string
}

/** The suffixes of the four columns a date becomes: `formed_start`, `formed_end`, … */
export const DATE_CELL_SUFFIXES = ['start', 'end', 'precision', 'qualifier'] as const

/**
 * A stored date as four cells. `null`: the record has the thing but no date for it ("not
 * stated"); `undefined`: the record has no such thing (no disbandment), all cells empty.
 */
export function isoDateCells(date: SourceDate | null | undefined): IsoDateCells {
  if (date === undefined) return { start: '', end: '', precision: '', qualifier: '' }
  if (date === null) return { start: '', end: '', precision: NOT_STATED, qualifier: '' }
  return {
    start: periodStart(date),
    end: periodEnd(date),
    precision: date.precision,
    qualifier: date.qualifier ?? '',
  }
}

/** The four columns of a date, described for the metadata: `dateColumns('formed', 'Formed', …)`. */
export function dateColumns(key: string, label: string, what: string): ExportColumn[] {
  const description = {
    start: `first day of the period of the ${what}, YYYY-MM-DD`,
    end: `last day of the period of the ${what}, YYYY-MM-DD`,
    precision: `precision of the ${what}: day, month, year, or "not stated"`,
    qualifier: `the source's words about the ${what} ("early", "by", "as of", "planned", …)`,
  }
  return DATE_CELL_SUFFIXES.map((suffix) => ({
    key: `${key}_${suffix}`,
    label: `${label} (${suffix})`,
    description: description[suffix],
  }))
}

/** The record a table row stands for, as the table rows hold it. */
export type ExportRecord =
  { country: FullCountry } | { unit: FullUnit } | { event: FullEvent } | { person: Person }

export interface ExportDateField {
  /** the columns' prefix: `stated` gives `stated_start`, `stated_end`, … */
  key: string
  /** "statement date", for the columns' descriptions */
  what: string
  /** the table column the four columns follow; at the end of the table's columns when absent */
  after: string
  /** the record's date: null where it has none, undefined where it cannot have one */
  of: (record: ExportRecord) => SourceDate | null | undefined
}

const country = (r: ExportRecord) => ('country' in r ? r.country : undefined)
const unit = (r: ExportRecord) => ('unit' in r ? r.unit : undefined)

/** The dates each table shows in words and the exports add as ISO columns. People: none. */
export const EXPORT_DATE_FIELDS: Record<'countries' | 'units' | 'events' | 'people', ExportDateField[]> = {
  countries: [{ key: 'stated', what: 'statement date', after: 'stated', of: (r) => country(r)?.statedOn }],
  units: [
    { key: 'formed', what: 'formation date', after: 'formed', of: (r) => unit(r)?.formed },
    {
      key: 'disbanded',
      what: 'disbandment date (a planned one has the qualifier "planned")',
      after: 'status',
      of: (r) => {
        const u = unit(r)
        return u?.disbanded ?? undefined
      },
    },
    {
      key: 'merged',
      what: 'date of the merger into another unit',
      after: 'status',
      of: (r) => {
        const u = unit(r)
        return u?.merged ? u.merged.date : undefined
      },
    },
  ],
  events: [
    { key: 'date', what: 'event date', after: 'date', of: (r) => ('event' in r ? r.event.date : undefined) },
  ],
  people: [],
}

/** How to read the date columns: written once, in the metadata and the README. */
export const DATE_RULES: readonly string[] = [
  'Dates are as precise as the source states them, never more: a day, a month or a year.',
  'Each date in words has four machine-readable columns beside it: <name>_start and <name>_end are the first and last day of the period the date names (ISO 8601, YYYY-MM-DD; "March 2022" is 2022-03-01 to 2022-03-31, "2022" is 2022-01-01 to 2022-12-31); <name>_precision is day, month or year; <name>_qualifier keeps the words the source adds ("early", "by", "as of", "planned", "2014–2015").',
  'A qualifier can move the period: "by" and "as of" mean on or before, "since" and "starting" mean from then on, "planned" and "scheduled" mean announced, not confirmed; a qualifier that is a span ("2014–2015", "late September or early October") runs past <name>_end. The ISO columns give the stored date only and never widen it.',
  'Where the source gives no date, the ISO columns are empty and <name>_precision is "not stated"; no date is inferred. Where a record cannot have the date (an active unit has no disbandment date), all four columns are empty.',
  'A date without a year in the source ("On 28 February") takes its year from context only where the context leaves no doubt.',
  'The date of a fact or an event is the date the text attaches to it: often the date of the report, not of the thing reported.',
  'The tables sort a month or a year at its first day; the map, the org chart and the timeline count a dated thing from the first day of its period (<name>_start) and a "planned" disbandment never as done.',
]
