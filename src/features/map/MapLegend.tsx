import { LEGALITY_DEFINITION, STANCE_DEFINITION } from '../../model/vocabulary'
import type { MapLayer } from '../../model/types'
import type { LegendEntry, MapCategory } from '../../model/map-layer'

const EXTRA_DEFINITION: Partial<Record<MapCategory, string>> = {
  'no-stance': 'The source has a section on this country but no row in its table of government responses.',
  'not-yet': 'The government made its statement after the as-of date.',
  figure: 'A dated figure is reported by the as-of date; circle area is proportional to it.',
  'figure-undated': 'The source gives a figure without a date, so it is shown at every date (dashed circle).',
  'no-figure': 'The source reports no such figure for this country by the as-of date.',
}

function definitionOf(category: MapCategory): string {
  return (
    EXTRA_DEFINITION[category] ??
    (LEGALITY_DEFINITION as Record<string, string>)[category] ??
    (STANCE_DEFINITION as Record<string, string>)[category] ??
    ''
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
    <div className="map-legend" aria-label={`Legend: ${layerTitle(layer)}`} role="group">
      <ul className="map-legend__entries">
        {entries.map((entry) => (
          <li key={entry.category}>
            <button
              type="button"
              className="map-legend__entry"
              aria-pressed={pinned === entry.category}
              title={definitionOf(entry.category)}
              onPointerEnter={() => onPreview(entry.category)}
              onPointerLeave={() => onPreview(null)}
              onFocus={() => onPreview(entry.category)}
              onBlur={() => onPreview(null)}
              onClick={() => onPin(pinned === entry.category ? null : entry.category)}
            >
              <svg className="map-legend__swatch" width="18" height="14" aria-hidden="true">
                <rect width="18" height="14" fill={entry.fill} stroke="#555" strokeWidth="0.5" />
              </svg>
              <span>{entry.label}</span>
              <span className="map-legend__count">{entry.count}</span>
            </button>
          </li>
        ))}
        <li className="map-legend__static">
          <svg className="map-legend__swatch" width="18" height="14" aria-hidden="true">
            <rect width="18" height="14" fill="#f1f1ef" stroke="#555" strokeWidth="0.5" />
          </svg>
          <span>not covered by the source</span>
        </li>
      </ul>
      {circleSizes && (
        <div className="map-legend__circles" aria-label="Circle sizes">
          {circleSizes.map(({ value, radiusPx }) => (
            <span key={value} className="map-legend__circle">
              <svg width={radiusPx * 2 + 2} height={radiusPx * 2 + 2} aria-hidden="true">
                <circle cx={radiusPx + 1} cy={radiusPx + 1} r={radiusPx} className="figure-circle" />
              </svg>
              {value.toLocaleString('en-GB')}
            </span>
          ))}
        </div>
      )}
    </div>
  )
}

export function layerTitle(layer: MapLayer): string {
  return {
    legality: 'Legality of citizens enlisting',
    stance: 'Official stance on the Legion',
    volunteers: 'Reported volunteers (largest dated figure by the as-of date; undated figures apart)',
    deaths: 'Reported deaths (largest dated figure by the as-of date; undated figures apart)',
  }[layer]
}
