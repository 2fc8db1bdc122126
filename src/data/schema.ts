/**
 * Schemas for the files in data/. They are the boundary between the JSON the app serves and the
 * typed world inside it: the app, `npm run validate-data` and the tests all parse with these.
 * Field meanings and every enumeration are documented in data/README.md.
 */
// zod/mini: the same parser and error paths as zod, a third of its size in the bundle.
import { z } from 'zod/mini'
import { calendarProblem } from '../lib/dates'

/** Precision of a date as the source states it. "early March 2022" is month precision. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const
export type DatePrecision = (typeof DATE_PRECISIONS)[number]

const NonEmpty = z.string().check(z.minLength(1))

/**
 * An enumeration whose error names the allowed values and the value received, e.g.
 * `must be one of day, month, year; got "week"`. Every enum in these schemas is built with it.
 */
function oneOf<const T extends readonly string[]>(values: T) {
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
export type Conflict = z.infer<typeof ConflictSchema>

const ISO3 = z.string().check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as "POL"'))

// ---------------------------------------------------------------------------------------------
// countries.json

export const LEGALITIES = ['legal', 'conditional', 'unclear', 'illegal', 'unspecified'] as const
export type Legality = (typeof LEGALITIES)[number]

export const STANCES = ['permits', 'neutral', 'discourages', 'prohibits', 'hostile'] as const
export type Stance = (typeof STANCES)[number]

export const FACT_MEASURES = [
  'applied',
  'registered',
  'arrived',
  'serving',
  'killed',
  'captured',
  'missing',
  'wounded',
  'returned',
] as const
export type FactMeasure = (typeof FACT_MEASURES)[number]

/** How a figure is stated: "about 500", "at least 50", "more than 100", "up to 15". */
export const FIGURE_QUALIFIERS = ['exact', 'about', 'at-least', 'more-than', 'up-to'] as const

/** A figure as a single number (min === max) or a range (1,500–2,000). */
const Count = z.int().check(z.nonnegative())

export const FigureSchema = z
  .strictObject({
    min: Count,
    max: Count,
    qualifier: oneOf(FIGURE_QUALIFIERS),
  })
  .check(z.refine((f) => f.max >= f.min, { message: 'max must be at least min', path: ['max'] }))
export type Figure = z.infer<typeof FigureSchema>

export const CountryFactSchema = z.strictObject({
  measure: oneOf(FACT_MEASURES),
  /** null where the source gives a count in words only ("an unknown number", "dozens") */
  figure: z.nullable(FigureSchema),
  /** what exactly is counted, in the source's terms, e.g. "volunteers who signed up at the embassy" */
  counts: NonEmpty,
  date: z.nullable(SourceDateSchema),
  claimant: NonEmpty,
  source: SourceRefSchema,
})
export type CountryFact = z.infer<typeof CountryFactSchema>

export const CountrySchema = z.strictObject({
  iso3: ISO3,
  name: NonEmpty,
  /** null: the country has no row in the summary table */
  legality: z.nullable(oneOf(LEGALITIES)),
  stance: z.nullable(oneOf(STANCES)),
  /** the table's "Official Stance" text, verbatim; null without a table row */
  statement: z.nullable(NonEmpty),
  statedOn: z.nullable(SourceDateSchema),
  ambiguous: z.boolean(),
  /** why the classification is ambiguous and which reading was chosen; required when ambiguous */
  ambiguity: z.nullable(NonEmpty),
  facts: z.array(CountryFactSchema),
  sources: z.array(SourceRefSchema).check(z.minLength(1)),
  conflicts: z.array(ConflictSchema),
})
export type Country = z.infer<typeof CountrySchema>

// ---------------------------------------------------------------------------------------------
// units.json

/** structure: a node of the chain of command (Armed Forces, Ground Forces, HUR, the legions) */
export const UNIT_KINDS = ['structure', 'unit'] as const
export const WINGS = ['legion', 'hur', 'affiliated', 'related'] as const
export type Wing = (typeof WINGS)[number]

export const UnitSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'expected a kebab-case id')),
  name: NonEmpty,
  /** true where the source lost the unit's name and `name` is descriptive */
  nameLost: z.boolean(),
  kind: oneOf(UNIT_KINDS),
  /** null only for the top structural nodes (Armed Forces of Ukraine and those above any wing) */
  wing: z.nullable(oneOf(WINGS)),
  /** id of the node above it; null for the root and for units the source names without placing */
  parent: z.nullable(z.string()),
  nationalities: z.strictObject({
    iso3: z.array(ISO3),
    /** named peoples or groups that are not a country, e.g. "Chechens", "Bashkirs" */
    peoples: z.array(NonEmpty),
  }),
  formed: z.nullable(SourceDateSchema),
  /** an earlier formation date a recorded conflict gives; the unit is shown from it (rare) */
  formedEarliest: z.optional(SourceDateSchema),
  disbanded: z.nullable(SourceDateSchema),
  merged: z.nullable(z.strictObject({ date: z.nullable(SourceDateSchema), into: NonEmpty })),
  description: NonEmpty,
  sources: z.array(SourceRefSchema).check(z.minLength(1)),
  conflicts: z.array(ConflictSchema),
})
export type Unit = z.infer<typeof UnitSchema>

