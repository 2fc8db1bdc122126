/**
 * The marks the org chart draws for a unit's status, and the order the key lists them in. A mark
 * is a shape, not only a colour, so the key reads in greyscale too.
 */
import type { StatusMark } from './node-text'

export const STATUS_GLYPH: Record<StatusMark, string> = {
  active: '●',
  undated: '◌',
  'disbandment-planned': '◐',
  disbanded: '✕',
  merged: '⇢',
}

export const STATUS_MARKS: readonly StatusMark[] = [
  'active',
  'undated',
  'disbandment-planned',
  'disbanded',
  'merged',
]

/** Drawn after a name the source contradicts itself about, as on the map. */
export const CONFLICT_GLYPH = '⚠'
