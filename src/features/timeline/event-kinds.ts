/** Colours of the event kinds (after Okabe–Ito; lanes separate the kinds, colour only repeats it). */
import type { EventKind } from '../../data/schema'

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
