/**
 * Words for the enumerations, in one place: the legend, the tooltips, the details panel and the
 * accessible names all use these, and data/README.md gives the same definitions.
 */
import type {
  EventKind,
  FactMeasure,
  Legality,
  PersonFactKind,
  PersonRole,
  Stance,
  Wing,
} from '../data/schema'
import type { MapLayer, UnitStatus } from './types'

export const LEGALITY_LABEL: Record<Legality, string> = {
  legal: 'legal',
  conditional: 'legal with permission or conditions',
  unclear: 'legality unclear',
  illegal: 'illegal',
  unspecified: 'legality not stated',
}

/** A country with a section in the source but no row in its table of government responses. */
export const NO_STANCE_RECORDED = 'no stance recorded'

export const LEGALITY_DEFINITION: Record<Legality, string> = {
  legal: 'Citizens may legally enlist.',
  conditional:
    'Legal only with a permission from the government, or only for some people (for example, not for serving soldiers).',
  unclear: 'The source says the law is unclear or untested, or that enlisting may be unlawful.',
  illegal: "Enlisting is illegal under the country's law.",
  unspecified: "The country's row in the source's table says nothing about legality.",
}

export const STANCE_LABEL: Record<Stance, string> = {
  permits: 'permits',
  neutral: 'neutral',
  discourages: 'discourages',
  prohibits: 'prohibits',
  hostile: 'hostile',
}

export const STANCE_DEFINITION: Record<Stance, string> = {
  permits: 'The government allows its citizens to enlist, has no objection, or supports them.',
  neutral: 'The government neither encourages nor discourages enlisting.',
  discourages: 'The government advises its citizens not to enlist or not to travel.',
  prohibits: 'The government bars its citizens from enlisting.',
  hostile: 'The government threatens foreign fighters who join the Legion.',
}

export const MEASURE_LABEL: Record<FactMeasure, string> = {
  applied: 'applied or volunteered',
  registered: 'registered',
  arrived: 'arrived in Ukraine',
  serving: 'serving',
  killed: 'killed',
  captured: 'captured',
  missing: 'missing',
  wounded: 'wounded',
  returned: 'returned home',
}

export const PERSON_ROLE_LABEL: Record<PersonRole, string> = {
  volunteer: 'volunteer',
  applicant: 'applied to join',
  'aid-worker': 'aid worker',
  commander: 'commander',
  founder: 'founder',
  notable: 'on the list of notable individuals',
  criminal: 'on the list of criminals who joined',
}

export const PERSON_FACT_LABEL: Record<PersonFactKind, string> = {
  applied: 'applied',
  rejected: 'rejected',
  enlisted: 'enlisted',
  serving: 'serving',
  wounded: 'wounded',
  killed: 'killed',
  captured: 'captured',
  released: 'released',
  returned: 'returned',
  discharged: 'discharged',
  defected: 'defected',
  convicted: 'convicted',
  extradited: 'extradited',
}

/** A person whose name the source lost (an empty cell of its list). */
export const NAME_LOST_LABEL = 'name lost in source'

/** The status filter's choices, in words. */
export const UNIT_STATUS_LABEL: Record<UnitStatus, string> = {
  active: 'active (no end reported)',
  'disbandment-planned': 'disbandment planned (not confirmed)',
  disbanded: 'disbanded',
  merged: 'merged',
}

/** The org chart's key: what each unit's mark says (the last, a unit's formation undated). */
export const UNIT_MARK_LABEL = {
  active: 'active',
  undated: 'formation date not stated',
  'disbandment-planned': 'disbandment planned, not confirmed',
  disbanded: 'disbanded',
  merged: 'merged into another unit',
} as const

export const WING_LABEL: Record<Wing, string> = {
  legion: 'International Legion (Ground Forces)',
  hur: 'Defence Intelligence (HUR)',
  affiliated: 'Affiliated, not part of the Legion proper',
  related: 'Other units named in the source',
}

export const EVENT_KIND_LABEL: Record<EventKind, string> = {
  formation: 'Formation',
  disbandment: 'Disbandment',
  merger: 'Merger',
  policy: 'Policy and law',
  recruitment: 'Recruitment',
  figures: 'Figures',
  attack: 'Attack',
  battle: 'Battle',
  death: 'Death',
  capture: 'Capture',
  other: 'Other',
}

