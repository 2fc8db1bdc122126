import { useMemo, useState, type ReactNode } from 'react'
import type { GeoProjection } from 'd3-geo'
import { ComposableMap } from 'react-simple-maps/core'
import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { useElementSize } from '../../components/use-element-size'
import type { MapShapesFile } from '../../data/map-shapes'
import { useAtlasInBackground } from '../../data/use-atlas'
import type { Person } from '../../data/schema'
import type { Atlas } from '../../model/atlas'
import { linkedRecords } from '../../model/linked'
import { accessibleValue, layerValues } from '../../model/map-layer'
import { legendEntries, type LegendKey } from '../../model/map-legend'
import { LAYER_TITLE } from '../../model/vocabulary'
import { useAppStore } from '../../store/app-store'
import { selectAsOf } from '../../store/selectors'
import { CountryList } from './CountryList'
import { worldGeometryOf } from './geo'
import { MapHint, MapLayerSwitch, MapRegionPicker, MapZoomButtons } from './MapControls'
import { MapDrawing } from './MapDrawing'
import { figureRadius, mapMarkers, niceSteps, type MapFigure, type MapViewport } from './map-figure'
import { MAX_ZOOM } from './map-regions'
import { MapLabel } from './MapLabel'
import { MapLegend } from './MapLegend'
import { MapLinkedNote } from './MapLinkedNote'
import { MapTooltip } from './MapTooltip'
import { MapZoomLayer } from './MapZoomLayer'
import { tapMarkers } from './tap-markers'
import { useCoarsePointer } from './use-coarse-pointer'
import { tipLeft, useMapTooltip } from './use-map-tooltip'
import { useLegendPin } from './use-legend-pin'
import { LAYERS_WITH_PEOPLE, useDrawnLayer, useMapFiles } from './use-drawn-layer'
import { useMapShapes } from './use-map-shapes'
import { useMapViewport } from './use-map-viewport'
import './map.css'
import './map-panel.css'

/** What the exports need to draw the map as the user sees it (without the hover). */
export interface MapExportSource {
  figure: MapFigure
  view: MapViewport
  selected: string | null
  linked: readonly string[]
}

/** What the app may add to the map's controls (the export buttons), given the map as shown. */
export type MapToolbarExtra = (map: MapExportSource) => ReactNode

/** Below this width the map's view stacks its legend and list under the drawing. */
const WIDE_PX = 480

export function MapView({ renderExport }: { renderExport?: MapToolbarExtra } = {}) {
  const state = useAtlasInBackground(useMapFiles())
  const shapes = useMapShapes()
  if (state.status === 'pending' || (state.status === 'success' && !shapes)) return <Loading what="the map" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  return <WorldMap atlas={state.data} shapes={shapes!} renderExport={renderExport} />
}

/** Plain wheel scrolls the page (the view zooms with Ctrl or ⌘ itself); drags and pinches pan and zoom. */
const zoomGesture = (event: Event) =>
  event.type !== 'wheel' && !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button

const NO_PEOPLE: readonly Person[] = []

