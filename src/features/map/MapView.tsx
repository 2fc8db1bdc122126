import { useQuery } from '@tanstack/react-query'
import {
  useCallback,
  useMemo,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
  type ReactNode,
} from 'react'
import { ComposableMap, ZoomableGroup } from 'react-simple-maps'
import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { useElementSize } from '../../components/use-element-size'
import { topologyQuery } from '../../data/queries'
import type { WorldTopology } from '../../data/topology'
import { useAtlas } from '../../data/use-atlas'
import type { Atlas } from '../../model/atlas'
import { linkedRecords } from '../../model/linked'
import { accessibleValue, layerValues, legendEntries, type MapCategory } from '../../model/map-layer'
import { LAYER_TITLE } from '../../model/vocabulary'
import { useAppStore } from '../../store/app-store'
import { selectAsOf } from '../../store/selectors'
import { CountryList, type CountryListItem } from './CountryList'
import { buildWorldGeometry, MAP_HEIGHT, MAP_WIDTH } from './geo'
import {
  figureRadius,
  mapMarkers,
  niceSteps,
  wholeWorld,
  type MapFigure,
  type MapViewport,
} from './map-figure'
import { MapDrawing } from './MapDrawing'
import { MapLegend } from './MapLegend'
import { MapToolbar } from './MapToolbar'
import { MapTooltip } from './MapTooltip'
import './map.css'

const MAX_ZOOM = 12

/** What the exports need to draw the map as the user sees it (without the hover). */
export interface MapExportSource {
  figure: MapFigure
  view: MapViewport
  selected: string | null
  linked: readonly string[]
}

/** What the app may add to the map's toolbar (the export buttons), given the map as shown. */
export type MapToolbarExtra = (map: MapExportSource) => ReactNode

export function MapView({ renderExport }: { renderExport?: MapToolbarExtra } = {}) {
  const state = useAtlas(['countries', 'topology'])
  const topology = useQuery(topologyQuery).data
  if (state.status === 'pending' || (state.status === 'success' && !topology))
    return <Loading what="the map" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  return <WorldMap atlas={state.data} topology={topology!} renderExport={renderExport} />
}

interface Tip {
  iso3: string
  x: number
  y: number
}

