/**
 * Schemas for the files in data/. They are the boundary between the JSON the app serves and the
 * typed world inside it: the app, `npm run validate-data` and the tests all parse with these.
 * Field meanings and every enumeration are documented in data/README.md.
 */
// zod/mini: the same parser and error paths as zod, a third of its size in the bundle.
import { z } from 'zod/mini'
import {
  BriefConflictSchema,
  ConflictSchema,
  ISO3,
  NonEmpty,
  oneOf,
  SourceDateSchema,
  SourceRefSchema,
  type ConflictForm,
} from './schema-parts'

/**
 * A record's sources: one at least. The brief copies (src/data/brief-copies.ts) have none: no first
 * view shows them, and the records are built with their conflicts' brief form.
 */
const Sources = z.array(SourceRefSchema).check(z.minLength(1))

export { ConflictSchema, DATE_PRECISIONS, SourceDateSchema, SourceRefSchema } from './schema-parts'
export type { Conflict, DatePrecision, FullConflict, SourceDate, SourceRef } from './schema-parts'

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

/** A country's fact as every view has it; the file's adds what it counts and its source. */
function countryFactSchema() {
  return z.strictObject({
    measure: oneOf(FACT_MEASURES),
    /** null where the source gives a count in words only ("an unknown number", "dozens") */
    figure: z.nullable(FigureSchema),
    date: z.nullable(SourceDateSchema),
    claimant: NonEmpty,
  })
}

const FullCountryFactSchema = z.extend(countryFactSchema(), {
  /** what exactly is counted, in the source's terms, e.g. "volunteers who signed up at the embassy" */
  counts: NonEmpty,
  source: SourceRefSchema,
})

/**
 * A country as every view has it, from the brief copy (src/data/brief-copies.ts); the file's
 * (CountrySchema) adds its statement, its ambiguity note, what its figures count and its sources.
 */
function countrySchema<C extends ConflictForm>(conflict: C) {
  return z.strictObject({
    iso3: ISO3,
    name: NonEmpty,
    /** null: the country has no row in the summary table */
    legality: z.nullable(oneOf(LEGALITIES)),
    stance: z.nullable(oneOf(STANCES)),
    statedOn: z.nullable(SourceDateSchema),
    ambiguous: z.boolean(),
    facts: z.array(countryFactSchema()),
    conflicts: z.array(conflict),
  })
}
export const CountrySchema = z.extend(countrySchema(ConflictSchema), {
  /** the table's "Official Stance" text, verbatim; null without a table row */
  statement: z.nullable(NonEmpty),
  /** why the classification is ambiguous and which reading was chosen; required when ambiguous */
  ambiguity: z.nullable(NonEmpty),
  facts: z.array(FullCountryFactSchema),
  sources: Sources,
})
/** A country as countries.json has it, with every word of the source it carries. */
export type FullCountry = z.infer<typeof CountrySchema>
const BriefCountrySchema = countrySchema(BriefConflictSchema)
/** A country as every view has it: without the words only the details show until they load. */
export type Country = z.infer<typeof BriefCountrySchema>
export type FullCountryFact = FullCountry['facts'][number]
export type CountryFact = Country['facts'][number]

// ---------------------------------------------------------------------------------------------
// units.json

/** structure: a node of the chain of command (Armed Forces, Ground Forces, HUR, the legions) */
export const UNIT_KINDS = ['structure', 'unit'] as const
export const WINGS = ['legion', 'hur', 'affiliated', 'related'] as const
export type Wing = (typeof WINGS)[number]

function unitSchema<C extends ConflictForm>(conflict: C) {
  return z.strictObject({
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
    conflicts: z.array(conflict),
  })
}
export const UnitSchema = z.extend(unitSchema(ConflictSchema), {
  /** what the unit is, in the source's terms: in the full file only (the org chart's text filter reads it) */
  description: NonEmpty,
  sources: Sources,
})
export type FullUnit = z.infer<typeof UnitSchema>
const BriefUnitSchema = unitSchema(BriefConflictSchema)
export type Unit = z.infer<typeof BriefUnitSchema>

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

function eventSchema<C extends ConflictForm>(conflict: C) {
  return z.strictObject({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/, 'expected a kebab-case id')),
    /** null only for events the source names without any date (some infobox battles) */
    date: z.nullable(SourceDateSchema),
    kind: oneOf(EVENT_KINDS),
    title: NonEmpty,
    countries: z.array(ISO3),
    units: z.array(z.string()),
    conflicts: z.array(conflict),
  })
}
export const EventSchema = z.extend(eventSchema(ConflictSchema), { sources: Sources })
export type FullEvent = z.infer<typeof EventSchema>
const BriefEventSchema = z.extend(eventSchema(BriefConflictSchema), {
  /** a dated event's title is in the full file only; an undated one's shows at once, as a chip */
  title: z.optional(NonEmpty),
})
export type LegionEvent = z.infer<typeof BriefEventSchema>

/** The files as they are, every word of them. */
export const CountriesFileSchema = z.array(CountrySchema)
export const UnitsFileSchema = z.array(UnitSchema)
export const EventsFileSchema = z.array(EventSchema)
/** Their brief copies, which the first load reads (src/data/brief-copies.ts). */
export const BriefCountriesFileSchema = z.array(BriefCountrySchema)
export const BriefUnitsFileSchema = z.array(BriefUnitSchema)
export const BriefEventsFileSchema = z.array(BriefEventSchema)

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
