import { PHONE_LAYOUT_QUERY, useMediaQuery } from '../components/use-media-query'
import './layout.css'
import { useState } from 'react'
import { TimeBar } from '../features/timebar/TimeBar'
import { AppHeader } from './AppHeader'
import { embedViewOf } from './embed'
import { EmbedPage } from './EmbedPage'
import { LaptopLayout } from './LaptopLayout'
import { PhoneMain, PhoneTabBar } from './PhoneLayout'
import { UrlSync } from './UrlSync'

/**
 * The page: a header, the views, and the bars that never leave the screen. The page itself never
 * scrolls; a view that holds more than fits scrolls inside its own pane.
 */
export function App() {
  const phone = useMediaQuery(PHONE_LAYOUT_QUERY)
  // An embed link shows one view for an iframe; the choice is the page's, read once at load.
  const [embed] = useState(() => embedViewOf(window.location.search))
  if (embed)
    return (
      <>
        <UrlSync />
        <EmbedPage view={embed} />
      </>
    )
  return (
    <div className={phone ? 'app app--phone' : 'app app--laptop'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <AppHeader />
      <UrlSync />
      {phone ? <PhoneMain /> : <LaptopLayout />}
      <TimeBar />
      {phone && <PhoneTabBar />}
    </div>
  )
}
