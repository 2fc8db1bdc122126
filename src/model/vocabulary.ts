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

/**
 * The map's categories beyond the enumerations: a state of the world (no Legion yet), a property of
 * a stance (undated), the one kind of "no data" for a country the source covers, and the figures.
 */
export type ExtraCategory =
  'before-legion' | 'undated' | 'no-stance' | 'figure' | 'figure-undated' | 'no-figure'

export const EXTRA_CATEGORY_LABEL: Record<ExtraCategory, string> = {
  'before-legion': 'the Legion did not exist yet',
  undated: 'statement date not stated',
  'no-stance': 'no stance given',
  figure: 'figure reported',
  'figure-undated': 'figure reported, date not stated',
  'no-figure': 'no figure reported',
}

export const EXTRA_CATEGORY_DEFINITION: Record<ExtraCategory, string> = {
  'before-legion':
    'The International Legion was created on 27 February 2022: no government had a stance on it before.',
  undated:
    'Hatched: the source gives the stance but not when it was taken. It is shown from the Legion’s creation, 27 February 2022.',
  'no-stance':
    'The source covers the country but gives no stance by this date: no row in its table of government responses, a row that does not say, or a statement made later.',
  figure:
    'A dated figure, or people the source names, reported by the as-of date; circle area is proportional to the larger.',
  'figure-undated': 'The source gives a figure without a date, so it is shown at every date (dashed circle).',
  'no-figure': 'The source covers the country but reports no such figure by the as-of date.',
}

/**
 * What the legend writes beside an entry whose label alone does not say it, always on screen
 * (the full definitions above are its tooltips): the "no data" of a country the source covers,
 * told apart from a country it does not ("not in the source"), and when the Legion began.
 */
export const LEGEND_NOTE: Partial<Record<ExtraCategory, string>> = {
  'before-legion': 'before 27 February 2022',
  'no-stance': 'in the source, no stance by this date',
  'no-figure': 'in the source, no figure by this date',
}

/** What a country's tooltip says when its statement is dated after the as-of date. */
export const NOT_YET_STATED = 'not yet stated'

/** The legend's words for the countries the source says nothing about: the other kind of "no data". */
export const NOT_IN_SOURCE_LABEL = 'not in the source'
export const NOT_IN_SOURCE_DEFINITION = 'The source has no section or table row on this country.'

/** The legend's entry for the ⚠ beside a country's name. */
export const CONFLICT_LABEL = 'conflicting claims in the source'
export const CONFLICT_DEFINITION =
  'The source contradicts itself about the country; its details show both claims.'

/** The legend's name for the sizes of the figures' circles. */
export const CIRCLE_SIZES_LABEL = 'Circle sizes'

/** The map's region presets, as the region picker names them (ids in src/store/map-view-slice.ts). */
export const MAP_REGION_LABEL = {
  world: 'World',
  europe: 'Europe',
  baltic: 'Baltic and Nordic',
  balkans: 'Balkans',
  'middle-east': 'Middle East and Caucasus',
  'south-asia': 'South and South-East Asia',
  'east-asia': 'East Asia',
  caribbean: 'Central America and Caribbean',
  'south-america': 'South America',
  africa: 'Africa',
} as const
