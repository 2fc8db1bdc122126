import { Region } from '../components/Region'
import { TabList, tabId, tabPanelId } from '../components/Tabs'
import { TALL_SCREEN_QUERY, useMediaQuery } from '../components/use-media-query'
import { useAppStore } from '../store/app-store'
import { selectHasSelection } from '../store/selectors'
import { LazyDetailsPanel } from './LazyDetailsPanel'
import { VIEW_TITLE, ViewContent } from './views'

const LOWER_TABS = [
  { key: 'timeline', label: 'Timeline' },
  { key: 'table', label: 'Table' },
] as const
type LowerView = (typeof LOWER_TABS)[number]['key']

/**
 * Laptops and desktops: the map and the org chart side by side fill the screen between the header
 * and the time bar, so both are always in view; a lower pane shows the detailed timeline or the
 * table, as the user chooses (open on load when the screen is tall enough). The details open as a
 * column beside the views, which narrow to make room: nothing is pushed off screen.
 */
export function LaptopLayout() {
  const chosen = useAppStore((s) => s.lowerPane)
  const setLowerPane = useAppStore((s) => s.setLowerPane)
  const hasSelection = useAppStore(selectHasSelection)
  const tall = useMediaQuery(TALL_SCREEN_QUERY, true)
  const open: LowerView | null = chosen === 'closed' ? null : (chosen ?? (tall ? 'timeline' : null))

  return (
    <main id="main" className="app-main app-main--laptop" data-details={hasSelection}>
      <Region title="Map" className="area-map">
        <ViewContent view="map" />
      </Region>
      <Region title="Org chart" className="area-orgchart">
        <ViewContent view="orgchart" />
      </Region>
      {hasSelection && (
        <Region title="Details" as="aside" className="area-details">
          <LazyDetailsPanel />
        </Region>
      )}
      <div className={open ? 'area-lower is-open' : 'area-lower'}>
        <div className="lower-pane__bar">
          <TabList
            label="Detailed views"
            idPrefix="lower"
            tabs={LOWER_TABS}
            selected={open}
            onSelect={(key) => setLowerPane(key)}
            className="lower-pane__tabs"
          />
          <button
            type="button"
            className="lower-pane__toggle"
            aria-expanded={open !== null}
            onClick={() => setLowerPane(open ? 'closed' : 'timeline')}
          >
            {open ? 'Hide' : 'Show'} <span className="visually-hidden">the detailed views</span>
            <span aria-hidden="true">{open ? ' ▾' : ' ▴'}</span>
          </button>
        </div>
        {open && (
          <div
            role="tabpanel"
            id={tabPanelId('lower', open)}
            aria-labelledby={tabId('lower', open)}
            className="lower-pane__body"
          >
            <Region title={VIEW_TITLE[open]} className={`area-${open}`} headingHidden>
              <ViewContent view={open} />
            </Region>
          </div>
        )}
      </div>
    </main>
  )
}
