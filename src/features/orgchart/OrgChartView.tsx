import { useCallback, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { useElementSize } from '../../components/use-element-size'
import { useAtlasInBackground } from '../../data/use-atlas'
import { formatIsoDate } from '../../lib/dates'
import type { Atlas } from '../../model/atlas'
import { linkedRecords } from '../../model/linked'
import { hasFilters } from '../../model/types'
import { nationalityOptions } from '../../model/unit-selection'
import { changedBetween } from '../../model/unit-status'
import { unitMatchText } from '../../model/vocabulary'
import { useAppStore } from '../../store/app-store'
import { selectAsOf, selectUnitFilters } from '../../store/selectors'
import { ChartDrawing, type TreeHandlers } from './ChartDrawing'
import { EMPTY_SCENE } from './chart-scene'
import { ChartViewport } from './ChartViewport'
import { chainRowsOf, otherRowsOf, rowTexts, shownChain } from './chart-rows'
import { ancestorIds, branchIds, buildOrgStructure } from './org-structure'
import { useOrgFilterBar } from './OrgFilterBar'
import { OrgList } from './OrgList'
import type { NodeText } from './node-text'
import type { NodeLook } from './OrgTree'
import { StatusKey } from './StatusKey'
import { useChartScenes } from './use-chart-scenes'
import { useScenePrefetch } from './use-scene-prefetch'
import { QUERY_WAIT_TEXT, useUnitSelection } from './use-unit-selection'
import './orgchart.css'

/** Below this width the chart becomes an indented list (phones); a laptop's pane keeps the chart. */
const CHART_MIN_PX = 420

const NO_COLLAPSED: ReadonlySet<string> = new Set()

const UNMEASURED = { names: EMPTY_SCENE, full: EMPTY_SCENE }

const sameMembers = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((id) => b.has(id))

const looksMade = new WeakMap<NodeText, Map<string, NodeLook>>()

/** A card's look, one object per text and flags: a card whose look a date step leaves alone keeps it, and is not drawn again. */
function lookOf(
  text: NodeText,
  status: NodeLook['status'],
  context: boolean,
  linked: NodeLook['linked'],
  changed: boolean,
): NodeLook {
  let byFlags = looksMade.get(text)
  if (!byFlags) looksMade.set(text, (byFlags = new Map()))
  const key = `${status}|${context}|${linked}|${changed}`
  let look = byFlags.get(key)
  if (!look) byFlags.set(key, (look = { text, status, context, linked, changed }))
  return look
}

export function OrgChartView() {
  // Country names and events enrich the chart when they load; the chart never waits for them.
  const state = useAtlasInBackground(['units'])
  if (state.status === 'pending') return <Loading what="units" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  return <OrgChart atlas={state.data} />
}

function OrgChart({ atlas }: { atlas: Atlas }) {
  const asOf = useAppStore(selectAsOf)
  const filters = useAppStore(useShallow(selectUnitFilters))
  const actions = useAppStore(
    useShallow((s) => ({
      setWing: s.setWing,
      setNationality: s.setNationality,
      setStatus: s.setStatus,
      setQuery: s.setQuery,
    })),
  )
  const clearFilters = useAppStore((s) => s.clearFilters)
  const selectedUnit = useAppStore((s) => s.unit)
  const selectedCountry = useAppStore((s) => s.country)
  const selectedEvent = useAppStore((s) => s.event)
  const selectUnit = useAppStore((s) => s.selectUnit)

  const structure = useMemo(() => buildOrgStructure(atlas.units), [atlas])
  const selection = useUnitSelection(atlas, filters, asOf)
  const result = selection.result
  const options = useMemo(() => nationalityOptions(atlas), [atlas])

  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(NO_COLLAPSED)
  // A unit chosen elsewhere (the details panel, a link) opens the branches above it.
  const [seenSelection, setSeenSelection] = useState(selectedUnit)
  if (seenSelection !== selectedUnit) {
    setSeenSelection(selectedUnit)
    const above = selectedUnit ? ancestorIds(structure.chain, selectedUnit) : []
    if (above.some((id) => collapsed.has(id)))
      setCollapsed(new Set([...collapsed].filter((id) => !above.includes(id))))
  }
  // Units whose status differs from the previous as-of date are marked. The previous date lives in
  // state, not a ref: it is read while rendering, which the react-hooks `refs` rule forbids for refs.
  const [changed, setChanged] = useState({ asOf, ids: new Set<string>() })
  if (changed.asOf !== asOf) setChanged({ asOf, ids: changedBetween(atlas, changed.asOf, asOf) })

  // The units shown, as the same set while a date step shows the same ones: the rows, their texts
  // and the drawings made from them are then the ones already drawn.
  const [shown, setShown] = useState(result.shown)
  const sameShown = shown === result.shown || sameMembers(shown, result.shown)
  if (!sameShown) setShown(result.shown)
  const shownNow = sameShown ? shown : result.shown
  const chainRoot = useMemo(() => shownChain(structure, shownNow), [structure, shownNow])
  const chainRows = useMemo(() => chainRowsOf(chainRoot, collapsed), [chainRoot, collapsed])
  const otherRows = useMemo(() => otherRowsOf(structure, shownNow), [structure, shownNow])

  // Linking highlights and never filters: the selected country's or event's units are outlined.
  const linked = linkedRecords(atlas, { country: selectedCountry, unit: selectedUnit, event: selectedEvent })
  const texts = useMemo(
    () => rowTexts(chainRows, otherRows, asOf, atlas),
    [chainRows, otherRows, asOf, atlas],
  )
  const filtering = hasFilters(filters)
  const looks = useMemo(() => {
    const map = new Map<string, NodeLook>()
    for (const row of [...chainRows, ...otherRows]) {
      const unit = row.datum.type === 'unit' ? row.datum.unit : null
      map.set(
        row.id,
        lookOf(
          texts.get(row.id)!,
          unit?.kind === 'unit' ? result.state.get(unit.id) : undefined,
          filtering && unit?.kind === 'unit' && !result.matchIds.has(unit.id),
          linked.by !== 'unit' && linked.by && linked.unitIds.has(row.id) ? linked.by : null,
          changed.ids.has(row.id),
        ),
      )
    }
    return map
  }, [chainRows, otherRows, texts, filtering, result, linked, changed])
  const linkedShown = [...looks.values()].filter((l) => l.linked).length
  const linkedText =
    linked.by === 'country'
      ? `outlined: ${linkedShown} ${linkedShown === 1 ? 'unit' : 'units'} with volunteers from ${linked.about}`
      : linked.by === 'event'
        ? `outlined: ${linkedShown} ${linkedShown === 1 ? 'unit' : 'units'} named by the selected event`
        : null

  const [frameRef, frame] = useElementSize<HTMLDivElement>()
  const [view, setView] = useState({ width: 0, height: 0 })
  // Unmeasured (0) draws the chart: a test DOM gives every element a desktop-sized box.
  const wide = frame.width === 0 || frame.width >= CHART_MIN_PX
  // Arranged for the window's shape, in steps, so that a small resize does not rearrange it.
  const aspect =
    view.width && view.height
      ? Math.min(3, Math.max(0.5, Math.round((view.width / view.height) * 10) / 10))
      : 1.4
  // Laid out once the window has told its shape: a layout for the default shape, made while the
  // window mounts, was thrown away a moment later (two layouts of each drawing on every load).
  const measured = view.width > 0 && view.height > 0
  const laidOut = useChartScenes(wide && measured, chainRows, otherRows, texts, aspect)
  const scenes = laidOut ?? (wide ? UNMEASURED : null)
  // Measured and drawn as a chart: the dates a scrub may reach are laid out while the page is idle.
  useScenePrefetch(frame.width >= CHART_MIN_PX && view.width > 0, {
    atlas: selection.from,
    structure,
    filters: selection.applied,
    collapsed,
    aspect,
  })

  const onToggle = useCallback((id: string, expand: boolean) => {
    setCollapsed((prev) => {
      const next = new Set(prev)
      if (expand) next.delete(id)
      else next.add(id)
      return next
    })
  }, [])

  const branches = branchIds(chainRoot).filter((id) => id !== chainRoot?.datum.id)
  const branchTools = branches.length > 0 && (
    <div className="org-branches" role="group" aria-label="Branches">
      <button type="button" onClick={() => setCollapsed(NO_COLLAPSED)} disabled={!collapsed.size}>
        Expand all
      </button>
      <button type="button" onClick={() => setCollapsed(new Set(branches))}>
        Collapse all
      </button>
    </div>
  )
  const filterBar = useOrgFilterBar(
    { filters, options, actions, asOfText: formatIsoDate(asOf), countryName: atlas.countryName },
    branchTools,
  )
  const tools = (
    <div className="org-toolbar">
      {filterBar.button}
      {filtering && (
        <button type="button" onClick={clearFilters}>
          Clear filters
        </button>
      )}
      <p className="org-summary__count" role="status">
        {selection.query === 'applied'
          ? unitMatchText(result.matches.length, result.present)
          : QUERY_WAIT_TEXT[selection.query]}
      </p>
    </div>
  )
  const key = <StatusKey linked={linkedText} />
  const handlers: TreeHandlers = useMemo(
    () => ({ looks, selected: selectedUnit, onToggle, onSelect: selectUnit }),
    [looks, selectedUnit, onToggle, selectUnit],
  )
  const shownIds = new Set([...chainRows, ...otherRows].map((r) => r.id))
  // The selected unit is kept in view; else the units a selected country or event links to.
  const keep =
    selectedUnit && shownIds.has(selectedUnit)
      ? [selectedUnit]
      : [...chainRows, ...otherRows].filter((r) => looks.get(r.id)?.linked).map((r) => r.id)
  const nothing = !chainRows.length && !otherRows.length

  return (
    <div ref={frameRef} className={wide ? 'orgchart' : 'orgchart orgchart--list'}>
      {scenes ? (
        <ChartViewport
          scenes={scenes}
          keep={keep}
          onResize={setView}
          tools={tools}
          panel={filterBar.panel}
          footer={key}
          empty={nothing ? 'No unit matches the filters.' : null}
        >
          {(detail, region) => (
            <ChartDrawing
              scene={scenes[detail]}
              detail={detail}
              region={region}
              chainRows={chainRows}
              otherRows={otherRows}
              handlers={handlers}
            />
          )}
        </ChartViewport>
      ) : (
        <>
          <div className="org-chart__tools">{tools}</div>
          {filterBar.panel}
          <OrgList chainRows={chainRows} otherRows={otherRows} handlers={handlers} keep={keep[0] ?? null} />
          {key}
        </>
      )}
    </div>
  )
}
