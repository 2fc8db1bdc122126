import { useCallback } from 'react'
import { useAppStore } from '../../store/app-store'
import type { SearchTarget } from './search-documents'

/**
 * Selects a result's record and brings the view that shows it into sight: a country on the map,
 * a unit in the org chart, an event on the timeline (which moves the as-of date to it).
 */
export function useSelectTarget(): (target: SearchTarget) => void {
  const selectCountry = useAppStore((s) => s.selectCountry)
  const selectUnit = useAppStore((s) => s.selectUnit)
  const selectEvent = useAppStore((s) => s.selectEvent)
  const showView = useAppStore((s) => s.showView)
  return useCallback(
    (target) => {
      if (target.kind === 'country') {
        selectCountry(target.id)
        showView('map')
      } else if (target.kind === 'unit') {
        selectUnit(target.id)
        showView('orgchart')
      } else {
        selectEvent({ id: target.id, date: target.date })
        showView('timeline')
      }
    },
    [selectCountry, selectUnit, selectEvent, showView],
  )
}
