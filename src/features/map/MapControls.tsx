import { memo } from 'react'
import { MAP_LAYERS, type MapLayer } from '../../model/types'
import { LAYER_BUTTON_LABEL, MAP_REGION_LABEL } from '../../model/vocabulary'
import { MAP_REGIONS, type MapRegion } from '../../store/map-view-slice'

/** The layer switch: one radio button per layer. */
export const MapLayerSwitch = memo(function MapLayerSwitch({
  layer,
  onLayer,
}: {
  layer: MapLayer
  onLayer: (layer: MapLayer) => void
}) {
  return (
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
  )
})

/** The region presets: World, Europe and the regions where the data crowds small countries. */
export const MapRegionPicker = memo(function MapRegionPicker({
  region,
  onRegion,
}: {
  region: MapRegion
  onRegion: (region: MapRegion) => void
}) {
  return (
    <label className="map-region">
      <span className="map-region__label">Region</span>
      <select value={region} onChange={(event) => onRegion(event.target.value as MapRegion)}>
        {MAP_REGIONS.map((r) => (
          <option key={r} value={r}>
            {MAP_REGION_LABEL[r]}
          </option>
        ))}
      </select>
    </label>
  )
})

/** Zoom in and out about the centre, and back to the region's own view. */
export function MapZoomButtons({
  region,
  onZoomIn,
  onZoomOut,
  onReset,
}: {
  region: MapRegion
  onZoomIn: () => void
  onZoomOut: () => void
  onReset: () => void
}) {
  return (
    <div className="zoom-buttons" role="group" aria-label="Map zoom">
      <button type="button" aria-label="Zoom in on the map" onClick={onZoomIn}>
        +
      </button>
      <button type="button" aria-label="Zoom out on the map" onClick={onZoomOut}>
        −
      </button>
      <button type="button" aria-label={`Reset the map to ${MAP_REGION_LABEL[region]}`} onClick={onReset}>
        Reset
      </button>
    </div>
  )
}

/**
 * How to move the map, for the input in use. A plain wheel scrolls the page, never the map: the
 * map zooms with Ctrl or ⌘ and the wheel (a trackpad's pinch), the buttons, or two fingers.
 */
export const MapHint = memo(function MapHint() {
  return (
    <p className="map-hint">
      <span className="map-hint--fine">Ctrl or ⌘ + wheel to zoom</span>
      <span className="map-hint--coarse">Pinch to zoom</span>
    </p>
  )
})