/** The timeline's lanes: kinds that belong together share one, so every lane fits on screen. */
export const TIMELINE_LANE_LABEL = {
  units: 'Units',
  policy: 'Policy and law',
  recruitment: 'Recruitment',
  figures: 'Figures',
  fighting: 'Fighting',
  deaths: 'Deaths',
  other: 'Other',
} as const

/** How to work the timeline, in the terms of the input in use (WCAG: hints match the device). */
export const TIMELINE_HINT: Record<'mouse' | 'touch' | 'keyboard', string> = {
  mouse:
    'Drag the blue window below to pan, its edges to zoom, or drag across the lanes. Ctrl + wheel zooms. Click a number for its events.',
  touch: 'Drag the blue window below to pan, its edges to zoom. Tap a number for its events.',
  keyboard:
    'Tab to the blue window below: ← → pan, + − zoom, Shift + ← → stretch. In the lanes: arrows move between events, Enter opens.',
}

// ---------------------------------------------------------------------------------------------
// Unit counts: the org chart, the units table and the exports say them in these words.

/** "5 of 37 units match": the units in the structure at the date that answer the filters. */
export function unitMatchText(matches: number, present: number): string {
  return `${matches} of ${present} ${present === 1 ? 'unit matches' : 'units match'}`
}

/** "6 more not yet formed": what the units table lists beyond the org chart. */
export function notYetFormedText(count: number): string {
  return `${count} more not yet formed`
}

/** The map layers' titles: above the map, in its accessible name, its legend and its exports. */
export const LAYER_TITLE: Record<MapLayer, string> = {
  legality: 'Legality of citizens enlisting',
  stance: 'Official stance on the Legion',
  volunteers:
    'Reported volunteers, at least: the largest dated figure or the people named, by the as-of date (undated figures apart)',
  deaths:
    'Reported deaths, at least: the largest dated figure or the people named, by the as-of date (undated figures apart)',
}

/** The map layers' names on the buttons that choose them. */
export const LAYER_BUTTON_LABEL: Record<MapLayer, string> = {
  legality: 'Legality',
  stance: 'Official stance',
  volunteers: 'Volunteers',
  deaths: 'Deaths',
}

/** The map's categories beyond the enumerations: no table row, a later statement, the figures. */
export type ExtraCategory =
  'before-legion' | 'undated' | 'no-stance' | 'not-yet' | 'figure' | 'figure-undated' | 'no-figure'

export const EXTRA_CATEGORY_LABEL: Record<ExtraCategory, string> = {
  'before-legion': 'the Legion did not exist yet',
  undated: 'statement date not stated',
  'no-stance': NO_STANCE_RECORDED,
  'not-yet': 'not yet stated',
  figure: 'figure reported',
  'figure-undated': 'figure reported, date not stated',
  'no-figure': 'no figure reported',
}

export const EXTRA_CATEGORY_DEFINITION: Record<ExtraCategory, string> = {
  'before-legion':
    'The International Legion was created on 27 February 2022: no government had a stance on it before.',
  undated:
    'The source gives this stance without a date: it is shown, hatched, from the Legion’s creation on 27 February 2022, but the source does not say when it was taken.',
  'no-stance': 'The source has a section on this country but no row in its table of government responses.',
  'not-yet': 'The government made its statement after the as-of date.',
  figure:
    'A dated figure, or people the source names, reported by the as-of date; circle area is proportional to the larger.',
  'figure-undated': 'The source gives a figure without a date, so it is shown at every date (dashed circle).',
  'no-figure': 'The source reports no such figure for this country by the as-of date.',
}

/** The legend's word for the countries the source says nothing about. */
export const NOT_IN_SOURCE_LABEL = 'not covered by the source'
export const NOT_IN_SOURCE_DEFINITION = 'The source has no section or table row on this country.'

/** The legend's name for the sizes of the figures' circles. */
export const CIRCLE_SIZES_LABEL = 'Circle sizes'
