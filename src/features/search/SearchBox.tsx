import './search.css'
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { SearchHit } from './search-index'
import { noMatchesText, resultsSummary } from './search-summary'
import { optionId, SearchResultsList } from './SearchResultsList'
import { useSearchIndex } from './use-search-index'
import { useSelectTarget } from './use-select-target'

/**
 * One search for everything, in the header: countries, units, events, people and every quote.
 * A WAI-ARIA combobox with a grouped listbox ("list autocomplete with manual selection"): typing
 * lists the results, ArrowDown and ArrowUp move through them (the caret stays in the field),
 * Enter or a click selects the result's record and brings its view into sight, Escape closes the
 * list and then clears the field. On a phone it folds into a Search button that opens a
 * full-width field.
 */
export function SearchBox() {
  const { state, request } = useSearchIndex()
  const selectTarget = useSelectTarget()
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [unfolded, setUnfolded] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const unfoldButton = useRef<HTMLButtonElement>(null)
  const id = useId()
  const inputId = `${id}-input`
  const listboxId = `${id}-listbox`
  const fieldId = `${id}-field`

  const index = state.status === 'ready' ? state.index : null
  const searched = useDeferredValue(query)
  const results = useMemo(() => (index ? index.search(searched) : null), [index, searched])
  const options = useMemo(() => results?.groups.flatMap((g) => g.hits) ?? [], [results])
  const typed = query.trim() !== ''
  const popupOpen = open && typed
  const expanded = popupOpen && options.length > 0
  const current = expanded && active >= 0 && active < options.length ? active : -1

  useEffect(() => {
    if (current < 0) return
    document.getElementById(optionId(listboxId, current))?.scrollIntoView?.({ block: 'nearest' })
  }, [current, listboxId])

  /** On a phone: closes the full-width field and gives the focus back to the Search button. */
  const fold = () => {
    if (!unfolded) return
    setUnfolded(false)
    unfoldButton.current?.focus()
  }

  const choose = (hit: SearchHit) => {
    if (!hit.doc.target) return
    selectTarget(hit.doc.target)
    setOpen(false)
    setActive(-1)
    fold()
  }

  const move = (by: 1 | -1) => {
    setOpen(true)
    if (!options.length) return
    const from = current < 0 ? (by === 1 ? -1 : options.length) : current
    setActive((from + by + options.length) % options.length)
  }

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault()
        if (e.altKey) setOpen(true)
        else move(1)
        break
      case 'ArrowUp':
        e.preventDefault()
        if (e.altKey) {
          setOpen(false)
          setActive(-1)
        } else move(-1)
        break
      case 'Enter':
        if (current >= 0) {
          e.preventDefault()
          choose(options[current]!)
        }
        break
      case 'Escape':
        if (popupOpen) {
          e.preventDefault()
          setOpen(false)
          setActive(-1)
        } else if (query) {
          e.preventDefault()
          setQuery('')
        } else fold()
        break
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text; the active result, if any, lets go.
        setActive(-1)
        break
    }
  }

  const unfold = () => {
    setUnfolded(true)
    request()
    // The field is shown by this render; focus it once it is.
    requestAnimationFrame(() => input.current?.focus())
  }

  const message =
    state.status === 'error'
      ? `The search could not load: ${state.message}`
      : !results
        ? 'Loading the search…'
        : results.total === 0 && results.query
          ? noMatchesText(results.query)
          : null
  const spoken = !popupOpen ? '' : (message ?? (results ? resultsSummary(results) : ''))

  return (
    <div className={`search${unfolded ? ' search--unfolded' : ''}`}>
      <button
        ref={unfoldButton}
        type="button"
        className="search__unfold"
        aria-expanded={unfolded}
        aria-controls={fieldId}
        onClick={unfold}
      >
        <svg className="search__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12.6 12.6 17.5 17.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">Search</span>
      </button>
      <div className="search__field" id={fieldId}>
        <label htmlFor={inputId} className="visually-hidden">
          Search the atlas
        </label>
        <input
          ref={input}
          id={inputId}
          className="search__input"
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={current >= 0 ? optionId(listboxId, current) : undefined}
          placeholder="Search countries, units, events, people, quotes"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value)
            setOpen(true)
            setActive(-1)
          }}
          onFocus={() => {
            request()
            setOpen(true)
          }}
          onClick={() => setOpen(true)}
          onPointerEnter={request}
          onBlur={() => {
            setOpen(false)
            setActive(-1)
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="search__fold" onClick={fold}>
          Close
        </button>
        {/* Pressing in the list must not take the focus from the field (the combobox keeps it). */}
        <div className="search__popup" hidden={!popupOpen} onMouseDown={(e) => e.preventDefault()}>
          {/* The status below says the same words to screen readers. */}
          {message && (
            <p className="search__message" aria-hidden="true">
              {message}
            </p>
          )}
          <SearchResultsList
            id={listboxId}
            results={results}
            active={current}
            hidden={!expanded}
            onChoose={choose}
          />
        </div>
        <p className="visually-hidden" role="status">
          {spoken}
        </p>
      </div>
    </div>
  )
}
