import { PHONE_LAYOUT_QUERY, useMediaQuery } from '../components/use-media-query'
import './layout.css'
import { AppHeader } from './AppHeader'
import { LaptopLayout } from './LaptopLayout'
import { PhoneMain, PhoneTabBar } from './PhoneLayout'
import { UrlSync } from './UrlSync'

/**
 * The page: a header, the views, and the bars that never leave the screen. The page itself never
 * scrolls; a view that holds more than fits scrolls inside its own pane.
 */
export function App() {
  const phone = useMediaQuery(PHONE_LAYOUT_QUERY)
  return (
    <div className={phone ? 'app app--phone' : 'app app--laptop'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader />
      <UrlSync />
      {phone ? <PhoneMain /> : <LaptopLayout />}
      {phone && <PhoneTabBar />}
    </div>
  )
}
