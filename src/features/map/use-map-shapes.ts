import { useQuery } from '@tanstack/react-query'
import { useDeferredValue } from 'react'
import type { MapShapesFile } from '../../data/map-shapes'
import { mapDetailedShapesQuery, mapShapesQuery } from '../../data/queries'
import { useAppStore } from '../../store/app-store'
import { selectMapZoomedIn } from '../../store/selectors'

/**
 * The shapes the map draws: the overview's, simplified for the whole world, until the map is
 * first zoomed in; then the detailed ones, loaded at that moment and drawn from then on (they stay
 * loaded). A new file draws in the background, as a new atlas does. Undefined until loaded; a
 * detailed file that fails to load leaves the overview's shapes.
 */
export function useMapShapes(): MapShapesFile | undefined {
  const overview = useQuery(mapShapesQuery).data
  const zoomedIn = useAppStore(selectMapZoomedIn)
  const detailed = useQuery({ ...mapDetailedShapesQuery, enabled: zoomedIn }).data
  return useDeferredValue(detailed ?? overview)
}
