import { memo, useId, type ReactNode } from 'react'
import { COLOR } from '../../lib/tokens'
import { categoryDefinition, NOT_IN_SOURCE_FILL, PATTERN_UNDATED } from '../../model/map-layer'
import { type LegendEntry, type LegendKey } from '../../model/map-legend'
import type { MapLayer } from '../../model/types'
import {
  CIRCLE_SIZES_LABEL,
  CONFLICT_DEFINITION,
  CONFLICT_LABEL,
  LAYER_TITLE,
  NOT_IN_SOURCE_DEFINITION,
  NOT_IN_SOURCE_LABEL,
} from '../../model/vocabulary'
import { MapPatterns } from './MapDrawing'

/** The legend's own copy of the map's patterns: the map's scale with its zoom. */
const LEGEND_PATTERNS = 'legend-'

/** A fill as the legend draws it: a pattern of the map's <defs> from the legend's copy. */
const legendFill = (fill: string) => fill.replace(/^url\(#/, `url(#${LEGEND_PATTERNS}`)

/** A legend swatch: the category's fill (a colour or a pattern). */
export const Swatch = memo(function Swatch({ fill }: { fill: string }) {
  return (
    <svg className="map-legend__swatch" width="18" height="14" aria-hidden="true">
      <rect width="18" height="14" fill={legendFill(fill)} stroke={COLOR.swatchLine} strokeWidth="0.5" />
    </svg>
  )
})

interface PinProps {
  pinned: LegendKey | null
  onPreview: (key: LegendKey | null) => void
  onPin: (key: LegendKey | null) => void
}

/** The handlers of an entry that highlights its countries on hover and focus, and pins on press. */
function pinHandlers(key: LegendKey, { pinned, onPreview, onPin }: PinProps) {
  return {
    'aria-pressed': pinned === key,
    onPointerEnter: () => onPreview(key),
    onPointerLeave: () => onPreview(null),
    onFocus: () => onPreview(key),
    onBlur: () => onPreview(null),
    onClick: () => onPin(pinned === key ? null : key),
  }
}

/** A hatch in the legend's grey: "date not stated", beside a value's count of undated stances. */
const HatchMark = memo(function HatchMark() {
  return (
    <svg className="map-legend__hatch" width="10" height="10" aria-hidden="true">
      <rect
        width="10"
        height="10"
        fill={`url(#${PATTERN_UNDATED})`}
        stroke={COLOR.swatchLine}
        strokeWidth="0.5"
      />
    </svg>
  )
})

/**
 * One entry that is not a value: a state, the hatch, a kind of "no data", the ⚠. Where its label
 * alone does not say what it means, the words beside it do, on screen.
 */
function NoteEntry({
  entryKey,
  mark,
  label,
  count,
  note,
  definition,
  pin,
}: {
  entryKey: LegendKey
  mark: ReactNode
  label: string
  count: number
  note: string | null
  definition: string
  pin: PinProps
}) {
  const id = useId()
  return (
    <li className="map-legend__note-entry">
      <button
        type="button"
        className="map-legend__entry"
        aria-describedby={note ? id : undefined}
        title={definition}
        {...pinHandlers(entryKey, pin)}
      >
        {mark}
        <span>{label}</span>
        <span className="map-legend__count">{count}</span>
      </button>
      {note && (
        <span id={id} className="map-legend__note">
          {note}
        </span>
      )}
    </li>
  )
}

/**
 * The legend of the current layer, one idea per entry: the values, then what is not a value, each
 * explained in words beside it (the hatch of an undated stance, the "no data" of a country the
 * source covers, a country it does not cover, the ⚠ of conflicting claims). Hovering or focusing
 * an entry highlights its countries; pressing it pins the highlight and narrows the country list.
 */
export function MapLegend({
  layer,
  entries,
  conflicts,
  circleSizes,
  ...pin
}: PinProps & {
  layer: MapLayer
  entries: LegendEntry[]
  /** how many countries have conflicting claims (the ⚠ in the country list) */
  conflicts: number
  circleSizes?: Array<{ value: number; radiusPx: number }>
}) {
  return (
    <div className="map-legend" aria-label={`Legend: ${LAYER_TITLE[layer]}`} role="group">
      <svg className="map-legend__defs" width="0" height="0" aria-hidden="true">
        <MapPatterns prefix={LEGEND_PATTERNS} />
      </svg>
      <p className="map-legend__title">{LAYER_TITLE[layer]}</p>
      <ul className="map-legend__entries">
        {entries.map((entry) =>
          entry.kind === 'value' ? (
            <li key={entry.category}>
              <button
                type="button"
                className="map-legend__entry"
                title={entry.definition}
                {...pinHandlers(entry.category, pin)}
              >
                <Swatch fill={entry.fill} />
                <span>{entry.label}</span>
                <span className="map-legend__count">{entry.count}</span>
                {entry.undated > 0 && (
                  <span className="map-legend__undated" title={categoryDefinition('undated')}>
                    +{entry.undated}
                    <span className="visually-hidden"> with the date not stated</span>
                    <HatchMark />
                  </span>
                )}
              </button>
            </li>
          ) : (
            <NoteEntry
              key={entry.category}
              entryKey={entry.category}
              mark={<Swatch fill={entry.fill} />}
              label={entry.label}
              count={entry.count}
              note={entry.note}
              definition={entry.definition}
              pin={pin}
            />
          ),
        )}
        {/* Its label says what it is; the definition is its tooltip. */}
        <li title={NOT_IN_SOURCE_DEFINITION}>
          <span className="map-legend__entry map-legend__static">
            <Swatch fill={NOT_IN_SOURCE_FILL} />
            <span>{NOT_IN_SOURCE_LABEL}</span>
          </span>
        </li>
        {conflicts > 0 && (
          <NoteEntry
            entryKey="conflicts"
            mark={
              <span className="map-legend__flag" aria-hidden="true">
                ⚠
              </span>
            }
            label={CONFLICT_LABEL}
            count={conflicts}
            note={null}
            definition={CONFLICT_DEFINITION}
            pin={pin}
          />
        )}
      </ul>
      {circleSizes && (
        <div className="map-legend__circles" aria-label={CIRCLE_SIZES_LABEL} role="group">
          {circleSizes.map(({ value, radiusPx }) => (
            <span key={value} className="map-legend__circle">
              <svg width={radiusPx * 2 + 2} height={radiusPx * 2 + 2} aria-hidden="true">
                <circle
                  cx={radiusPx + 1}
                  cy={radiusPx + 1}
                  r={radiusPx}
                  className="figure-circle"
                  fill={COLOR.figureFill}
                  stroke={COLOR.figureStroke}
                />
              </svg>
              {value.toLocaleString('en-GB')}
            </span>
          ))}
        </div>
      )}
    </div>
  )
}
