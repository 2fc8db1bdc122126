import { SourcesButton } from '../features/sources/SourcesPanel'
import { formatIsoDate } from '../lib/dates'
import { useAppStore } from '../store/app-store'
import { selectAsOf } from '../store/selectors'

export function AppHeader() {
  const asOf = useAppStore(selectAsOf)
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <h1 className="app-header__title">Legion Atlas</h1>
        <p className="app-header__subtitle">
          The International Legion for the Defence of Ukraine: government stances, units and events, each fact
          with its source.
        </p>
      </div>
      <div className="app-header__end">
        <SourcesButton />
        <p className="app-header__as-of">
          <span className="app-header__as-of-label">As of</span>{' '}
          <time dateTime={asOf} data-testid="header-as-of">
            {formatIsoDate(asOf)}
          </time>
        </p>
      </div>
    </header>
  )
}
