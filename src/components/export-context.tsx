import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { ExportContext } from '../model/export-meta'
import { useAppStore } from '../store/app-store'
import { selectAsOf, selectUnitFilters } from '../store/selectors'
import './export-menu.css'

/** The as-of date and the unit filters in the store, as every export records them. */
export function useExportContext(): ExportContext {
  const asOf = useAppStore(selectAsOf)
  const filters = useAppStore(useShallow(selectUnitFilters))
  return useMemo(() => ({ asOf, filters }), [asOf, filters])
}

export type ExportOutcomeValue = { kind: 'done' | 'error'; text: string } | null

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** A polite status line that is always in the page, so screen readers announce what it says. */
export function ExportOutcome({ outcome }: { outcome: ExportOutcomeValue }) {
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
