import { lazy, Suspense } from 'react'
import { Loading } from '../components/Loading'
import { MapView } from '../features/map/MapView'
import type { ViewName } from '../store/layout-slice'
import { MapDownloadMenu } from './MapDownloadMenu'

// The views other than the map load in chunks of their own when first shown: on a phone, which
// shows one view at a time, only what is on screen; on a laptop, side by side, each evaluated in
// its own task. The table is not needed to draw the charts.
const TableView = lazy(() => import('../features/table/TableView').then((m) => ({ default: m.TableView })))
const OrgChartView = lazy(() =>
  import('../features/orgchart/OrgChartView').then((m) => ({ default: m.OrgChartView })),
)
const TimelineView = lazy(() =>
  import('../features/timeline/TimelineView').then((m) => ({ default: m.TimelineView })),
)

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
      return (
        <Suspense fallback={<Loading what="the timeline" />}>
          <TimelineView />
        </Suspense>
      )
    case 'orgchart':
      return (
        <Suspense fallback={<Loading what="the org chart" />}>
          <OrgChartView />
        </Suspense>
      )
    case 'table':
      return (
        <Suspense fallback={<Loading what="the tables" />}>
          <TableView />
        </Suspense>
      )
  }
}
