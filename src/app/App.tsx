import { DetailsPanel } from '../features/details/DetailsPanel'
import { MapView } from '../features/map/MapView'
import { OrgChartView } from '../features/orgchart/OrgChartView'
import { TimelineView } from '../features/timeline/TimelineView'
import { Region } from '../components/Region'
import { AppHeader } from './AppHeader'
import { UrlSync } from './UrlSync'

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
          <MapView />
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
      </main>
      <footer className="app-footer">
        Source: the encyclopedia article “International Legion (Ukraine)”, as plain text. Every record names
        the section it comes from; where the article contradicts itself both claims are shown.
      </footer>
    </div>
  )
}
