/**
 * Schemas for the files in data/. They are the boundary between the JSON the app serves and the
 * typed world inside it: the app, `npm run validate-data` and the tests all parse with these.
 * Field meanings and every enumeration are documented in data/README.md.
 */
import { z } from 'zod'

/** Precision of a date as the source states it. "early March 2022" is month precision. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const
export type DatePrecision = (typeof DATE_PRECISIONS)[number]

const DATE_FORMAT: Record<DatePrecision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
}

/**
 * A date as precise as the source is, never more: `2022-03-07` (day), `2022-03` (month) or
 * `2022` (year). `qualifier` keeps words like "early", "late", "by", "as of" that the source adds.
 */
export const SourceDateSchema = z
  .strictObject({
    date: z.string(),
    precision: z.enum(DATE_PRECISIONS),
    qualifier: z.string().min(1).optional(),
  })
  .superRefine((value, ctx) => {
    if (!DATE_FORMAT[value.precision].test(value.date)) {
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `"${value.date}" does not match precision "${value.precision}" (expected ${
          { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' }[value.precision]
        })`,
      })
    }
  })
export type SourceDate = z.infer<typeof SourceDateSchema>

/** Where a record's facts come from: a section path of the article and an exact quote from it. */
export const SourceRefSchema = z.strictObject({
  section: z.string().min(1),
  quote: z.string().min(1),
})
export type SourceRef = z.infer<typeof SourceRefSchema>

/** Two or more claims in the source that contradict each other; all are kept. */
export const ConflictSchema = z.strictObject({
  about: z.string().min(1),
  claims: z.array(z.strictObject({ claim: z.string().min(1), source: SourceRefSchema })).min(2),
  note: z.string().min(1).optional(),
})
export type Conflict = z.infer<typeof ConflictSchema>

const ISO3 = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 code such as "POL"')

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
export const FigureSchema = z
  .strictObject({
    min: z.number().int().nonnegative(),
    max: z.number().int().nonnegative(),
    qualifier: z.enum(FIGURE_QUALIFIERS),
  })
  .refine((f) => f.max >= f.min, { message: 'max must be at least min', path: ['max'] })
export type Figure = z.infer<typeof FigureSchema>

export const CountryFactSchema = z.strictObject({
  measure: z.enum(FACT_MEASURES),
  /** null where the source gives a count in words only ("an unknown number", "dozens") */
  figure: FigureSchema.nullable(),
  /** what exactly is counted, in the source's terms, e.g. "volunteers who signed up at the embassy" */
  counts: z.string().min(1),
  date: SourceDateSchema.nullable(),
  claimant: z.string().min(1),
  source: SourceRefSchema,
})
export type CountryFact = z.infer<typeof CountryFactSchema>

export const CountrySchema = z.strictObject({
  iso3: ISO3,
  name: z.string().min(1),
  /** null: the country has no row in the summary table */
  legality: z.enum(LEGALITIES).nullable(),
  stance: z.enum(STANCES).nullable(),
  /** the table's "Official Stance" text, verbatim; null without a table row */
  statement: z.string().min(1).nullable(),
  statedOn: SourceDateSchema.nullable(),
  ambiguous: z.boolean(),
  /** why the classification is ambiguous and which reading was chosen; required when ambiguous */
  ambiguity: z.string().min(1).nullable(),
  facts: z.array(CountryFactSchema),
  sources: z.array(SourceRefSchema).min(1),
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
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case id'),
  name: z.string().min(1),
  /** true where the source lost the unit's name and `name` is descriptive */
  nameLost: z.boolean(),
  kind: z.enum(UNIT_KINDS),
  /** null only for the top structural nodes (Armed Forces of Ukraine and those above any wing) */
  wing: z.enum(WINGS).nullable(),
  /** id of the node above it; null for the root and for units the source names without placing */
  parent: z.string().nullable(),
  nationalities: z.strictObject({
    iso3: z.array(ISO3),
    /** named peoples or groups that are not a country, e.g. "Chechens", "Bashkirs" */
    peoples: z.array(z.string().min(1)),
  }),
  formed: SourceDateSchema.nullable(),
  disbanded: SourceDateSchema.nullable(),
  merged: z.strictObject({ date: SourceDateSchema.nullable(), into: z.string().min(1) }).nullable(),
  description: z.string().min(1),
  sources: z.array(SourceRefSchema).min(1),
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
  id: z.string().regex(/^[a-z0-9-]+$/, 'expected a kebab-case id'),
  /** null only for events the source names without any date (some infobox battles) */
  date: SourceDateSchema.nullable(),
  kind: z.enum(EVENT_KINDS),
  title: z.string().min(1),
  countries: z.array(ISO3),
  units: z.array(z.string()),
  sources: z.array(SourceRefSchema).min(1),
  conflicts: z.array(ConflictSchema),
})
export type LegionEvent = z.infer<typeof EventSchema>

export const CountriesFileSchema = z.array(CountrySchema)
export const UnitsFileSchema = z.array(UnitSchema)
export const EventsFileSchema = z.array(EventSchema)
