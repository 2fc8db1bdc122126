import type { ReactNode } from 'react'
import { MAP_LAYERS, type MapLayer } from '../../model/types'
import { LAYER_BUTTON_LABEL } from '../../model/vocabulary'

/** The layer switch, the zoom buttons and whatever the app adds (the download menu). */
export function MapToolbar({
  layer,
  onLayer,
  onZoomIn,
  onZoomOut,
  onReset,
  extra,
}: {
  layer: MapLayer
  onLayer: (layer: MapLayer) => void
  onZoomIn: () => void
  onZoomOut: () => void
  onReset: () => void
  extra?: ReactNode
}) {
  return (
    <div className="map-toolbar">
      <div role="radiogroup" aria-label="Map layer" className="segmented">
        {MAP_LAYERS.map((l) => (
          <button
            key={l}
            type="button"
            role="radio"
            aria-checked={layer === l}
            className={layer === l ? 'segmented__option is-on' : 'segmented__option'}
            onClick={() => onLayer(l)}
          >
            {LAYER_BUTTON_LABEL[l]}
          </button>
        ))}
      </div>
      <div className="zoom-buttons" role="group" aria-label="Map zoom">
        <button type="button" aria-label="Zoom in on the map" onClick={onZoomIn}>
          +
        </button>
        <button type="button" aria-label="Zoom out on the map" onClick={onZoomOut}>
          −
        </button>
        <button type="button" aria-label="Reset map zoom" onClick={onReset}>
          Reset
        </button>
      </div>
      {extra}
    </div>
  )
}
