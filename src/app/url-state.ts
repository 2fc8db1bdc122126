/**
 * The user's choices in the query string: country, date, layer, unit, event, wing, nationality,
 * status, q, view (the phone's open view), pane (the laptop's lower pane), table and tq (the table's
 * tab and its search), window (the timeline's detail window, 2022-02-01..2025-12-31), region (the
 * map's region preset), zoom (a centre and zoom the user panned to: longitude,latitude,zoom) and
 * legend (the pinned legend entry). Parsing never throws: a malformed value is dropped and reported
 * as a problem, so a bad link shows a notice instead of a broken app. Pure functions; the hook lives
 * in UrlSync.tsx.
 */
import { WINGS, type Wing } from '../data/schema'
import type { Atlas } from '../model/atlas'
import { parseIsoDate } from '../lib/dates'
import { type AppState } from '../store/app-store'
import { TABLE_KINDS, type TableKind } from '../store/table-slice'
import { LOWER_PANES, VIEW_NAMES, type LowerPane, type ViewName } from '../store/layout-slice'
import type { DateWindow } from '../store/timeline-window-slice'
import { MAP_REGIONS, type MapRegion, type MapViewChoice } from '../store/map-view-slice'
import { LEGEND_KEYS, type LegendKey } from '../model/map-legend'
import { MAP_LAYERS, UNIT_STATUSES, type MapLayer, type UnitStatus } from '../model/types'

export type UrlChoices = Pick<
  AppState,
  | 'country'
  | 'asOf'
  | 'layer'
  | 'unit'
  | 'event'
  | 'wing'
  | 'nationality'
  | 'status'
  | 'query'
  | 'phoneView'
  | 'lowerPane'
  | 'tableTab'
  | 'tableSearch'
  | 'timelineWindow'
  | 'mapRegion'
  | 'mapView'
  | 'legendPin'
>

export const DEFAULT_CHOICES: UrlChoices = {
  country: null,
  asOf: null,
  layer: 'legality',
  unit: null,
  event: null,
  wing: null,
  nationality: null,
  status: null,
  query: '',
  phoneView: 'map',
  lowerPane: null,
  tableTab: 'countries',
  tableSearch: '',
  timelineWindow: null,
  mapRegion: 'world',
  mapView: null,
  legendPin: null,
}

/** Which parameter holds which choice, in the order they are written. */
const PARAM: Record<keyof UrlChoices, string> = {
  country: 'country',
  asOf: 'date',
  layer: 'layer',
  unit: 'unit',
  event: 'event',
  wing: 'wing',
  nationality: 'nationality',
  status: 'status',
  query: 'q',
  phoneView: 'view',
  lowerPane: 'pane',
  tableTab: 'table',
  tableSearch: 'tq',
  timelineWindow: 'window',
  mapRegion: 'region',
  mapView: 'zoom',
  legendPin: 'legend',
}

export interface UrlProblem {
  param: string
  value: string
  reason: string
}

const ID = /^[a-z0-9-]{1,80}$/
const ISO3 = /^[A-Z]{3}$/
const NUMBER = '(-?\\d{1,3}(?:\\.\\d{1,6})?)'
const MAP_VIEW = new RegExp(`^${NUMBER},${NUMBER},${NUMBER}$`)

/** "21.5,45.25,6": longitude and latitude to 2 decimals, the zoom to 2. */
export function formatMapView(view: MapViewChoice): string {
  const round = (x: number) => String(Math.round(x * 100) / 100)
  return `${round(view.center[0])},${round(view.center[1])},${round(view.zoom)}`
}

/** A map view written as formatMapView writes it, or null when it is not one. */
export function parseMapView(text: string): MapViewChoice | null {
  const match = MAP_VIEW.exec(text)
  if (!match) return null
  const [lon, lat, zoom] = match.slice(1).map(Number) as [number, number, number]
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90 || zoom < 1 || zoom > 20) return null
  return { center: [lon, lat], zoom }
}

