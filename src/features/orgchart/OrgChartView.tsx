import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { useElementSize } from '../../components/use-element-size'
import { countriesQuery, eventsQuery } from '../../data/queries'
import type { Unit } from '../../data/schema'
import { useUnits } from '../../data/use-data'
import { formatIsoDate } from '../../lib/dates'
import { useAppStore } from '../../store/app-store'
import { selectAsOf } from '../../store/selectors'
import { ChartViewport } from './ChartViewport'
import { filterUnits, hasFilters, nationalityOptions, type OrgFilters } from './org-filter'
import {
  ancestorIds,
  branchIds,
  buildOrgStructure,
  estimateCardHeight,
  flattenTree,
  layoutChart,
  nodeText,
  pruneTree,
  roughMeasure,
  unplacedNodes,
  type ChartMetrics,
  type TreeRow,
} from './org-layout'
import { changedBetween, statusAt } from '../../model/unit-status'
import { OrgFilterBar } from './OrgFilterBar'
import { OrgTree, type NodeLook } from './OrgTree'
import { canvasMeasure } from './text-measure'
import './orgchart.css'

/** Below this container width the chart becomes an indented list (phones, narrow windows). */
const WIDE_MIN_PX = 700

const METRICS: Omit<ChartMetrics, 'cardHeight'> = {
  cardWidth: 232,
  columnGap: 22,
  levelGap: 34,
  indent: 16,
  stackGap: 8,
  margin: 12,
}

const NO_COLLAPSED: ReadonlySet<string> = new Set()

export function OrgChartView() {
  const state = useUnits()
  if (state.status === 'pending') return <Loading what="units" />
  if (state.status === 'error') return <DataErrorBox errors={state.errors} onRetry={state.retry} />
  return <OrgChart units={state.data.units} />
}

