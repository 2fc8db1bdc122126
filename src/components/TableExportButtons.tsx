import { useState } from 'react'
import { exportFileName } from '../model/export-meta'
import { tableToCsv, tableToJson, type ExportTable } from '../model/table-export'
import { csvBlob, downloadBlob } from './download'
import { ExportOutcome, messageOf, useExportContext, type ExportOutcomeValue } from './export-context'

/**
 * "Download CSV" and "Download JSON" of a table: the rows exactly as the table shows them (see
 * ExportTable in src/model/table-export.ts), with the as-of date, the filters and the citation.
 */
export function TableExportButtons({ table }: { table: ExportTable }) {
  const ctx = useExportContext()
  const [outcome, setOutcome] = useState<ExportOutcomeValue>(null)

  const save = (format: 'csv' | 'json') => {
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

  const empty = table.rows.length === 0
  return (
    <div className="export-menu">
      <div
        className="export-menu__buttons"
        role="group"
        aria-label={`Export the ${table.title.toLowerCase()} table`}
      >
        <button type="button" onClick={() => save('csv')} disabled={empty}>
          Download CSV
        </button>
        <button type="button" onClick={() => save('json')}>
          Download JSON
        </button>
      </div>
      {empty && (
        <p className="export-menu__note">No rows to save as CSV; the JSON still records the search.</p>
      )}
      <ExportOutcome outcome={outcome} />
    </div>
  )
}