export function parseUrlChoices(search: string): { choices: UrlChoices; problems: UrlProblem[] } {
  const params = new URLSearchParams(search)
  const choices: UrlChoices = { ...DEFAULT_CHOICES }
  const problems: UrlProblem[] = []
  const read = (key: keyof UrlChoices, accept: (v: string) => boolean, reason: string): string | null => {
    const value = params.get(PARAM[key])
    if (value === null || value === '') return null
    if (accept(value)) return value
    problems.push({ param: PARAM[key], value, reason })
    return null
  }
  choices.country = read('country', (v) => ISO3.test(v), 'is not an alpha-3 country code such as POL')
  choices.asOf = read('asOf', (v) => parseIsoDate(v) !== null, 'is not a date written YYYY-MM-DD')
  choices.layer =
    (read(
      'layer',
      (v) => (MAP_LAYERS as readonly string[]).includes(v),
      `is not one of ${MAP_LAYERS.join(', ')}`,
    ) as MapLayer | null) ?? DEFAULT_CHOICES.layer
  choices.unit = read('unit', (v) => ID.test(v), 'is not a unit id')
  choices.event = read('event', (v) => ID.test(v), 'is not an event id')
  choices.wing = read(
    'wing',
    (v) => (WINGS as readonly string[]).includes(v),
    `is not one of ${WINGS.join(', ')}`,
  ) as Wing | null
  choices.nationality = read('nationality', (v) => v.length <= 80, 'is too long')
  choices.status = read(
    'status',
    (v) => (UNIT_STATUSES as readonly string[]).includes(v),
    `is not one of ${UNIT_STATUSES.join(', ')}`,
  ) as UnitStatus | null
  choices.query = read('query', (v) => v.length <= 200, 'is too long') ?? ''
  choices.phoneView =
    (read(
      'phoneView',
      (v) => (VIEW_NAMES as readonly string[]).includes(v),
      `is not one of ${VIEW_NAMES.join(', ')}`,
    ) as ViewName | null) ?? DEFAULT_CHOICES.phoneView
  choices.lowerPane = read(
    'lowerPane',
    (v) => (LOWER_PANES as readonly string[]).includes(v),
    `is not one of ${LOWER_PANES.join(', ')}`,
  ) as LowerPane | null
  choices.tableTab =
    (read(
      'tableTab',
      (v) => (TABLE_KINDS as readonly string[]).includes(v),
      `is not one of ${TABLE_KINDS.join(', ')}`,
    ) as TableKind | null) ?? DEFAULT_CHOICES.tableTab
  choices.tableSearch = read('tableSearch', (v) => v.length <= 200, 'is too long') ?? ''
  const embed = params.get('embed')
  if (embed !== null && !(VIEW_NAMES as readonly string[]).includes(embed))
    problems.push({ param: 'embed', value: embed, reason: `is not one of ${VIEW_NAMES.join(', ')}` })
  const windowText = read(
    'timelineWindow',
    (v) => parseDateWindow(v) !== null,
    'is not a date range written YYYY-MM-DD..YYYY-MM-DD, the first date not after the second',
  )
  choices.timelineWindow = windowText ? parseDateWindow(windowText) : null
  choices.mapRegion =
    (read(
      'mapRegion',
      (v) => (MAP_REGIONS as readonly string[]).includes(v),
      `is not one of ${MAP_REGIONS.join(', ')}`,
    ) as MapRegion | null) ?? DEFAULT_CHOICES.mapRegion
  const mapView = read(
    'mapView',
    (v) => parseMapView(v) !== null,
    'is not a longitude, a latitude and a zoom from 1 to 20, such as 4.35,50.85,8',
  )
  choices.mapView = mapView === null ? null : parseMapView(mapView)
  choices.legendPin = read(
    'legendPin',
    (v) => (LEGEND_KEYS as readonly string[]).includes(v),
    `is not a legend entry (one of ${LEGEND_KEYS.join(', ')})`,
  ) as LegendKey | null
  // Only one thing is selected at a time, as in the store.
  const selected = (['country', 'unit', 'event'] as const).filter((k) => choices[k] !== null)
  for (const extra of selected.slice(1)) {
    problems.push({
      param: PARAM[extra],
      value: choices[extra]!,
      reason: `is ignored: the link also selects a ${selected[0]}`,
    })
    choices[extra] = null
  }
  return { choices, problems }
}

/** The query string for a set of choices; defaults are left out, so the plain URL means "no choice". */
export function serializeUrlChoices(choices: UrlChoices): string {
  const params = new URLSearchParams()
  for (const key of Object.keys(PARAM) as Array<keyof UrlChoices>) {
    const value = choices[key]
    if (value === null || value === '' || value === DEFAULT_CHOICES[key]) continue
    const text =
      key === 'timelineWindow'
        ? formatDateWindow(value as DateWindow)
        : key === 'mapView'
          ? formatMapView(value as MapViewChoice)
          : String(value)
    params.set(PARAM[key], text)
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

export function choicesOf(state: AppState): UrlChoices {
  return {
    country: state.country,
    asOf: state.asOf,
    layer: state.layer,
    unit: state.unit,
    event: state.event,
    wing: state.wing,
    nationality: state.nationality,
    status: state.status,
    query: state.query,
    phoneView: state.phoneView,
    lowerPane: state.lowerPane,
    tableTab: state.tableTab,
    tableSearch: state.tableSearch,
    timelineWindow: state.timelineWindow,
    mapRegion: state.mapRegion,
    mapView: state.mapView,
    legendPin: state.legendPin,
  }
}

/** "2022-02-01..2025-12-31": a window's two dates, as in the URL. */
export function formatDateWindow(window: DateWindow): string {
  return `${window[0]}..${window[1]}`
}

/** The window a "YYYY-MM-DD..YYYY-MM-DD" text stands for, or null when it is not one. */
export function parseDateWindow(text: string): DateWindow | null {
  const parts = text.split('..')
  if (parts.length !== 2) return null
  const [a, b] = parts.map((p) => parseIsoDate(p))
  return a && b && a <= b ? [a, b] : null
}

/** Choices whose ids the loaded data does not know are dropped and reported. */
export function unknownIdProblems(choices: UrlChoices, atlas: Atlas): UrlProblem[] {
  const problems: UrlProblem[] = []
  if (choices.country && !atlas.country(choices.country))
    problems.push({ param: 'country', value: choices.country, reason: 'is not a country in the data' })
  if (choices.unit && !atlas.unit(choices.unit))
    problems.push({ param: 'unit', value: choices.unit, reason: 'is not a unit in the data' })
  if (choices.event && !atlas.event(choices.event))
    problems.push({ param: 'event', value: choices.event, reason: 'is not an event in the data' })
  if (choices.nationality && !atlas.isNationality(choices.nationality))
    problems.push({
      param: 'nationality',
      value: choices.nationality,
      reason: 'is not a nationality of any unit',
    })
  return problems
}