// ---------------------------------------------------------------------------------------------
// events.json

export const EVENT_KINDS = [
  'formation',
  'disbandment',
  'merger',
  'policy',
  'recruitment',
  'figures',
  'attack',
  'battle',
  'death',
  'capture',
  'other',
] as const
export type EventKind = (typeof EVENT_KINDS)[number]

export const EventSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'expected a kebab-case id')),
  /** null only for events the source names without any date (some infobox battles) */
  date: z.nullable(SourceDateSchema),
  kind: oneOf(EVENT_KINDS),
  title: NonEmpty,
  countries: z.array(ISO3),
  units: z.array(z.string()),
  sources: z.array(SourceRefSchema).check(z.minLength(1)),
  conflicts: z.array(ConflictSchema),
})
export type LegionEvent = z.infer<typeof EventSchema>

export const CountriesFileSchema = z.array(CountrySchema)
export const UnitsFileSchema = z.array(UnitSchema)
export const EventsFileSchema = z.array(EventSchema)

// ---------------------------------------------------------------------------------------------
// people.json

/**
 * What the source says a person did or was. `notable` and `criminal` mean the person is an entry
 * of the article's lists "Notable individuals who enlisted" and "Criminals who joined the legion".
 */
export const PERSON_ROLES = [
  'volunteer',
  'applicant',
  'aid-worker',
  'commander',
  'founder',
  'notable',
  'criminal',
] as const
export type PersonRole = (typeof PERSON_ROLES)[number]

/** Kinds of dated (or undated) things the source says happened to a person. */
export const PERSON_FACT_KINDS = [
  'applied',
  'rejected',
  'enlisted',
  'serving',
  'wounded',
  'killed',
  'captured',
  'released',
  'returned',
  'discharged',
  'defected',
  'convicted',
  'extradited',
] as const
export type PersonFactKind = (typeof PERSON_FACT_KINDS)[number]

export const PersonFactSchema = z.strictObject({
  kind: oneOf(PERSON_FACT_KINDS),
  /** at the source's precision; null where the text gives no date */
  date: z.nullable(SourceDateSchema),
  /** where, in the source's words ("near Bakhmut", "Izium"); null where the text does not say */
  place: z.nullable(NonEmpty),
  /** what exactly happened, in the source's terms, e.g. "freed from Russian captivity in a prisoner swap" */
  detail: NonEmpty,
  source: SourceRefSchema,
})
export type PersonFact = z.infer<typeof PersonFactSchema>

export const PersonSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'expected a kebab-case id')),
  /** as the source writes it; null where the source lost the name (an empty list cell) */
  name: z.nullable(NonEmpty),
  /** true exactly when `name` is null; `description` then says who the person is */
  nameLost: z.boolean(),
  /** other names the source gives: a nickname, a nom de guerre, a second spelling */
  aliases: z.array(NonEmpty),
  /** countries the text makes the person a national of or from; empty when it does not say */
  nationalities: z.array(ISO3),
  roles: z.array(oneOf(PERSON_ROLES)),
  /** unit ids from units.json the text places the person in, leads or founded */
  units: z.array(z.string()),
  /** event ids from events.json that name or concern the person */
  events: z.array(z.string()),
  facts: z.array(PersonFactSchema),
  /** who the person is, in one line, in the source's terms */
  description: NonEmpty,
  /** why passages that do not name the same person outright are read as one person; null otherwise */
  identification: z.nullable(NonEmpty),
  sources: z.array(SourceRefSchema).check(z.minLength(1)),
  conflicts: z.array(ConflictSchema),
})
export type Person = z.infer<typeof PersonSchema>

export const PeopleFileSchema = z.array(PersonSchema)
