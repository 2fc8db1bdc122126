import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'

export interface CountryListItem {
  iso3: string
  name: string
  /** "Poland: legal with permission or conditions" */
  label: string
  /** the record has conflicting claims: a visible mark beside its name */
  flagged?: boolean
}

/** A list narrowed to a legend entry's countries: what it shows, and the way back to all. */
export interface ListNarrowing {
  /** "16 illegal" */
  text: string
  onShowAll: () => void
}

/**
 * The keyboard way into the map: one tab stop, arrow keys, Home/End and type-ahead move the active
 * country (shown on the map with a tooltip), Enter or a click selects it. A pinned legend entry
 * narrows it to that entry's countries, and it says so.
 */
export function CountryList({
  items,
  total,
  narrowing,
  selected,
  onActiveChange,
  onSelect,
  focusOnOpen = false,
}: {
  items: CountryListItem[]
  /** how many countries the unnarrowed list has */
  total: number
  narrowing: ListNarrowing | null
  selected: string | null
  onActiveChange: (iso3: string | null) => void
  onSelect: (iso3: string) => void
  /** take the focus when shown: the user opened the list to use it */
  focusOnOpen?: boolean
}) {
  const id = useId()
  const [active, setActive] = useState<string | null>(null)
  const typed = useRef({ text: '', at: 0 })
  const listRef = useRef<HTMLUListElement>(null)
  const activeIndex = Math.max(
    0,
    items.findIndex((i) => i.iso3 === (active ?? selected)),
  )

  // Only when it is shown, not when the prop changes later.
  const focusWhenShown = useRef(focusOnOpen)
  useEffect(() => {
    if (focusWhenShown.current) listRef.current?.focus()
  }, [])

  useEffect(() => {
    if (!active) return
    listRef.current?.querySelector(`[data-option="${active}"]`)?.scrollIntoView?.({ block: 'nearest' })
  }, [active])

  const move = (index: number) => {
    const item = items[Math.min(items.length - 1, Math.max(0, index))]
    if (!item) return
    setActive(item.iso3)
    onActiveChange(item.iso3)
  }

  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      Home: () => move(0),
      End: () => move(items.length - 1),
      PageDown: () => move(activeIndex + 10),
      PageUp: () => move(activeIndex - 10),
      Enter: () => items[activeIndex] && onSelect(items[activeIndex].iso3),
    }
    // Space selects, unless it is part of a name being typed ("South Korea").
    const typing = Date.now() - typed.current.at < 800 && typed.current.text !== ''
    if (event.key === ' ' && !typing)
      keys[' '] = () => items[activeIndex] && onSelect(items[activeIndex].iso3)
    const action = keys[event.key]
    if (action) {
      event.preventDefault()
      action()
      return
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      if (event.key === ' ') event.preventDefault()
      const now = Date.now()
      const text = (now - typed.current.at < 800 ? typed.current.text : '') + event.key.toLowerCase()
      typed.current = { text, at: now }
      const found = items.findIndex((i) => i.name.toLowerCase().startsWith(text))
      if (found >= 0) move(found)
    }
  }

  const activeItem = items[activeIndex]
  return (
    <div className="country-list">
      <p id={`${id}-label`} className="country-list__label">
        Countries in the source ({narrowing ? `${items.length} of ${total}` : total})
      </p>
      {narrowing && (
        <p className="country-list__narrowed" data-testid="country-list-narrowed">
          <span>{narrowing.text}</span> ·{' '}
          <button
            type="button"
            className="link-button"
            aria-label="Show all countries"
            onClick={narrowing.onShowAll}
          >
            Show all
          </button>
        </p>
      )}
      <ul
        ref={listRef}
        role="listbox"
        tabIndex={0}
        aria-labelledby={`${id}-label`}
        aria-activedescendant={activeItem ? `${id}-${activeItem.iso3}` : undefined}
        className="country-list__options"
        onKeyDown={onKeyDown}
        onFocus={() => activeItem && onActiveChange(activeItem.iso3)}
        onBlur={() => onActiveChange(null)}
      >
        {items.map((item, index) => (
          <li
            key={item.iso3}
            id={`${id}-${item.iso3}`}
            data-option={item.iso3}
            role="option"
            aria-selected={item.iso3 === selected}
            aria-label={item.label}
            className={index === activeIndex ? 'country-list__option is-active' : 'country-list__option'}
            onClick={() => {
              setActive(item.iso3)
              onActiveChange(item.iso3)
              onSelect(item.iso3)
            }}
          >
            {item.name}
            {item.flagged && (
              <span
                className="country-list__flag"
                aria-hidden="true"
                title="Conflicting claims in the source"
              >
                {' '}
                ⚠
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
