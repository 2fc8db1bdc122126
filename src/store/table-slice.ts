/**
 * The table's open tab and its search, which a link carries. Each tab keeps its own search while
 * another is open: switching tabs puts the current search aside and brings back the new tab's.
 */
import type { StateCreator } from 'zustand'
import type { AppState } from './app-store'

export const TABLE_KINDS = ['countries', 'units', 'events', 'people'] as const
export type TableKind = (typeof TABLE_KINDS)[number]

export interface TableSlice {
  tableTab: TableKind
  /** the open tab's search */
  tableSearch: string
  /** the other tabs' searches, kept while they are closed */
  tableSearchAside: Partial<Record<TableKind, string>>
  setTableTab: (tab: TableKind) => void
  setTableSearch: (search: string) => void
}

export const tableSlice: StateCreator<AppState, [], [], TableSlice> = (set) => ({
  tableTab: 'countries',
  tableSearch: '',
  tableSearchAside: {},
  setTableTab: (tab) =>
    set((s) =>
      tab === s.tableTab
        ? {}
        : {
            tableTab: tab,
            tableSearch: s.tableSearchAside[tab] ?? '',
            tableSearchAside: { ...s.tableSearchAside, [s.tableTab]: s.tableSearch, [tab]: undefined },
          },
    ),
  setTableSearch: (tableSearch) => set({ tableSearch }),
})
