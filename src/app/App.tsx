import { lazy, Suspense } from 'react'
import { Loading } from '../components/Loading'
import { WhenVisible } from '../components/WhenVisible'
import { DetailsPanel } from '../features/details/DetailsPanel'
import { MapView } from '../features/map/MapView'
import { OrgChartView } from '../features/orgchart/OrgChartView'
import { TimelineView } from '../features/timeline/TimelineView'
import { Region } from '../components/Region'
import { AppHeader } from './AppHeader'
import { MapDownloadMenu } from './MapDownloadMenu'
import { UrlSync } from './UrlSync'

// The table view is not needed to draw the charts: it loads in its own chunk when scrolled near.
const TableView = lazy(() => import('../features/table/TableView').then((m) => ({ default: m.TableView })))

export function App() {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader />
      <UrlSync />
      <main id="main" className="app-grid">
        <Region title="Map" className="area-map">
          <MapView renderExport={(map) => <MapDownloadMenu source={map} />} />
        </Region>
        <Region title="Details" className="area-details" as="aside">
          <DetailsPanel />
        </Region>
        <Region title="Timeline" className="area-timeline">
          <TimelineView />
        </Region>
        <Region title="Org chart" className="area-orgchart">
          <OrgChartView />
        </Region>
        <Region title="Table" className="area-table">
          <WhenVisible placeholder={<Loading what="the tables" />}>
            <Suspense fallback={<Loading what="the tables" />}>
              <TableView />
            </Suspense>
          </WhenVisible>
        </Region>
      </main>
      <footer className="app-footer">
        Source: the encyclopedia article “International Legion (Ukraine)”, as plain text. Every record names
        the section it comes from; where the article contradicts itself both claims are shown.
      </footer>
    </div>
  )
}
