/**
 * How tall an org chart card is, from its text, pure and without a DOM. A card has two levels of
 * detail: `names` (the name alone, a unit as a row of its column: the overview the chart opens on
 * and what "Fit to view" shows) and `full` (nationalities, status words and tags too, once zoomed
 * in). A unit's status mark sits on its column's link, left of the card, and the expand/collapse
 * button on a structural card's bottom edge, so neither takes room from the name.
 * The sizes are kept in step with org-node.css; `text-measure.ts` measures in the page's fonts.
 */
import type { NodeText } from './node-text'

export type Detail = 'names' | 'full'

/** Sizes of the card's text per level of detail, kept in step with org-node.css. */
export const CARD_TEXT = {
  /** a structural card in the overview */
  names: { padX: 6, padY: 3, nameLine: 16, maxNameLines: 4 },
  /** a unit in the overview: its mark and name among the others, not a boxed card */
  row: { padX: 3, padY: 1, nameLine: 16, maxNameLines: 4 },
  /** the status mark before an overview unit's name */
  rowMark: 15,
  full: { padX: 9, padY: 6, nameLine: 18, maxNameLines: 3 },
  border: 1,
  /** kept free on each line, so a text the canvas measures as just fitting is not wrapped */
  slack: 2,
  /** below the text of a structural card with the expand/collapse button on its bottom edge */
  toggleRoom: 6,
  /** right of a unit's name, where a unit with units of its own has the button */
  unitToggle: 24,
  metaLine: 16,
  /** nationalities and status lines wrap to at most this many lines */
  maxMetaLines: 2,
  tagLine: 16,
  /** padding and border of a tag */
  tagPad: 14,
  tagGap: 3,
} as const

/** The card's fonts: the bold name, a unit's name in the overview, the bold nationalities, the other lines, the italic tags. */
export type TextKind = 'name' | 'label' | 'strong' | 'meta' | 'tag'

/** Width in px of a text in one of the card's fonts; the view measures with a canvas. */
export type TextMeasure = (text: string, kind: TextKind) => number

/** A measure from average character widths, for when no canvas can measure (tests, old engines). */
export const roughMeasure: TextMeasure = (text, kind) =>
  text.length * { name: 8.4, label: 7.4, strong: 7.6, meta: 7.2, tag: 6.6 }[kind]

/** Lines a text takes when the browser wraps it at spaces to `maxWidth` px. */
export function wrappedLines(text: string, maxWidth: number, widthOf: (text: string) => number): number {
  let lines = 1
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word
    if (widthOf(candidate) <= maxWidth || !line) {
      line = candidate
    } else {
      lines += 1
      line = word
    }
    // A word wider than the line breaks anywhere (overflow-wrap: anywhere).
    const wide = widthOf(line)
    if (wide > maxWidth && line === word) {
      lines += Math.ceil(wide / maxWidth) - 1
    }
  }
  return lines
}

/**
 * A structural card's width: the narrowest, from `min` in steps of 8 px, at which its name takes
 * one line, if that is no wider than `oneLine`; else the narrowest at which it takes two, if no
 * wider than `max`; else three. Long structural names get wider cards instead of tall ones: the levels of the chain stay
 * short.
 */
export function widthForName(
  text: NodeText,
  [min, oneLine, max]: [number, number, number],
  detail: Detail,
  measure: TextMeasure = roughMeasure,
): number {
  const d = detail === 'full' ? CARD_TEXT.full : CARD_TEXT.names
  const name = detail === 'names' && text.conflicted ? `${text.name} \u26a0` : text.name
  const lines = (width: number) =>
    wrappedLines(name, width - 2 * d.padX - 2 * CARD_TEXT.border - CARD_TEXT.slack, (t) => measure(t, 'name'))
  for (let width = min; width <= oneLine; width += 8) if (lines(width) === 1) return width
  for (let width = min; width < max; width += 8) if (lines(width) <= 2) return width
  // Longer still: three lines, as narrow as they go.
  for (let width = min; width < max; width += 8) if (lines(width) <= 3) return width
  return max
}

/** An overview unit's width with its mark and name on one line (the flow wraps it if wider). */
export function naturalUnitWidth(
  text: NodeText,
  toggle: boolean,
  measure: TextMeasure = roughMeasure,
): number {
  const c = CARD_TEXT
  const name = text.conflicted ? `${text.name} \u26a0` : text.name
  return Math.ceil(
    measure(name, 'label') +
      c.rowMark +
      2 * c.row.padX +
      2 * c.border +
      c.slack +
      (toggle ? c.unitToggle : 0),
  )
}

/** Card height in px for the text, so cards placed one below the other never overlap. */
export function estimateCardHeight(
  text: NodeText,
  width: number,
  /** a unit (drawn as a row in the overview), not a structural or group node */
  unit: boolean,
  detail: Detail,
  measure: TextMeasure = roughMeasure,
  /** it has the expand/collapse button on its bottom edge, which needs room below the text */
  toggle = false,
): number {
  const c = CARD_TEXT
  const d = detail === 'full' ? c.full : unit ? c.row : c.names
  // A pixel or two short of the box: the browser wraps a line that the canvas says just fits.
  const inner =
    width -
    2 * d.padX -
    2 * c.border -
    c.slack -
    (detail === 'names' && unit ? c.rowMark : 0) -
    (toggle && unit ? c.unitToggle : 0)
  const of = (kind: TextKind) => (t: string) => measure(t, kind)
  const nameKind = detail === 'names' && unit ? 'label' : 'name'
  // The overview marks a contradicted record with a ⚠ after its name (the full card, with a tag).
  const shown = detail === 'names' && text.conflicted ? `${text.name} \u26a0` : text.name
  const name = Math.min(d.maxNameLines, wrappedLines(shown, inner, of(nameKind)))
  const frame = 2 * d.padY + 2 * c.border + (toggle && !unit ? c.toggleRoom : 0)
  if (detail === 'names') return Math.ceil(frame + name * d.nameLine)
  const lines = (t: string | null, kind: TextKind) =>
    t ? Math.min(c.maxMetaLines, wrappedLines(t, inner, of(kind))) : 0
  const meta = lines(text.nationalities, 'strong') + lines(text.status, 'meta')
  // Tags wrap as whole boxes.
  let tagRows = 0
  let used = 0
  for (const tag of text.tags) {
    const w = Math.min(inner, measure(tag, 'tag') + c.tagPad)
    if (!tagRows || used + c.tagGap + w > inner) {
      tagRows += 1
      used = w
    } else used += c.tagGap + w
  }
  const tags = tagRows ? 3 + tagRows * c.tagLine + (tagRows - 1) * c.tagGap : 0
  return Math.ceil(frame + name * d.nameLine + meta * c.metaLine + tags)
}
