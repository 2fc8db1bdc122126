import { scaleSqrt } from 'd3-scale'
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
import type { Country, LegionEvent, Unit } from '../../data/schema'
import { useMapData } from '../../data/use-data'
import { useAppStore } from '../../store/app-store'
import { MAP_LAYERS, type MapLayer } from '../../model/types'
import { selectAsOf } from '../../store/selectors'
import { CountryList, type CountryListItem } from './CountryList'
import { CountryShapes } from './CountryShapes'
import { buildWorldGeometry, MAP_HEIGHT, MAP_WIDTH, markersFor, type WorldGeometry } from './geo'
import {
  accessibleValue,
  FIGURE_MEASURES,
  layerValues,
  legendEntries,
  PATTERN_NO_STANCE,
  PATTERN_NOT_YET,
  type CountryLayerValue,
  type LegendEntry,
  type MapCategory,
} from '../../model/map-layer'
import { layerTitle, MapLegend } from './MapLegend'

const LAYER_BUTTON: Record<MapLayer, string> = {
  legality: 'Legality',
  stance: 'Official stance',
  volunteers: 'Volunteers',
  deaths: 'Deaths',
}

const MAX_ZOOM = 12
/** Circle radius of the largest figure, in map units at zoom 1. */
const MAX_CIRCLE = 26
/** Half the side of the smallest hit area, in CSS pixels (24×24). */
const MIN_HIT_PX = 12

/** What the app may add to the map's toolbar (the export buttons), given the current legend. */
export type MapToolbarExtra = (map: { legend: LegendEntry[]; layerTitle: string }) => ReactNode

export function MapView({ renderExport }: { renderExport?: MapToolbarExtra } = {}) {
  const state = useMapData()
  if (state.status === 'pending') return <Loading what="the map" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  return (
    <WorldMap
      countries={state.data.countries}
      units={state.data.units}
      events={state.data.events}
      topology={state.data.topology}
      renderExport={renderExport}
    />
  )
}

interface Tip {
  iso3: string
  x: number
  y: number
}

