import { useId, useState } from 'react'
import { exportFiles, tableToJson } from '../model/export-files'
import { exportFileName } from '../model/export-meta'
import { figureRecords } from '../model/figures-export'
import { figuresToCsv, tableToCsv, type ExportTable } from '../model/table-export'
import { csvBlob, downloadBlob, zipBlob } from './download'
import { ExportOutcome, messageOf, useExportContext, type ExportOutcomeValue } from './export-context'

type Format = 'zip' | 'csv' | 'json' | 'figures'

const FORMAT_NAME: Record<Format, string> = {
  zip: 'ZIP',
  csv: 'CSV',
  json: 'JSON',
  figures: 'figures CSV',
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/**
 * The exports of a table, its rows exactly as the table shows them (see ExportTable in
 * src/model/table-export.ts): a ZIP with the CSV files, metadata.json and README.txt (the as-of
 * date, the filters, the citation and the date rules, written once); the CSV alone; JSON (the same
 * metadata block and records); and for countries, the figures as CSV.
 */
export function TableExportButtons({ table }: { table: ExportTable }) {
  const ctx = useExportContext()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<ExportOutcomeValue>(null)
  const hintId = useId()
  const figureCount = table.kind === 'countries' ? figureRecords(table, ctx.asOf).length : 0
  const rows = count(table.rows.length, 'row', 'rows')

  const save = async (format: Format) => {
    if (busy) return
    try {
      if (format === 'zip') {
        setBusy(true)
        setOutcome({ kind: 'done', text: 'Packing the ZIP…' })
        const name = exportFileName(table.kind, ctx.asOf, 'zip')
        downloadBlob(await zipBlob(exportFiles(table, ctx)), name)
        const figures = table.kind === 'countries' ? `, ${count(figureCount, 'figure', 'figures')}` : ''
        setOutcome({ kind: 'done', text: `Saved ${name} (${rows}${figures}, with metadata).` })
        return
      }
      if (format === 'figures') {
        const name = exportFileName('figures', ctx.asOf, 'csv')
        downloadBlob(csvBlob(figuresToCsv(table, ctx.asOf)), name)
        setOutcome({ kind: 'done', text: `Saved ${name} (${count(figureCount, 'figure', 'figures')}).` })
        return
      }
      const name = exportFileName(table.kind, ctx.asOf, format)
      const blob =
        format === 'csv'
          ? csvBlob(tableToCsv(table))
          : new Blob([tableToJson(table, ctx)], { type: 'application/json' })
      downloadBlob(blob, name)
      setOutcome({ kind: 'done', text: `Saved ${name} (${rows}).` })
    } catch (error) {
      setOutcome({
        kind: 'error',
        text: `Could not save the ${FORMAT_NAME[format]} file: ${messageOf(error)}`,
      })
    } finally {
      setBusy(false)
    }
  }

  const empty = table.rows.length === 0
  const format = (what: string) => (
    <>
      <span className="visually-hidden">Download </span>
      {what}
    </>
  )
  return (
    <div className="export-menu export-menu--table">
      <div
        className="export-menu__buttons"
        role="group"
        aria-label={`Export the ${table.title.toLowerCase()} table`}
      >
        <span className="export-menu__lead" aria-hidden="true">
          Download
        </span>
        {/* aria-disabled, not disabled: the button keeps focus while the ZIP is packed. */}
        <button
          type="button"
          className="export-menu__main"
          onClick={() => void save('zip')}
          aria-disabled={busy}
          aria-describedby={hintId}
        >
          {format('ZIP')}
        </button>
        <button type="button" onClick={() => void save('csv')} disabled={empty}>
          {format('CSV')}
        </button>
        <button type="button" onClick={() => void save('json')}>
          {format('JSON')}
        </button>
        {table.kind === 'countries' && (
          <button type="button" onClick={() => void save('figures')} disabled={figureCount === 0}>
            {format('figures CSV')}
          </button>
        )}
      </div>
      {/* The hint gives way to what was saved, so the menu stays two lines high. */}
      <p className="export-menu__note" id={hintId} hidden={outcome?.kind === 'done'}>
        {empty
          ? 'No rows to save as CSV; the ZIP and the JSON still record the search.'
          : 'The ZIP adds metadata.json and a README: as-of date, filters, citation, date rules.'}
      </p>
      <ExportOutcome outcome={outcome} />
    </div>
  )
}
