/**
 * Words for the enumerations, in one place: the legend, the tooltips, the details panel and the
 * accessible names all use these, and data/README.md gives the same definitions.
 */
import type { EventKind, FactMeasure, Legality, Stance, Wing } from '../data/schema'

export const LEGALITY_LABEL: Record<Legality, string> = {
  legal: 'legal',
  conditional: 'legal with permission or conditions',
  unclear: 'legality unclear',
  illegal: 'illegal',
  unspecified: 'legality not stated',
}

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