function OrgChart({ units }: { units: Unit[] }) {
  const asOf = useAppStore(selectAsOf)
  const filters: OrgFilters = useAppStore(
    useShallow((s) => ({ wing: s.wing, nationality: s.nationality, status: s.status, query: s.query })),
  )
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
  // Country names and events enrich the chart when they load; the chart never waits for them.
  const countries = useQuery(countriesQuery).data
  const events = useQuery(eventsQuery).data

  const countryName = useMemo(() => {
    const names = new Map(countries?.map((c) => [c.iso3, c.name]))
    return (iso3: string) => names.get(iso3)
  }, [countries])
  const nameOf = useMemo(() => {
    const names = new Map(units.map((u) => [u.id, u.name]))
    return (id: string) => names.get(id) ?? id
  }, [units])

  const structure = useMemo(() => buildOrgStructure(units), [units])
  const result = useMemo(() => filterUnits(units, filters, asOf), [units, filters, asOf])
  const options = useMemo(() => nationalityOptions(units, countryName), [units, countryName])

  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(NO_COLLAPSED)
  // A unit chosen elsewhere (the details panel, a link) opens the branches above it.
  const [seenSelection, setSeenSelection] = useState(selectedUnit)
  if (seenSelection !== selectedUnit) {
    setSeenSelection(selectedUnit)
    const above = selectedUnit ? ancestorIds(structure.chain, selectedUnit) : []
    if (above.some((id) => collapsed.has(id)))
      setCollapsed(new Set([...collapsed].filter((id) => !above.includes(id))))
  }
  // Units whose status differs from the previous as-of date flash once. The previous date lives in
  // state, not a ref: it is read while rendering, which the react-hooks `refs` rule forbids for refs.
  const [flash, setFlash] = useState({ asOf, ids: new Set<string>(), key: 0 })
  if (flash.asOf !== asOf)
    setFlash({ asOf, ids: changedBetween(units, flash.asOf, asOf), key: flash.key + 1 })

  const chainRoot = useMemo(
    () => (structure.chain ? pruneTree(structure.chain, (id) => result.shown.has(id)) : null),
    [structure, result],
  )
  const chainRows = useMemo(
    () => (chainRoot ? flattenTree([chainRoot], collapsed) : []),
    [chainRoot, collapsed],
  )
  const otherRows = useMemo(
    () =>
      flattenTree(
        unplacedNodes(structure.unplaced, (id) => result.shown.has(id)),
        NO_COLLAPSED,
      ),
    [structure, result],
  )

  const linked = useMemo(() => {
    if (selectedCountry)
      return {
        by: 'country' as const,
        ids: new Set(units.filter((u) => u.nationalities.iso3.includes(selectedCountry)).map((u) => u.id)),
      }
    const event = selectedEvent ? events?.find((e) => e.id === selectedEvent) : undefined
    return { by: 'event' as const, ids: new Set(event?.units ?? []) }
  }, [units, selectedCountry, selectedEvent, events])

  const texts = useMemo(
    () =>
      new Map(
        [...chainRows, ...otherRows].map((row) => [row.id, nodeText(row.datum, asOf, nameOf, countryName)]),
      ),
    [chainRows, otherRows, asOf, nameOf, countryName],
  )
  const looks = useMemo(() => {
    const filtering = hasFilters(filters)
    const map = new Map<string, NodeLook>()
    for (const row of [...chainRows, ...otherRows]) {
      const unit = row.datum.type === 'unit' ? row.datum.unit : null
      map.set(row.id, {
        text: texts.get(row.id)!,
        status: unit?.kind === 'unit' ? statusAt(unit, asOf) : undefined,
        context: filtering && unit?.kind === 'unit' && !result.matches.has(unit.id),
        linked: linked.ids.has(row.id) ? linked.by : null,
        changed: flash.ids.has(row.id),
      })
    }
    return map
  }, [chainRows, otherRows, texts, filters, asOf, result, linked, flash])

  const [frameRef, frame] = useElementSize<HTMLDivElement>()
  // Unmeasured (0) draws the list too: it needs no size, and a test DOM has none.
  const wide = frame.width >= WIDE_MIN_PX
  const layout = useMemo(() => {
    if (!wide || !chainRows.length) return null
    const measure = canvasMeasure(pageFontFamily()) ?? roughMeasure
    const cardHeight = (row: TreeRow, width: number) =>
      estimateCardHeight(texts.get(row.id)!, width, row.childCount > 0, measure)
    return layoutChart(chainRows, { ...METRICS, cardHeight })
  }, [wide, chainRows, texts])

  const onToggle = useCallback((id: string, expand: boolean) => {
    setCollapsed((prev) => {
      const next = new Set(prev)
      if (expand) next.delete(id)
      else next.add(id)
      return next
    })
  }, [])

  const filtering = hasFilters(filters)
  const matchCount = result.matches.size
  const treeTools = (
    <div className="org-chart__branches" role="group" aria-label="Branches">
      <button type="button" onClick={() => setCollapsed(NO_COLLAPSED)} disabled={collapsed.size === 0}>
        Expand all
      </button>
      <button
        type="button"
        onClick={() => setCollapsed(new Set(branchIds(chainRoot).filter((id) => id !== chainRoot?.datum.id)))}
      >
        Collapse all
      </button>
    </div>
  )
  const chainTree = chainRows.length ? (
    <OrgTree
      label="Chain of command"
      rows={chainRows}
      looks={looks}
      selected={selectedUnit}
      layout={layout}
      flashKey={flash.key}
      onToggle={onToggle}
      onSelect={selectUnit}
    />
  ) : (
    <p className="empty">No unit in the chain of command matches.</p>
  )

  return (
    <div ref={frameRef} className="orgchart">
      <OrgFilterBar
        filters={filters}
        options={options}
        actions={actions}
        asOfText={formatIsoDate(asOf)}
        countryName={countryName}
      />
      <div className="org-summary">
        <p className="org-summary__count" role="status">
          {matchCount} of {result.total} units match
        </p>
        <button type="button" onClick={clearFilters} disabled={!filtering}>
          Clear filters
        </button>
      </div>
      {layout ? (
        <ChartViewport
          contentWidth={layout.width}
          contentHeight={layout.height}
          viewWidth={frame.width}
          tools={treeTools}
        >
          {chainTree}
        </ChartViewport>
      ) : (
        <>
          {chainRows.length > 0 && <div className="org-chart__tools">{treeTools}</div>}
          {chainTree}
        </>
      )}
      <h3 className="org-other__title">Other units named in the source</h3>
      <p className="org-other__note">
        The source names these units without placing them in the Legion's structure.
      </p>
      {otherRows.length ? (
        <OrgTree
          label="Other units named in the source"
          className="org-tree--grid"
          rows={otherRows}
          looks={looks}
          selected={selectedUnit}
          layout={null}
          flashKey={flash.key}
          onToggle={onToggle}
          onSelect={selectUnit}
        />
      ) : (
        <p className="empty">None of them matches.</p>
      )}
    </div>
  )
}

let fontFamily: string | null = null

/** The page's font family, read once: reading computed style on every layout forces a style recalc. */
function pageFontFamily(): string {
  fontFamily ??= getComputedStyle(document.documentElement).fontFamily
  return fontFamily
}
