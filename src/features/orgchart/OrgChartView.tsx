import { useCallback, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { DataErrorBox } from '../../components/DataErrorBox'
import { Loading } from '../../components/Loading'
import { useElementSize } from '../../components/use-element-size'
import { useAtlas } from '../../data/use-atlas'
import { formatIsoDate } from '../../lib/dates'
import type { Atlas } from '../../model/atlas'
import { linkedRecords } from '../../model/linked'
import { hasFilters } from '../../model/types'
import { nationalityOptions, selectUnits } from '../../model/unit-selection'
import { changedBetween } from '../../model/unit-status'
import { unitMatchText } from '../../model/vocabulary'
import { useAppStore } from '../../store/app-store'
import { selectAsOf, selectUnitFilters } from '../../store/selectors'
import { ChartViewport } from './ChartViewport'
import { nodeText } from './node-text'
import { estimateCardHeight, layoutChart, roughMeasure, type ChartMetrics } from './org-layout'
import {
  ancestorIds,
  branchIds,
  buildOrgStructure,
  flattenTree,
  pruneTree,
  unplacedNodes,
  type TreeRow,
} from './org-structure'
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
  // Country names and events enrich the chart when they load; the chart never waits for them.
  const state = useAtlas(['units'])
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
  const result = selectUnits(atlas, filters, asOf)
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
  // Units whose status differs from the previous as-of date flash once. The previous date lives in
  // state, not a ref: it is read while rendering, which the react-hooks `refs` rule forbids for refs.
  const [flash, setFlash] = useState({ asOf, ids: new Set<string>(), key: 0 })
  if (flash.asOf !== asOf)
    setFlash({ asOf, ids: changedBetween(atlas, flash.asOf, asOf), key: flash.key + 1 })

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

  const linked = linkedRecords(atlas, { country: selectedCountry, unit: selectedUnit, event: selectedEvent })

  const texts = useMemo(
    () => new Map([...chainRows, ...otherRows].map((row) => [row.id, nodeText(row.datum, asOf, atlas)])),
    [chainRows, otherRows, asOf, atlas],
  )
  const looks = useMemo(() => {
    const filtering = hasFilters(filters)
    const map = new Map<string, NodeLook>()
    for (const row of [...chainRows, ...otherRows]) {
      const unit = row.datum.type === 'unit' ? row.datum.unit : null
      map.set(row.id, {
        text: texts.get(row.id)!,
        status: unit?.kind === 'unit' ? result.state.get(unit.id) : undefined,
        context: filtering && unit?.kind === 'unit' && !result.matchIds.has(unit.id),
        linked: linked.by !== 'unit' && linked.by && linked.unitIds.has(row.id) ? linked.by : null,
        changed: flash.ids.has(row.id),
      })
    }
    return map
  }, [chainRows, otherRows, texts, filters, result, linked, flash])

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
        countryName={atlas.countryName}
      />
      <div className="org-summary">
        <p className="org-summary__count" role="status">
          {unitMatchText(result.matches.length, result.present)}
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
