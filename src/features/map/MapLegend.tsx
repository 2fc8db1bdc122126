import { COLOR } from '../../lib/tokens'
import {
  categoryDefinition,
  NOT_IN_SOURCE_FILL,
  type LegendEntry,
  type MapCategory,
} from '../../model/map-layer'
import type { MapLayer } from '../../model/types'
import {
  CIRCLE_SIZES_LABEL,
  LAYER_TITLE,
  NOT_IN_SOURCE_DEFINITION,
  NOT_IN_SOURCE_LABEL,
} from '../../model/vocabulary'

/** A legend swatch: the category's fill (a colour or a pattern of the map's <defs>). */
export function Swatch({ fill }: { fill: string }) {
  return (
    <svg className="map-legend__swatch" width="18" height="14" aria-hidden="true">
      <rect width="18" height="14" fill={fill} stroke={COLOR.swatchLine} strokeWidth="0.5" />
    </svg>
  )
}

/**
 * The legend of the current layer. Hovering or focusing an entry highlights its countries;
 * pressing it keeps the highlight until pressed again.
 */
export function MapLegend({
  layer,
  entries,
  pinned,
  onPreview,
  onPin,
  circleSizes,
}: {
  layer: MapLayer
  entries: LegendEntry[]
  pinned: MapCategory | null
  onPreview: (category: MapCategory | null) => void
  onPin: (category: MapCategory | null) => void
  circleSizes?: Array<{ value: number; radiusPx: number }>
}) {
  return (
    <div className="map-legend" aria-label={`Legend: ${LAYER_TITLE[layer]}`} role="group">
      <ul className="map-legend__entries">
        {entries.map((entry) => (
          <li key={entry.category}>
            <button
              type="button"
              className="map-legend__entry"
              aria-pressed={pinned === entry.category}
              title={categoryDefinition(entry.category)}
              onPointerEnter={() => onPreview(entry.category)}
              onPointerLeave={() => onPreview(null)}
              onFocus={() => onPreview(entry.category)}
              onBlur={() => onPreview(null)}
              onClick={() => onPin(pinned === entry.category ? null : entry.category)}
            >
              <Swatch fill={entry.fill} />
              <span>{entry.label}</span>
              <span className="map-legend__count">{entry.count}</span>
              {entry.undated > 0 && (
                <span className="map-legend__undated" title={categoryDefinition('undated')}>
                  +{entry.undated} <span className="visually-hidden">with the </span>date not stated
                </span>
              )}
            </button>
          </li>
        ))}
        <li className="map-legend__static" title={NOT_IN_SOURCE_DEFINITION}>
          <Swatch fill={NOT_IN_SOURCE_FILL} />
          <span>{NOT_IN_SOURCE_LABEL}</span>
        </li>
      </ul>
      {circleSizes && (
        <div className="map-legend__circles" aria-label={CIRCLE_SIZES_LABEL}>
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
