import { ShareButton } from './ShareButton'
import { SearchBox } from '../features/search/SearchBox'
import { SourcesButton } from '../features/sources/SourcesPanel'
import { formatIsoDate } from '../lib/dates'
import { useAppStore } from '../store/app-store'
import { selectAsOf } from '../store/selectors'

export function AppHeader() {
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <h1 className="app-header__title">Legion Atlas</h1>
        <p className="app-header__subtitle">
          The International Legion for the Defence of Ukraine: stances, units and events, each fact quoted
          from the Wikipedia article “International Legion (Ukraine)”.
        </p>
      </div>
      <div className="app-header__end">
        <SearchBox />
        <HeaderAsOf />
        <ShareButton />
        <SourcesButton />
      </div>
    </header>
  )
}

/** Plain text, not a control: the time bar at the bottom sets the date. On its own, so a date step
 * re-renders it and not the search or the dialogs beside it. */
function HeaderAsOf() {
  const asOf = useAppStore(selectAsOf)
  return (
    <p className="app-header__as-of">
      Showing{' '}
      <time dateTime={asOf} data-testid="header-as-of">
        {formatIsoDate(asOf)}
      </time>
    </p>
  )
}