function WorldMap({
  countries,
  units,
  events,
  topology,
  renderExport,
}: {
  renderExport?: MapToolbarExtra
  countries: Country[]
  units: Unit[]
  events: LegionEvent[]
  topology: Parameters<typeof buildWorldGeometry>[0]
}) {
  const layer = useAppStore((s) => s.layer)
  const setLayer = useAppStore((s) => s.setLayer)
  const asOf = useAppStore(selectAsOf)
  const selected = useAppStore((s) => s.country)
  const selectCountry = useAppStore((s) => s.selectCountry)
  const selectedUnit = useAppStore((s) => s.unit)
  const selectedEvent = useAppStore((s) => s.event)

  const geometry: WorldGeometry = useMemo(() => buildWorldGeometry(topology), [topology])
  const byIso3 = useMemo(() => new Map(countries.map((c) => [c.iso3, c])), [countries])
  const { markers } = useMemo(
    () =>
      markersFor(
        geometry,
        countries.map((c) => c.iso3),
      ),
    [geometry, countries],
  )
  const values = useMemo(() => layerValues(countries, layer, asOf), [countries, layer, asOf])
  const labels = useMemo(
    () => new Map([...values].map(([iso3, v]) => [iso3, accessibleValue(byIso3.get(iso3)!.name, v)])),
    [values, byIso3],
  )
  const entries = useMemo(() => legendEntries(layer, values), [layer, values])

  const figureLayer = layer === 'volunteers' || layer === 'deaths' ? layer : null
  const radius = useMemo(() => {
    if (!figureLayer) return null
    const measures = FIGURE_MEASURES[figureLayer]
    const max = Math.max(
      1,
      ...countries.flatMap((c) =>
        c.facts.filter((f) => f.figure && measures.includes(f.measure)).map((f) => f.figure!.max),
      ),
    )
    return scaleSqrt().domain([0, max]).range([0, MAX_CIRCLE])
  }, [countries, figureLayer])

  const [frameRef, frame] = useElementSize<HTMLDivElement>()
  // The view whose centre is the middle of the fitted projection: zoom 1 shows the whole world.
  const initialView = useMemo(
    () => ({
      center: (geometry.projection.invert?.([MAP_WIDTH / 2, MAP_HEIGHT / 2]) ?? [0, 0]) as [number, number],
      zoom: 1,
    }),
    [geometry],
  )
  const [view, setView] = useState(initialView)
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

  // Countries linked to what is selected elsewhere: a unit's nationalities, an event's countries.
  const linked = useMemo(() => {
    const unit = selectedUnit ? units.find((u) => u.id === selectedUnit) : undefined
    const event = selectedEvent ? events.find((e) => e.id === selectedEvent) : undefined
    const codes = unit?.nationalities.iso3 ?? event?.countries ?? []
    return { codes, about: unit?.name ?? event?.title ?? null }
  }, [units, events, selectedUnit, selectedEvent])

  const highlight = preview ?? pinned
  const outlined = [selected, tip?.iso3].filter((x): x is string => !!x)
  const linkedNames = linked.codes.map((c) => byIso3.get(c)?.name ?? geometry.byIso3.get(c)?.mapName ?? c)
  const tipCountry = tip ? byIso3.get(tip.iso3) : undefined
  const tipValue = tip ? values.get(tip.iso3) : undefined
  const k = view.zoom

  return (
    <div className="map-view">
      <div className="map-toolbar">
        <div role="radiogroup" aria-label="Map layer" className="segmented">
          {MAP_LAYERS.map((l) => (
            <button
              key={l}
              type="button"
              role="radio"
              aria-checked={layer === l}
              className={layer === l ? 'segmented__option is-on' : 'segmented__option'}
              onClick={() => {
                // A highlighted category belongs to the old layer's legend.
                setPreview(null)
                setPinned(null)
                setLayer(l)
              }}
            >
              {LAYER_BUTTON[l]}
            </button>
          ))}
        </div>
        <div className="zoom-buttons" role="group" aria-label="Map zoom">
          <button
            type="button"
            aria-label="Zoom in on the map"
            onClick={() => setView((v) => ({ ...v, zoom: Math.min(MAX_ZOOM, v.zoom * 1.6) }))}
          >
            +
          </button>
          <button
            type="button"
            aria-label="Zoom out on the map"
            onClick={() => setView((v) => ({ ...v, zoom: Math.max(1, v.zoom / 1.6) }))}
          >
            −
          </button>
          <button type="button" aria-label="Reset map zoom" onClick={() => setView(initialView)}>
            Reset
          </button>
        </div>
        {renderExport?.({ legend: entries, layerTitle: layerTitle(layer) })}
      </div>
      <p className="map-caption">{layerTitle(layer)}</p>
      {linked.about && (
        <p className="map-linked" data-testid="map-linked">
          Outlined: {linkedNames.length ? linkedNames.join(', ') : 'no country named'} — linked to “
          {linked.about}”
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
            aria-label={`World map: ${layerTitle(layer)}`}
            role="group"
          >
            <defs>
              <pattern
                id={PATTERN_NO_STANCE}
                width="4"
                height="4"
                patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)"
              >
                <rect width="4" height="4" fill="#ffffff" />
                <line x1="0" y1="0" x2="0" y2="4" stroke="#6b6b6b" strokeWidth="1.4" />
              </pattern>
              <pattern id={PATTERN_NOT_YET} width="4" height="4" patternUnits="userSpaceOnUse">
                <rect width="4" height="4" fill="#ffffff" />
                <circle cx="2" cy="2" r="0.9" fill="#6b6b6b" />
              </pattern>
            </defs>
            <ZoomableGroup
              center={view.center}
              zoom={view.zoom}
              maxZoom={MAX_ZOOM}
              onMoveEnd={({ coordinates, zoom }) => {
                if (coordinates) setView({ center: coordinates, zoom: zoom ?? 1 })
              }}
            >
              <CountryShapes shapes={geometry.shapes} values={values} labels={labels} />
              <g className="country-outlines" aria-hidden="true">
                {linked.codes.map((iso3) => {
                  const shape = geometry.byIso3.get(iso3)
                  const marker = markers.find((m) => m.iso3 === iso3)
                  if (shape && !marker)
                    return (
                      <path
                        key={`linked-${iso3}`}
                        d={shape.geography.svgPath}
                        className="outline outline--linked"
                        strokeWidth={2.2 / k}
                      />
                    )
                  const point = marker?.point ?? shape?.centroid
                  return point ? (
                    <circle
                      key={`linked-${iso3}`}
                      cx={point[0]}
                      cy={point[1]}
                      r={(9 * unitsPerPx) / k}
                      className="outline outline--linked"
                      strokeWidth={2 / k}
                    />
                  ) : null
                })}
                {outlined.map((iso3, i) => {
                  const shape = geometry.byIso3.get(iso3)
                  return shape ? (
                    <path
                      key={`${iso3}-${i}`}
                      d={shape.geography.svgPath}
                      className={iso3 === selected ? 'outline outline--selected' : 'outline outline--hover'}
                      strokeWidth={(iso3 === selected ? 2 : 1.4) / k}
                    />
                  ) : null
                })}
              </g>
              {radius && (
                <g className="figure-circles">
                  {countries.map((c) => {
                    const v = values.get(c.iso3)
                    const point = circleCentre(geometry, markers, c.iso3)
                    if (!v?.fact?.figure || !point) return null
                    return (
                      <circle
                        key={c.iso3}
                        data-iso3={c.iso3}
                        cx={point[0]}
                        cy={point[1]}
                        r={Math.max(radius(v.fact.figure.max), 1.5 * unitsPerPx) / Math.sqrt(k)}
                        className={v.fact.date ? 'figure-circle' : 'figure-circle figure-circle--undated'}
                        strokeWidth={0.8 / k}
                      />
                    )
                  })}
                </g>
              )}
              <g className="country-markers">
                {markers.map((m) => (
                  <Marker
                    key={m.iso3}
                    iso3={m.iso3}
                    point={m.point}
                    value={values.get(m.iso3)}
                    label={labels.get(m.iso3)}
                    hitRadius={(MIN_HIT_PX * unitsPerPx) / k}
                    radius={(5 * unitsPerPx) / k}
                    selected={m.iso3 === selected}
                  />
                ))}
              </g>
            </ZoomableGroup>
          </ComposableMap>
          {tip && tipCountry && tipValue && (
            <div
              ref={tipBox}
              className="tooltip map-tooltip"
              role="tooltip"
              style={{ left: tipLeft(tip.x, frame.width), top: tip.y + 14 }}
            >
              <strong>{tipCountry.name}</strong>
              <span>{tipValue.valueText}</span>
              {tipValue.dateText && <span className="tooltip__date">{tipValue.dateText}</span>}
              {tipCountry.conflicts.length > 0 && (
                <span className="badge badge--conflict">
                  Conflicting claims ({tipCountry.conflicts.length})
                </span>
              )}
              {tipCountry.ambiguous && (
                <span className="badge badge--ambiguous">Ambiguous classification</span>
              )}
            </div>
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

function Marker({
  iso3,
  point,
  value,
  label,
  hitRadius,
  radius,
  selected,
}: {
  iso3: string
  point: [number, number]
  value: CountryLayerValue | undefined
  label: string | undefined
  hitRadius: number
  radius: number
  selected: boolean
}) {
  return (
    <g
      data-iso3={iso3}
      data-marker={iso3}
      data-cat={value?.category}
      role="img"
      aria-label={label}
      className="marker"
    >
      <circle cx={point[0]} cy={point[1]} r={hitRadius} className="marker__hit" />
      <circle
        cx={point[0]}
        cy={point[1]}
        r={radius}
        fill={value?.fill}
        className={selected ? 'marker__dot is-selected' : 'marker__dot'}
        strokeWidth={radius / 3}
      />
    </g>
  )
}

function circleCentre(
  geometry: WorldGeometry,
  markers: Array<{ iso3: string; point: [number, number] }>,
  iso3: string,
): [number, number] | null {
  return geometry.byIso3.get(iso3)?.centroid ?? markers.find((m) => m.iso3 === iso3)?.point ?? null
}

/** The tooltip's left edge: beside the pointer, kept inside the map. */
function tipLeft(x: number, width: number): number {
  return Math.min(x + 14, Math.max(0, width - 240))
}

/** Two or three round values up to max for the circle legend. */
function niceSteps(max: number): number[] {
  const top = 10 ** Math.floor(Math.log10(max))
  return [top / 100, top / 10, top].filter((v) => v >= 1)
}
