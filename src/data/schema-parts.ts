/**
 * The pieces the record schemas (src/data/schema.ts) are made of: enumerations with errors that
 * name the allowed values, dates at the source's precision, sources and conflicts.
 */
import { z } from 'zod/mini'
import { calendarProblem } from '../lib/dates'

/** Precision of a date as the source states it. "early March 2022" is month precision. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const
export type DatePrecision = (typeof DATE_PRECISIONS)[number]

export const NonEmpty = z.string().check(z.minLength(1))

/**
 * An enumeration whose error names the allowed values and the value received, e.g.
 * `must be one of day, month, year; got "week"`. Every enum in these schemas is built with it.
 */
export function oneOf<const T extends readonly string[]>(values: T) {
  return z.enum(values, {
    error: (issue) => `must be one of ${values.join(', ')}; got ${describeValue(issue.input)}`,
  })
}

/** A received value as it appears in the JSON: strings quoted, anything else as JSON. */
function describeValue(value: unknown): string {
  return value === undefined ? 'nothing (the field is missing)' : JSON.stringify(value)
}

const DATE_FORMAT: Record<DatePrecision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
}

/**
 * A date as precise as the source is, never more: `2022-03-07` (day), `2022-03` (month) or
 * `2022` (year). `qualifier` keeps words like "early", "late", "by", "as of" that the source adds.
 * The date must exist on the calendar: `2022-02-30` and `2022-13` are rejected.
 */
export const SourceDateSchema = z
  .strictObject({
    date: z.string(),
    precision: oneOf(DATE_PRECISIONS),
    qualifier: z.optional(NonEmpty),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (!DATE_FORMAT[value.precision].test(value.date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['date'],
          message: `"${value.date}" does not match precision "${value.precision}" (expected ${
            { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' }[value.precision]
          })`,
        })
        return
      }
      const why = calendarProblem(value.date)
      if (why) {
        ctx.addIssue({
          code: 'custom',
          path: ['date'],
          message: `"${value.date}" is not a calendar date: ${why}`,
        })
      }
    }),
  )
export type SourceDate = z.infer<typeof SourceDateSchema>

/** Where a record's facts come from: a section path of the article and an exact quote from it. */
export const SourceRefSchema = z.strictObject({
  section: NonEmpty,
  quote: NonEmpty,
})
export type SourceRef = z.infer<typeof SourceRefSchema>

/** Two or more claims in the source that contradict each other; all are kept. */
export const ConflictSchema = z.strictObject({
  about: NonEmpty,
  claims: z.array(z.strictObject({ claim: NonEmpty, source: SourceRefSchema })).check(z.minLength(2)),
  note: z.optional(NonEmpty),
})
export type FullConflict = z.infer<typeof ConflictSchema>

/** A conflict as the first load has it: what it is about. Its claims come with the full files. */
export const BriefConflictSchema = z.strictObject({ about: NonEmpty })
export type Conflict = z.infer<typeof BriefConflictSchema>

/** The form a record's conflicts take: in the files, or in their brief copies. */
export type ConflictForm = z.ZodMiniType<Conflict>

export const ISO3 = z
  .string()
  .check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as "POL"'))