function WorldMap({
  atlas,
  shapes,
  renderExport,
}: {
  atlas: Atlas
  shapes: MapShapesFile
  renderExport?: MapToolbarExtra
}) {
  const { chosen: chosenLayer, drawn: layer, peopleWait } = useDrawnLayer()
  const chooseMapLayer = useAppStore((s) => s.chooseMapLayer)
  const asOf = useAppStore(selectAsOf)
  const selected = useAppStore((s) => s.country)
  const selectCountry = useAppStore((s) => s.selectCountry)
  const selectedUnit = useAppStore((s) => s.unit)
  const selectedEvent = useAppStore((s) => s.event)
  const region = useAppStore((s) => s.mapRegion)
  const setMapRegion = useAppStore((s) => s.setMapRegion)
  const countries = atlas.countries

  // Each part keyed on what it reads, so the shapes keep their props when units or events load.
  const geometry = useMemo(() => worldGeometryOf(shapes), [shapes])
  const markers = useMemo(() => mapMarkers(geometry, countries), [geometry, countries])
  // Only the figure layers count people: their arrival (for the details) redraws no other layer.
  const people = LAYERS_WITH_PEOPLE.has(layer) ? atlas.people : NO_PEOPLE
  const values = useMemo(() => layerValues(countries, layer, asOf, people), [countries, layer, asOf, people])
  const entries = useMemo(() => legendEntries(layer, values), [layer, values])
  const radius = useMemo(() => figureRadius(countries, layer, people), [countries, layer, people])
  const figure: MapFigure = useMemo(
    () => ({ layer, geometry, values, entries, radius, ...markers }),
    [layer, geometry, values, entries, radius, markers],
  )
  const labels = useMemo(
    () => new Map(countries.map((c) => [c.iso3, accessibleValue(c.name, values.get(c.iso3)!)])),
    [countries, values],
  )
  const conflicted = useMemo(
    () => new Set(countries.filter((c) => c.conflicts.length > 0).map((c) => c.iso3)),
    [countries],
  )

  const [rootRef, root] = useElementSize<HTMLDivElement>()
  const [frameRef, frame] = useElementSize<HTMLDivElement>()
  const { box, view, unitsPerPx, onMoveEnd, zoomIn, zoomOut, reset } = useMapViewport(
    geometry,
    frameRef,
    frame,
  )
  const { tip, tipBox, tipAtElement, handlers } = useMapTooltip(frameRef, selectCountry)
  const [preview, setPreview] = useState<LegendKey | null>(null)
  // Opened with its button, the list takes the focus (a pinned legend entry opens it, and keeps it).
  const [listFocus, setListFocus] = useState(false)

  // On a touch screen, small countries get a marker at the zoom shown, where it does not crowd
  // another (tap-markers.ts); a mouse can point at them, and the country list is there for both.
  const coarse = useCoarsePointer()
  const pxPerUnit = view.zoom / unitsPerPx
  const liveFigure: MapFigure = useMemo(() => {
    if (!coarse) return figure
    const extra = tapMarkers(
      geometry,
      countries.map((c) => c.iso3),
      markers.markers,
      pxPerUnit,
    )
    if (!extra.length) return figure
    const all = [...markers.markers, ...extra]
    return { ...figure, markers: all, markerByIso3: new Map(all.map((m) => [m.iso3, m])) }
  }, [coarse, figure, geometry, countries, markers, pxPerUnit])

  const { pinned, setLegendPin, items, allItems, narrowing, listOpen, setListOpen } = useLegendPin(
    atlas,
    values,
    labels,
    entries,
    conflicted,
  )
  const highlight = preview ?? pinned

  const circleSizes = radius
    ? niceSteps(radius.domain()[1]!).map((value) => ({
        value,
        radiusPx: Math.max(1, radius(value) / unitsPerPx),
      }))
    : undefined

  // Countries linked to the selected unit or event; a selected country is outlined as selected.
  const links = linkedRecords(atlas, { country: selected, unit: selectedUnit, event: selectedEvent })
  const linked = links.by === 'country' ? [] : links.countries
  const tipCountry = tip ? atlas.country(tip.iso3) : undefined
  const tipValue = tip ? values.get(tip.iso3) : undefined
  const labelled = tip?.iso3 ?? selected
  const labelPoint = labelled
    ? (liveFigure.markerByIso3.get(labelled)?.point ?? geometry.byIso3.get(labelled)?.main.point)
    : undefined
  const title = LAYER_TITLE[layer]
  const wide = root.width === 0 || root.width >= WIDE_PX
  const listLabel = `Countries (${pinned ? `${items.length} of ${allItems.length}` : allItems.length})`
  const countryList = (
    <CountryList
      items={items}
      total={allItems.length}
      narrowing={narrowing}
      selected={selected}
      onActiveChange={tipAtElement}
      onSelect={selectCountry}
      focusOnOpen={wide && listFocus}
    />
  )
  const download = renderExport?.({ figure, view, selected, linked })

  return (
    <div
      ref={rootRef}
      className={`map-view ${wide ? 'is-wide' : 'is-narrow'}${wide && listOpen ? ' has-list' : ''}`}
    >
      <div className="map-stage">
        <div
          ref={frameRef}
          className="map-frame"
          data-highlight={highlight ?? undefined}
          onPointerMove={handlers.onPointerMove}
          onPointerDown={handlers.onPointerDown}
          onPointerLeave={handlers.onPointerLeave}
          onClick={handlers.onClick}
        >
          {/* Drawn once the frame has a size: the drawing is laid out once, at that size, and the
              measure that learns it lays out only the page around an empty frame. */}
          {frame.width > 0 && frame.height > 0 && (
            <ComposableMap
              width={box.width}
              height={box.height}
              // react-simple-maps calls only the function and its invert (to centre and report the
              // view): the shapes come projected, so the drawing needs no d3-geo projection.
              projection={geometry.projection as unknown as GeoProjection}
              className="map-svg"
              // Its size in px, not the stylesheet's 100%: a drawing sized by its container is laid
              // out again, every path of it, whenever the page around it is; a date step did so twice.
              style={{ width: frame.width, height: frame.height }}
              aria-label={`World map: ${title}`}
              role="group"
            >
              <MapZoomLayer
                geometry={geometry}
                box={box}
                view={view}
                maxZoom={MAX_ZOOM}
                filter={zoomGesture}
                onMoveEnd={onMoveEnd}
              >
                <MapDrawing
                  figure={liveFigure}
                  labels={labels}
                  conflicted={conflicted}
                  selected={selected}
                  hovered={tip?.iso3}
                  linked={linked}
                  zoom={view.zoom}
                  unitsPerPx={unitsPerPx}
                />
                {labelled && labelPoint && (
                  <MapLabel
                    name={atlas.countryName(labelled)}
                    point={labelPoint}
                    zoom={view.zoom}
                    unitsPerPx={unitsPerPx}
                  />
                )}
              </MapZoomLayer>
            </ComposableMap>
          )}
          {tip && tipCountry && tipValue && (
            <MapTooltip
              ref={tipBox}
              country={tipCountry}
              value={tipValue}
              left={tipLeft(tip.x, frame.width)}
              top={tip.y + 14}
            />
          )}
        </div>
        <div className="map-controls map-controls--top">
          <MapLayerSwitch layer={chosenLayer} onLayer={chooseMapLayer} />
          {wide && (
            <div className="map-controls__end">
              <button
                type="button"
                aria-expanded={listOpen}
                onClick={() => {
                  setListFocus(!listOpen)
                  setListOpen(!listOpen)
                }}
              >
                {listLabel}
              </button>
              {download}
            </div>
          )}
        </div>
        <div className="map-controls map-controls--bottom">
          <MapRegionPicker region={region} onRegion={setMapRegion} />
          <MapHint />
          <MapZoomButtons region={region} onZoomIn={zoomIn} onZoomOut={zoomOut} onReset={reset} />
        </div>
      </div>
      {wide && listOpen && <div className="map-side">{countryList}</div>}
      <div className="map-panel">
        <MapLinkedNote
          atlas={atlas}
          links={links}
          event={selectedEvent ? atlas.event(selectedEvent) : undefined}
        />
        {peopleWait.status === 'error' && (
          <DataErrorBox errors={[peopleWait.error]} onRetry={peopleWait.retry} />
        )}
        {peopleWait.status === 'loading' && (
          <Loading what={`the people the source names, for “${LAYER_TITLE[chosenLayer]}”`} />
        )}
        <MapLegend
          layer={layer}
          entries={entries}
          conflicts={conflicted.size}
          pinned={pinned}
          onPreview={setPreview}
          onPin={setLegendPin}
          circleSizes={circleSizes}
        />
        {!wide && countryList}
        {!wide && download}
      </div>
    </div>
  )
}
