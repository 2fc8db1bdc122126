import { Fragment, useId, useMemo, useState, type ReactNode } from 'react'
import type { FullConflict } from '../../data/schema'
import { TableExportButtons } from '../../components/TableExportButtons'
import {
  conflictsText,
  type SortState,
  type TableColumn,
  type TableRow,
  type TableSpec,
  type PersonRow,
  type UnitRow,
} from './table-columns'
import { nextSort, searchRows, sortRows, toExportTable } from './table-rows'

/** What the user chose for one table: its search text and its sort. */
export interface TableViewState {
  search: string
  sort: SortState
}

export interface DataTableProps<R extends TableRow> {
  spec: TableSpec<R>
  /** every row the table may show (units: already narrowed by the app's unit filters) */
  rows: readonly R[]
  /** how many records the table has in all: the M of "N of M rows" */
  total: number
  view: TableViewState
  onViewChange: (view: TableViewState) => void
  selectedId: string | null
  onSelect: (id: string) => void
  caption: string
  unitFiltersApply: boolean
  /** shown above the table, e.g. which unit filters are in force */
  notice?: ReactNode
}

const ARROW = { ascending: '▲', descending: '▼' } as const

/** One searchable, sortable table with its export buttons. */
export function DataTable<R extends TableRow>({
  spec,
  rows,
  total,
  view,
  onViewChange,
  selectedId,
  onSelect,
  caption,
  unitFiltersApply,
  notice,
}: DataTableProps<R>) {
  const id = useId()
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set())
  const { columns } = spec

  const shown = useMemo(
    () => sortRows(searchRows(rows, columns, view.search), columns, view.sort),
    [rows, columns, view.search, view.sort],
  )
  const exportTable = useMemo(
    () => toExportTable(spec, shown, view, total, unitFiltersApply),
    [spec, shown, view, total, unitFiltersApply],
  )

  const toggle = (rowId: string) =>
    setExpanded((open) => {
      const next = new Set(open)
      if (!next.delete(rowId)) next.add(rowId)
      return next
    })

  const sortedColumn = columns.find((c) => c.key === view.sort.column)

  return (
    <div className="data-table">
      <div className="data-table__tools">
        <label className="data-table__search" htmlFor={`${id}-search`}>
          <span>Search {spec.noun}</span>
          <input
            id={`${id}-search`}
            type="search"
            value={view.search}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => onViewChange({ ...view, search: e.target.value })}
          />
        </label>
        <p className="data-table__count" role="status">
          {shown.length} of {total} rows
        </p>
        <TableExportButtons table={exportTable} />
      </div>
      {notice}
      <div className="data-table__scroll">
        <table className="data-table__table">
          <caption>
            {caption}
            <span className="visually-hidden">
              {sortedColumn ? ` Sorted by ${sortedColumn.label}, ${view.sort.direction}.` : ''} Column headers
              with buttons sort the table.
            </span>
          </caption>
          <thead>
            <tr>
              {columns.map((c) => {
                const sorted = view.sort.column === c.key
                return (
                  <th key={c.key} scope="col" aria-sort={sorted ? view.sort.direction : undefined}>
                    <button
                      type="button"
                      className="data-table__sort"
                      onClick={() => onViewChange({ ...view, sort: nextSort(view.sort, c.key) })}
                    >
                      {c.label}
                      <span
                        aria-hidden="true"
                        className={sorted ? 'data-table__arrow is-on' : 'data-table__arrow'}
                      >
                        {sorted ? ARROW[view.sort.direction] : '↕'}
                      </span>
                    </button>
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={columns.length} className="data-table__empty">
                  {emptyMessage(spec.noun, view.search, unitFiltersApply)}
                </td>
              </tr>
            ) : (
              shown.map((row) => {
                const open = expanded.has(row.id) && row.conflicts.length > 0
                const detailId = `${id}-conflicts-${row.id}`
                return (
                  <Fragment key={row.id}>
                    <tr className={row.id === selectedId ? 'is-selected' : undefined}>
                      {columns.map((c) => (
                        <Cell
                          key={c.key}
                          column={c}
                          row={row}
                          selected={row.id === selectedId}
                          onSelect={onSelect}
                          open={open}
                          detailId={detailId}
                          onToggle={toggle}
                        />
                      ))}
                    </tr>
                    {open && (
                      <tr className="data-table__detail">
                        <td colSpan={columns.length} id={detailId}>
                          <ConflictClaims name={row.name} conflicts={row.conflicts} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                )
              })
            )}
          </tbody>
        </table>
      </div>
    </div>
  )
}

/** "No countries match “xyz”.", naming what narrowed the rows to none. */
function emptyMessage(noun: string, search: string, unitFiltersApply: boolean): string {
  const text = search.trim()
  if (text && unitFiltersApply) return `No ${noun} match “${text}” with the unit filters in force.`
  if (text) return `No ${noun} match “${text}”.`
  if (unitFiltersApply) return `No ${noun} match the unit filters in force.`
  return `The source has no ${noun}.`
}

function Cell<R extends TableRow>({
  column,
  row,
  selected,
  onSelect,
  open,
  detailId,
  onToggle,
}: {
  column: TableColumn<R>
  row: R
  selected: boolean
  onSelect: (id: string) => void
  open: boolean
  detailId: string
  onToggle: (id: string) => void
}) {
  if (column.render === 'name') {
    const nameLost = 'unit' in row && (row as UnitRow).unit.nameLost
    // A person the source ties to no country, unit or event has nowhere to go: plain text.
    const selectable = !('goTo' in row) || (row as PersonRow).goTo !== null
    return (
      <th scope="row" className="data-table__name">
        {selectable ? (
          <button type="button" className="link-button" onClick={() => onSelect(row.id)}>
            {row.name}
          </button>
        ) : (
          row.name
        )}
        {nameLost && (
          <span
            className="badge badge--ambiguous"
            title="The source lost this unit's name; this is a description."
          >
            name lost
          </span>
        )}
        {selected && <span className="data-table__selected">Selected</span>}
      </th>
    )
  }
  if (column.render === 'conflicts') {
    if (!row.conflicts.length) return <td />
    return (
      <td>
        <button
          type="button"
          className="badge badge--conflict data-table__conflicts"
          aria-expanded={open}
          aria-controls={open ? detailId : undefined}
          aria-label={`${conflictsText(row.conflicts)} about ${row.name}`}
          onClick={() => onToggle(row.id)}
        >
          {conflictsText(row.conflicts)}
        </button>
      </td>
    )
  }
  return <td>{column.text(row)}</td>
}

/** Every claim of every conflict, each with the quote and the section it comes from. */
function ConflictClaims({ name, conflicts }: { name: string; conflicts: readonly FullConflict[] }) {
  return (
    <div className="data-table__claims">
      <p className="data-table__claims-title">The source contradicts itself about {name}:</p>
      {conflicts.map((c, i) => (
        <div key={i} className="data-table__conflict">
          <p className="data-table__conflict-about">On {c.about}:</p>
          <ol>
            {c.claims.map((claim, j) => (
              <li key={j}>
                {claim.claim} <q>{claim.source.quote}</q> <cite>{claim.source.section}</cite>
              </li>
            ))}
          </ol>
          {c.note && <p className="data-table__conflict-note">{c.note}</p>}
        </div>
      ))}
    </div>
  )
}
