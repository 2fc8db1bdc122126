/** Colours of the event kinds (after Okabe–Ito) and the lanes that group them. */
import type { EventKind } from '../../data/schema'
import { TIMELINE_LANE_LABEL } from '../../model/vocabulary'

export const EVENT_KIND_COLOR: Record<EventKind, string> = {
  formation: '#0072B2',
  disbandment: '#D55E00',
  merger: '#CC79A7',
  policy: '#009E73',
  recruitment: '#56B4E9',
  figures: '#E69F00',
  attack: '#222222',
  battle: '#7F3C8D',
  death: '#A50026',
  capture: '#8C6D31',
  other: '#808080',
}

export type LaneId = keyof typeof TIMELINE_LANE_LABEL

/** The lanes, top to bottom; a lane shows when one of its kinds is shown. */
export const EVENT_LANES: ReadonlyArray<{ id: LaneId; kinds: readonly EventKind[] }> = [
  { id: 'units', kinds: ['formation', 'merger', 'disbandment'] },
  { id: 'policy', kinds: ['policy'] },
  { id: 'recruitment', kinds: ['recruitment'] },
  { id: 'figures', kinds: ['figures'] },
  { id: 'fighting', kinds: ['battle', 'attack', 'capture'] },
  { id: 'deaths', kinds: ['death'] },
  { id: 'other', kinds: ['other'] },
]

/** Colour of a mark of several events: their kind's, or a neutral grey when the kinds differ. */
export function markColor(kinds: readonly EventKind[]): string {
  return kinds.every((k) => k === kinds[0]) ? EVENT_KIND_COLOR[kinds[0]!] : '#4d4d4d'
}
