import { BottomSheet } from '../components/BottomSheet'
import { Region } from '../components/Region'
import { TabList, tabId, tabPanelId } from '../components/Tabs'
import { useAppStore } from '../store/app-store'
import { VIEW_NAMES } from '../store/layout-slice'
import { selectHasSelection } from '../store/selectors'
import { LazyDetailsPanel } from './LazyDetailsPanel'
import { VIEW_TITLE, ViewContent } from './views'

const PHONE_TABS = VIEW_NAMES.map((key) => ({ key, label: VIEW_TITLE[key] }))

/** The open view on a phone: one at a time, filling the space between the header and the bars. */
export function PhoneMain() {
  const view = useAppStore((s) => s.phoneView)
  const hasSelection = useAppStore(selectHasSelection)
  const clearSelection = useAppStore((s) => s.clearSelection)
  return (
    <main id="main" className="app-main app-main--phone">
      <div
        role="tabpanel"
        id={tabPanelId('view', view)}
        aria-labelledby={tabId('view', view)}
        className="phone-view"
      >
        <Region title={VIEW_TITLE[view]} className={`area-${view}`} headingHidden>
          <ViewContent view={view} />
        </Region>
      </div>
      {hasSelection && (
        <BottomSheet title="Details" onClose={clearSelection}>
          <LazyDetailsPanel />
        </BottomSheet>
      )}
    </main>
  )
}

/** The phone's tab bar: always on screen at the bottom, like the time bar above it. */
export function PhoneTabBar() {
  const view = useAppStore((s) => s.phoneView)
  const setPhoneView = useAppStore((s) => s.setPhoneView)
  return (
    <nav className="phone-tabs" aria-label="Views">
      <TabList label="Views" idPrefix="view" tabs={PHONE_TABS} selected={view} onSelect={setPhoneView} />
    </nav>
  )
}
