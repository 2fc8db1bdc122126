import { useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useAppStore } from '../../store/app-store'
import type { UnitFilters } from '../../model/types'
import { selectAsOf } from '../../store/selectors'
import { csvBlob, downloadBlob } from '../../components/download'
import { exportFileName, type ExportContext } from '../../model/export-meta'
import { exportMapPng, exportMapSvg, type MapExportMeta, type MapLegendItem } from './map-export'
import { tableToCsv, tableToJson, type ExportTable } from '../../model/table-export'
import './export.css'

/** The as-of date and the filters in the store, as every export records them. */
function useExportContext(): ExportContext {
  const asOf = useAppStore(selectAsOf)
  const filters: UnitFilters = useAppStore(
    useShallow((s) => ({ wing: s.wing, nationality: s.nationality, status: s.status, query: s.query })),
  )
  return useMemo(() => ({ asOf, filters }), [asOf, filters])
}

type Outcome = { kind: 'done' | 'error'; text: string } | null

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** A polite status line that is always in the page, so screen readers announce what it says. */
function ExportOutcome({ outcome }: { outcome: Outcome }) {
  return (
    <>
      <p className="export-menu__status" role="status">
        {outcome?.kind === 'done' ? outcome.text : ''}
      </p>
      {outcome?.kind === 'error' && (
        <p className="export-menu__error" role="alert">
          {outcome.text}
        </p>
      )}
    </>
  )
}

export interface ExportMenuProps {
  /**
   * The table to save as CSV and JSON: the active tab's rows after search and sort, each cell in
   * words (see ExportTable in ./table-export). null shows no table buttons.
   */
  table: ExportTable | null
  /**
   * Also show the map buttons ("Download map as SVG/PNG"), with these props. Off by default: on
   * the page they sit in the map's toolbar, as <MapExportButtons/>.
   */
  map?: MapExportButtonsProps | boolean
}

/** "Download CSV" and "Download JSON" of a table, and optionally the map buttons. */
export function ExportMenu({ table, map = false }: ExportMenuProps) {
  const ctx = useExportContext()
  const [outcome, setOutcome] = useState<Outcome>(null)

  const save = (format: 'csv' | 'json') => {
    if (!table) return
    try {
      const name = exportFileName(table.kind, ctx.asOf, format)
      const blob =
        format === 'csv'
          ? csvBlob(tableToCsv(table, ctx))
          : new Blob([tableToJson(table, ctx)], { type: 'application/json' })
      downloadBlob(blob, name)
      const rows = table.rows.length === 1 ? '1 row' : `${table.rows.length} rows`
      setOutcome({ kind: 'done', text: `Saved ${name} (${rows}).` })
    } catch (error) {
      setOutcome({
        kind: 'error',
        text: `Could not save the ${format.toUpperCase()} file: ${messageOf(error)}`,
      })
    }
  }

  const empty = table !== null && table.rows.length === 0
  return (
    <div className="export-menu">
      <div
        className="export-menu__buttons"
        role="group"
        aria-label={table ? `Export the ${table.title.toLowerCase()} table` : 'Export'}
      >
        {table && (
          <>
            <button type="button" onClick={() => save('csv')} disabled={empty}>
              Download CSV
            </button>
            <button type="button" onClick={() => save('json')}>
              Download JSON
            </button>
          </>
        )}
        {map && <MapExportButtons {...(map === true ? {} : map)} />}
      </div>
      {empty && (
        <p className="export-menu__note">No rows to save as CSV; the JSON still records the search.</p>
      )}
      <ExportOutcome outcome={outcome} />
    </div>
  )
}

export interface MapExportButtonsProps {
  /** Finds the map's <svg>; by default the page's `svg.map-svg`. */
  getSvg?: () => SVGSVGElement | null
  /** The legend to draw under the exported map: MapView's `entries` ({ label, fill }) fit as they are. */
  legend?: readonly MapLegendItem[]
  /** The layer's title as the map shows it, e.g. MapView's `layerTitle(layer)`. */
  layerTitle?: string
}

function findMapSvg(): SVGSVGElement | null {
  return document.querySelector<SVGSVGElement>('svg.map-svg')
}

/** "Download map as SVG" and "Download map as PNG", for the map's toolbar. */
export function MapExportButtons({ getSvg = findMapSvg, legend, layerTitle }: MapExportButtonsProps) {
  const ctx = useExportContext()
  const layer = useAppStore((s) => s.layer)
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)

  const prepare = (): { svg: SVGSVGElement; meta: MapExportMeta } | null => {
    const svg = getSvg()
    if (!svg) {
      setOutcome({ kind: 'error', text: 'The map is not drawn yet; try again once it shows.' })
      return null
    }
    return { svg, meta: { ...ctx, layer, layerTitle, legend } }
  }

  const saveSvg = () => {
    const ready = prepare()
    if (!ready) return
    try {
      const name = exportFileName(`map-${layer}`, ctx.asOf, 'svg')
      downloadBlob(new Blob([exportMapSvg(ready.svg, ready.meta)], { type: 'image/svg+xml' }), name)
      setOutcome({ kind: 'done', text: `Saved ${name}.` })
    } catch (error) {
      setOutcome({ kind: 'error', text: `Could not save the map as SVG: ${messageOf(error)}` })
    }
  }

  const savePng = async () => {
    if (busy) return
    const ready = prepare()
    if (!ready) return
    setBusy(true)
    setOutcome({ kind: 'done', text: 'Drawing the map as PNG…' })
    try {
      const name = exportFileName(`map-${layer}`, ctx.asOf, 'png')
      downloadBlob(await exportMapPng(ready.svg, ready.meta), name)
      setOutcome({ kind: 'done', text: `Saved ${name}.` })
    } catch (error) {
      setOutcome({ kind: 'error', text: `Could not save the map as PNG: ${messageOf(error)}` })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="export-menu export-menu--map">
      <div className="export-menu__buttons" role="group" aria-label="Export the map">
        <button type="button" onClick={saveSvg}>
          Download map as SVG
        </button>
        {/* aria-disabled, not disabled: the button keeps focus while the PNG is drawn. */}
        <button type="button" onClick={() => void savePng()} aria-disabled={busy}>
          Download map as PNG
        </button>
      </div>
      <ExportOutcome outcome={outcome} />
    </div>
  )
}
