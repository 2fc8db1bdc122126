/** What the export buttons share: the app's state every export records, and the status line. */
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useAppStore } from '../../store/app-store'
import { selectAsOf } from '../../store/selectors'
import type { AppFilters, ExportContext } from './export-meta'

/** The as-of date and the filters in the store, as every export records them. */
export function useExportContext(): ExportContext {
  const asOf = useAppStore(selectAsOf)
  const filters: AppFilters = useAppStore(
    useShallow((s) => ({ wing: s.wing, nationality: s.nationality, status: s.status, q: s.query })),
  )
  return useMemo(() => ({ asOf, filters }), [asOf, filters])
}

export type Outcome = { kind: 'done' | 'error'; text: string } | null

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** A polite status line that is always in the page, so screen readers announce what it says. */
export function ExportOutcome({ outcome }: { outcome: Outcome }) {
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
