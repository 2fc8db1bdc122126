import { lazy, Suspense } from 'react'
import { Loading } from '../components/Loading'
import { MapView } from '../features/map/MapView'
import { OrgChartView } from '../features/orgchart/OrgChartView'
import { TimelineView } from '../features/timeline/TimelineView'
import type { ViewName } from '../store/layout-slice'
import { MapDownloadMenu } from './MapDownloadMenu'

// The table is not needed to draw the charts: it loads in its own chunk when first shown.
const TableView = lazy(() => import('../features/table/TableView').then((m) => ({ default: m.TableView })))

export const VIEW_TITLE: Record<ViewName, string> = {
  map: 'Map',
  timeline: 'Timeline',
  orgchart: 'Org chart',
  table: 'Table',
}

/** One view's content, the same at every size; the layouts decide where it goes. */
export function ViewContent({ view }: { view: ViewName }) {
  switch (view) {
    case 'map':
      return <MapView renderExport={(map) => <MapDownloadMenu source={map} />} />
    case 'timeline':
      return <TimelineView />
    case 'orgchart':
      return <OrgChartView />
    case 'table':
      return (
        <Suspense fallback={<Loading what="the tables" />}>
          <TableView />
        </Suspense>
      )
  }
}
