import './sources.css'
import { lazy, Suspense, useRef, useState } from 'react'

// Its list is built (every record's citations counted) and loaded only when the dialog opens: on
// first load it was a hidden 100 ms task on a phone.
const SourcesContent = lazy(() => import('./SourcesContent'))

/** A "Sources" button in the header that opens a dialog listing the article's sections the data cites. */
export function SourcesButton() {
  const dialog = useRef<HTMLDialogElement>(null)
  const [opened, setOpened] = useState(false)
  return (
    <>
      <button
        type="button"
        className="sources-button"
        onClick={() => {
          setOpened(true)
          dialog.current?.showModal()
        }}
      >
        Sources
      </button>
      <dialog ref={dialog} className="sources-dialog" aria-labelledby="sources-title">
        <div className="sources-dialog__header">
          <h2 id="sources-title">Sources</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        {opened && (
          <Suspense fallback={<p className="sources-dialog__body">Loading the list of sections…</p>}>
            <SourcesContent />
          </Suspense>
        )}
      </dialog>
    </>
  )
}
