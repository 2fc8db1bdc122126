import { useMemo } from 'react'
import { useDataset } from '../../data/use-data'
import { ARTICLE_URL, LIVE_ARTICLE_CAVEAT, sectionUrl } from '../../model/citation'
import { conflictCount, sectionUses } from './source-sections'

/** The Sources dialog's body: what the data is read from, and every cited section with its uses. */
export default function SourcesContent() {
  const state = useDataset()
  const uses = useMemo(
    () =>
      state.status === 'success'
        ? sectionUses(state.data.countries, state.data.units, state.data.events)
        : [],
    [state],
  )
  return (
    <div className="sources-dialog__body">
      <p>
        Every fact here comes from one text: the encyclopedia article{' '}
        <cite>
          <a href={ARTICLE_URL} target="_blank" rel="noopener noreferrer">
            International Legion (Ukraine)
            <span className="visually-hidden"> (English Wikipedia, opens in a new tab)</span>
          </a>
        </cite>{' '}
        on English Wikipedia, as plain text (tables flattened; the table of government responses lost its
        colour-coded Legality column, so legality is read from each row&apos;s words). Each record quotes the
        passage it comes from and names its section. Where the article contradicts itself, the record keeps
        every claim and shows a <span className="badge badge--conflict">Conflicting claims</span> badge; where
        a classification could be read two ways it shows an{' '}
        <span className="badge badge--ambiguous">Ambiguous</span> badge and says why.
      </p>
      <p>
        Section names and quotes link to the live article ({LIVE_ARTICLE_CAVEAT}); the Cite buttons in the
        details copy a citation with a link to the view you are looking at.
      </p>
      {state.status === 'success' && (
        <>
          <p>
            {state.data.countries.length} countries, {state.data.units.length} units and{' '}
            {state.data.events.length} events cite {uses.length} sections;{' '}
            {conflictCount(state.data.countries, state.data.units, state.data.events)} conflicts between
            claims are recorded.
          </p>
          <table className="sources-table">
            <caption>Sections of the article cited by the data</caption>
            <thead>
              <tr>
                <th scope="col">Section</th>
                <th scope="col">Countries</th>
                <th scope="col">Units</th>
                <th scope="col">Events</th>
              </tr>
            </thead>
            <tbody>
              {uses.map((u) => (
                <tr key={u.section}>
                  <th scope="row">
                    <a href={sectionUrl(u.section)} target="_blank" rel="noopener noreferrer">
                      {u.section}
                      <span className="visually-hidden"> (live article, opens in a new tab)</span>
                    </a>
                  </th>
                  <td>{u.countries || ''}</td>
                  <td>{u.units || ''}</td>
                  <td>{u.events || ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {state.status === 'pending' && <p>Loading the data…</p>}
      {state.status === 'error' && (
        <p>The data could not be loaded, so the cited sections cannot be listed.</p>
      )}
    </div>
  )
}
