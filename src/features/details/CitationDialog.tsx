import './cite.css'
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { copyText } from '../../lib/clipboard'
import {
  ARTICLE_TITLE,
  LIVE_ARTICLE_CAVEAT,
  buildCitation,
  passageUrl,
  type CitationRequest,
} from '../../model/citation'

type Format = 'text' | 'csl'

const FORMAT_NAME: Record<Format, string> = { text: 'plain text', csl: 'CSL-JSON' }

/**
 * A modal dialog with a citation as plain text and as CSL-JSON, each with a Copy button. Copying
 * is announced in a live region; where the clipboard cannot be written, the text is selected for
 * the user to copy. Escape or Close closes it, and the caller returns focus.
 */
export function CitationDialog({ request, onClose }: { request: CitationRequest; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const firstCopy = useRef<HTMLButtonElement>(null)
  const areas = { text: useRef<HTMLTextAreaElement>(null), csl: useRef<HTMLTextAreaElement>(null) }
  const [status, setStatus] = useState('')
  const id = useId()
  const citation = useMemo(() => buildCitation(request), [request])

  useLayoutEffect(() => {
    const d = dialog.current!
    // jsdom and old browsers have no showModal: the dialog is then simply open.
    if (typeof d.showModal === 'function') d.showModal()
    else d.setAttribute('open', '')
    firstCopy.current?.focus()
  }, [])

  const close = () => {
    const d = dialog.current
    if (d && typeof d.close === 'function' && d.open) d.close()
    onClose()
  }

  const copy = async (format: Format) => {
    const text = format === 'text' ? citation.text : citation.cslJson
    if (await copyText(text)) {
      setStatus(`Copied the ${FORMAT_NAME[format]}.`)
      return
    }
    const area = areas[format].current
    area?.focus()
    area?.select()
    setStatus(
      `Could not copy: the ${FORMAT_NAME[format]} is selected, press Ctrl+C (⌘C on a Mac) to copy it.`,
    )
  }

  return (
    <dialog
      ref={dialog}
      className="cite-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-about`}
      onCancel={(e) => {
        e.preventDefault()
        close()
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return
        e.preventDefault()
        e.stopPropagation()
        close()
      }}
    >
      <div className="cite-dialog__header">
        <h2 id={`${id}-title`}>Cite {request.subject}</h2>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
      <div className="cite-dialog__body">
        <p id={`${id}-about`}>
          The Wikipedia article <cite>{ARTICLE_TITLE}</cite>, its section and the quote, accessed today (
          {request.accessed}), with a link to this view of the atlas.
        </p>
        <p className="cite-dialog__live">
          <a href={passageUrl(request.passages[0]!)} target="_blank" rel="noopener noreferrer">
            Open the passage in the live article
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>{' '}
          ({LIVE_ARTICLE_CAVEAT}).
        </p>
        {(['text', 'csl'] as const).map((format) => (
          <div key={format} className="cite-dialog__format">
            <div className="cite-dialog__format-head">
              <label htmlFor={`${id}-${format}`}>{format === 'text' ? 'Plain text' : 'CSL-JSON'}</label>
              {format === 'csl' && <span className="cite-dialog__hint">for Zotero or Pandoc</span>}
              <button
                ref={format === 'text' ? firstCopy : undefined}
                type="button"
                onClick={() => void copy(format)}
              >
                Copy {FORMAT_NAME[format]}
              </button>
            </div>
            <textarea
              ref={areas[format]}
              id={`${id}-${format}`}
              readOnly
              spellCheck={false}
              rows={8}
              value={format === 'text' ? citation.text : citation.cslJson}
            />
          </div>
        ))}
        <p role="status" className="cite-dialog__status">
          {status}
        </p>
      </div>
    </dialog>
  )
}
