import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useState } from 'react'
import type { MapShapesFile } from '../../data/map-shapes'
import { mapDetailedShapesQuery, mapShapesQuery } from '../../data/queries'
import { useAppStore } from '../../store/app-store'
import { selectMapZoomedIn } from '../../store/selectors'

/**
 * The shapes the map draws: the overview's, simplified for the whole world, until the map is
 * first zoomed in; then the detailed ones, loaded at that moment and drawn from then on (they stay
 * loaded, as they do once an export has loaded them). A map that opens zoomed in (a link with a
 * region or a zoom) waits for the detailed ones, so it never draws the simplified shapes at a scale
 * where they show. A new file draws in the background, as a new atlas does. Undefined until there
 * is something to draw; a detailed file that fails to load leaves the overview's shapes.
 */
export function useMapShapes(): MapShapesFile | undefined {
  const overview = useQuery(mapShapesQuery).data
  const zoomedIn = useAppStore(selectMapZoomedIn)
  const [openedZoomedIn] = useState(zoomedIn)
  const detailed = useQuery({ ...mapDetailedShapesQuery, enabled: zoomedIn })
  const waiting = openedZoomedIn && !detailed.isError
  return useDeferredValue(detailed.data ?? (waiting ? undefined : overview))
}