function WorldMap({
  atlas,
  topology,
  renderExport,
}: {
  atlas: Atlas
  topology: WorldTopology
  renderExport?: MapToolbarExtra
}) {
  const layer = useAppStore((s) => s.layer)
  const setLayer = useAppStore((s) => s.setLayer)
  const asOf = useAppStore(selectAsOf)
  const selected = useAppStore((s) => s.country)
  const selectCountry = useAppStore((s) => s.selectCountry)
  const selectedUnit = useAppStore((s) => s.unit)
  const selectedEvent = useAppStore((s) => s.event)
  const countries = atlas.countries

  // Each part keyed on what it reads, so the shapes keep their props when units or events load.
  const geometry = useMemo(() => buildWorldGeometry(topology), [topology])
  const markers = useMemo(() => mapMarkers(geometry, countries), [geometry, countries])
  const values = useMemo(
    () => layerValues(countries, layer, asOf, atlas.people),
    [countries, layer, asOf, atlas.people],
  )
  const entries = useMemo(() => legendEntries(layer, values), [layer, values])
  const radius = useMemo(() => figureRadius(countries, layer, atlas.people), [countries, layer, atlas.people])
  const figure: MapFigure = useMemo(
    () => ({ layer, geometry, values, entries, radius, ...markers }),
    [layer, geometry, values, entries, radius, markers],
  )
  const labels = useMemo(
    () => new Map(countries.map((c) => [c.iso3, accessibleValue(c.name, values.get(c.iso3)!)])),
    [countries, values],
  )

  const [frameRef, frame] = useElementSize<HTMLDivElement>()
  const initialView = useMemo(() => wholeWorld(geometry), [geometry])
  const [view, setView] = useState<MapViewport>(initialView)
  const [tip, setTip] = useState<Tip | null>(null)
  const [preview, setPreview] = useState<MapCategory | null>(null)
  const [pinned, setPinned] = useState<MapCategory | null>(null)
  const pointerDown = useRef<{ x: number; y: number } | null>(null)

  // Map units per CSS pixel, so markers keep a 24×24 px hit area at any size and zoom.
  const unitsPerPx = frame.width ? MAP_WIDTH / frame.width : 1

  // Moving within one country only moves the tooltip's box (a DOM write, no React render);
  // entering another country renders the tooltip's new content and its outline.
  const tipBox = useRef<HTMLDivElement>(null)
  const tipIso = useRef<string | null>(null)
  const tipAt = useCallback(
    (iso3: string, clientX: number, clientY: number) => {
      const rect = frameRef.current?.getBoundingClientRect()
      if (!rect) return
      const x = clientX - rect.left
      const y = clientY - rect.top
      if (tipIso.current === iso3 && tipBox.current) {
        tipBox.current.style.left = `${tipLeft(x, rect.width)}px`
        tipBox.current.style.top = `${y + 14}px`
        return
      }
      tipIso.current = iso3
      setTip({ iso3, x, y })
    },
    [frameRef],
  )
  const hideTip = useCallback(() => {
    tipIso.current = null
    setTip(null)
  }, [])

  const tipAtElement = useCallback(
    (iso3: string | null) => {
      if (!iso3) return hideTip()
      const element =
        frameRef.current?.querySelector(`[data-marker="${iso3}"]`) ??
        frameRef.current?.querySelector(`[data-iso3="${iso3}"]`)
      const box = element?.getBoundingClientRect()
      if (!box) return setTip({ iso3, x: 12, y: 12 })
      tipAt(iso3, box.left + box.width / 2, box.top + box.height / 2)
    },
    [frameRef, tipAt, hideTip],
  )

  const isoOf = (event: { target: EventTarget }) =>
    (event.target as Element).closest?.('[data-iso3]')?.getAttribute('data-iso3') ?? null

  const onPointerMove = (event: ReactPointerEvent) => {
    const iso3 = isoOf(event)
    if (iso3) tipAt(iso3, event.clientX, event.clientY)
    else if (tip) hideTip()
  }
  const onPointerDown = (event: ReactPointerEvent) => {
    pointerDown.current = { x: event.clientX, y: event.clientY }
    // A tap shows the tooltip at once: touch has no hover.
    const iso3 = isoOf(event)
    if (iso3 && event.pointerType !== 'mouse') tipAt(iso3, event.clientX, event.clientY)
  }
  const onClick = (event: React.MouseEvent) => {
    const start = pointerDown.current
    // A drag (pan) never selects.
    if (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > 5) return
    const iso3 = isoOf(event)
    if (iso3) selectCountry(iso3)
  }

  const listItems: CountryListItem[] = useMemo(
    () =>
      [...countries]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((c) => ({
          iso3: c.iso3,
          name: c.name,
          label: [
            labels.get(c.iso3)!,
            c.conflicts.length ? 'conflicting claims in the source' : '',
            c.ambiguous ? 'ambiguous classification' : '',
          ]
            .filter(Boolean)
            .join('; '),
          flagged: c.conflicts.length > 0,
        })),
    [countries, labels],
  )

  const circleSizes = radius
    ? niceSteps(radius.domain()[1]!).map((value) => ({
        value,
        radiusPx: Math.max(1, radius(value) / unitsPerPx),
      }))
    : undefined

  // Countries linked to the selected unit or event; a selected country is outlined as selected.
  const links = linkedRecords(atlas, { country: selected, unit: selectedUnit, event: selectedEvent })
  const linked = links.by === 'country' ? [] : links.countries
  const highlight = preview ?? pinned
  const tipCountry = tip ? atlas.country(tip.iso3) : undefined
  const tipValue = tip ? values.get(tip.iso3) : undefined
  const title = LAYER_TITLE[layer]

  return (
    <div className="map-view">
      <MapToolbar
        layer={layer}
        onLayer={(l) => {
          // A highlighted category belongs to the old layer's legend.
          setPreview(null)
          setPinned(null)
          setLayer(l)
        }}
        onZoomIn={() => setView((v) => ({ ...v, zoom: Math.min(MAX_ZOOM, v.zoom * 1.6) }))}
        onZoomOut={() => setView((v) => ({ ...v, zoom: Math.max(1, v.zoom / 1.6) }))}
        onReset={() => setView(initialView)}
        extra={renderExport?.({ figure, view, selected, linked })}
      />
      <p className="map-caption">{title}</p>
      {links.by && links.by !== 'country' && (
        <p className="map-linked" data-testid="map-linked">
          Outlined: {linked.length ? linked.map(atlas.countryName).join(', ') : 'no country named'} — linked
          to “{links.about}”
        </p>
      )}
      <div className="map-body">
        <div
          ref={frameRef}
          className="map-frame"
          data-highlight={highlight ?? undefined}
          onPointerMove={onPointerMove}
          onPointerDown={onPointerDown}
          onPointerLeave={hideTip}
          onClick={onClick}
        >
          <ComposableMap
            width={MAP_WIDTH}
            height={MAP_HEIGHT}
            projection={geometry.projection}
            className="map-svg"
            aria-label={`World map: ${title}`}
            role="group"
          >
            <ZoomableGroup
              center={view.center}
              zoom={view.zoom}
              maxZoom={MAX_ZOOM}
              onMoveEnd={({ coordinates, zoom }) => {
                if (coordinates) setView({ center: coordinates, zoom: zoom ?? 1 })
              }}
            >
              <MapDrawing
                figure={figure}
                labels={labels}
                selected={selected}
                hovered={tip?.iso3}
                linked={linked}
                zoom={view.zoom}
                unitsPerPx={unitsPerPx}
              />
            </ZoomableGroup>
          </ComposableMap>
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
        <CountryList
          items={listItems}
          selected={selected}
          onActiveChange={tipAtElement}
          onSelect={selectCountry}
        />
      </div>
      <MapLegend
        layer={layer}
        entries={entries}
        pinned={pinned}
        onPreview={setPreview}
        onPin={setPinned}
        circleSizes={circleSizes}
      />
    </div>
  )
}

/** The tooltip's left edge: beside the pointer, kept inside the map. */
function tipLeft(x: number, width: number): number {
  return Math.min(x + 14, Math.max(0, width - 240))
}
