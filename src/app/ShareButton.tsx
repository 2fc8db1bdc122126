import { useId, useRef, useState } from 'react'
import { copyText } from '../lib/clipboard'
import { VIEW_NAMES, type ViewName } from '../store/layout-slice'
import { embedCode, withEmbed } from './embed'
import { VIEW_TITLE } from './views'
import './share.css'

/**
 * "Share" in the header: a dialog with the link to exactly this view (the URL carries every
 * choice) and the code that embeds one view in another page.
 */
export function ShareButton() {
  const dialog = useRef<HTMLDialogElement>(null)
  const [url, setUrl] = useState('')
  const open = () => {
    setUrl(withEmbed(window.location.href, null))
    dialog.current?.showModal()
  }
  return (
    <>
      <button type="button" onClick={open} aria-haspopup="dialog">
        Share
      </button>
      <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title">
        <div className="share-dialog__header">
          <h2 id="share-title">Share this view</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        {url && <ShareContent url={url} />}
      </dialog>
    </>
  )
}

function ShareContent({ url }: { url: string }) {
  const [view, setView] = useState<ViewName>('map')
  const [copied, setCopied] = useState('')
  const code = embedCode(url, view, `Legion Atlas: ${VIEW_TITLE[view].toLowerCase()}`)
  const linkId = useId()
  const codeId = useId()
  const copy = async (what: string, text: string) => {
    setCopied((await copyText(text)) ? `${what} copied.` : `Could not copy: select the ${what} and copy it.`)
  }
  return (
    <div className="share-dialog__body">
      <label htmlFor={linkId}>Link: the date, selection, filters, layer, zoom and tabs you chose</label>
      <div className="share-dialog__row">
        <input id={linkId} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={() => void copy('Link', url)}>
          Copy link
        </button>
      </div>
      <fieldset className="share-dialog__views">
        <legend>Embed one view in a page</legend>
        {VIEW_NAMES.map((v) => (
          <label key={v}>
            <input type="radio" name="embed-view" checked={v === view} onChange={() => setView(v)} />{' '}
            {VIEW_TITLE[v]}
          </label>
        ))}
      </fieldset>
      <label htmlFor={codeId}>
        Embed code (the script keeps the frame as tall as the view, with no inner scrollbars)
      </label>
      <textarea id={codeId} readOnly rows={5} value={code} onFocus={(e) => e.currentTarget.select()} />
      <div className="share-dialog__row">
        <button type="button" onClick={() => void copy('Embed code', code)}>
          Copy embed code
        </button>
        <a href={withEmbed(url, view)} target="_blank" rel="noopener">
          Preview the embed
        </a>
      </div>
      <p role="status" className="share-dialog__status">
        {copied}
      </p>
    </div>
  )
}
