import { useRef, useState } from 'react'
import type { SourceRef } from '../../data/schema'
import { localIsoDate, type CitationRequest } from '../../model/citation'
import { CitationDialog } from './CitationDialog'

/**
 * "Cite": opens a dialog with a ready citation of a record or a passage (plain text and CSL-JSON),
 * carrying the atlas's current address, which holds the whole view, and today's date.
 */
export function CiteButton({
  subject,
  passages,
  name = `Cite ${subject}`,
}: {
  /** what is cited, as the atlas names it */
  subject: string
  /** undefined until the quotes have loaded: the button is there, and disabled */
  passages: readonly SourceRef[] | undefined
  /** the button's accessible name; it starts with the visible "Cite" */
  name?: string
}) {
  const [request, setRequest] = useState<CitationRequest | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  const open = () =>
    passages &&
    setRequest({
      subject,
      passages,
      // The URL already carries the whole state (UrlSync keeps it current): cite it as it is now.
      permalink: window.location.href,
      accessed: localIsoDate(new Date()),
    })
  const close = () => {
    setRequest(null)
    button.current?.focus()
  }
  return (
    <>
      <button
        ref={button}
        type="button"
        className="cite-button"
        aria-label={name}
        aria-haspopup="dialog"
        disabled={!passages}
        title={passages ? undefined : 'Loading the quotes'}
        onClick={open}
      >
        Cite
      </button>
      {request && <CitationDialog request={request} onClose={close} />}
    </>
  )
}
