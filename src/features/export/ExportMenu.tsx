import { useState } from 'react'
import { csvBlob, downloadBlob } from './download'
import { exportFileName } from './export-meta'
import { ExportOutcome, messageOf, useExportContext, type Outcome } from './export-state'
import { tableToCsv, tableToJson, type ExportTable } from './table-export'
import './export.css'

export interface ExportMenuProps {
  /**
   * The table to save as CSV and JSON: the active tab's rows after search and sort, each cell in
   * words (see ExportTable in ./table-export). null shows no table buttons.
   */
  table: ExportTable | null
}

/** "Download CSV" and "Download JSON" of a table. The map's buttons are in ./MapExportButtons. */
export function ExportMenu({ table }: ExportMenuProps) {
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
      </div>
      {empty && (
        <p className="export-menu__note">No rows to save as CSV; the JSON still records the search.</p>
      )}
      <ExportOutcome outcome={outcome} />
    </div>
  )
}
