import { useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface TabItem<K extends string> {
  key: K
  label: ReactNode
}

/** The id of the tab and of the panel it controls, so a panel can name its tab. */
export const tabId = (prefix: string, key: string) => `${prefix}-tab-${key}`
export const tabPanelId = (prefix: string, key: string) => `${prefix}-panel-${key}`

/**
 * A WAI-ARIA tab list with automatic activation: the arrow keys (and Home/End) move focus and
 * choose the tab; only the chosen tab is in the tab order. `selected` null means no tab is open.
 */
export function TabList<K extends string>({
  label,
  idPrefix,
  tabs,
  selected,
  onSelect,
  className,
  vertical = false,
}: {
  label: string
  idPrefix: string
  tabs: ReadonlyArray<TabItem<K>>
  selected: K | null
  onSelect: (key: K) => void
  className?: string
  vertical?: boolean
}) {
  const list = useRef<HTMLDivElement>(null)
  const focusable = selected ?? tabs[0]?.key
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.key === (event.target as HTMLElement).dataset.tab)
    if (index < 0) return
    const next = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key]
    let to: number | null = null
    if (next !== undefined) to = (index + next + tabs.length) % tabs.length
    if (event.key === 'Home') to = 0
    if (event.key === 'End') to = tabs.length - 1
    if (to === null) return
    event.preventDefault()
    const tab = tabs[to]!
    onSelect(tab.key)
    list.current?.querySelector<HTMLElement>(`[data-tab="${tab.key}"]`)?.focus()
  }
  return (
    <div
      ref={list}
      role="tablist"
      aria-label={label}
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      className={className}
      onKeyDown={onKeyDown}
    >
      {tabs.map((tab) => (
        <button
          key={tab.key}
          type="button"
          role="tab"
          id={tabId(idPrefix, tab.key)}
          data-tab={tab.key}
          aria-selected={tab.key === selected}
          aria-controls={tab.key === selected ? tabPanelId(idPrefix, tab.key) : undefined}
          tabIndex={tab.key === focusable ? 0 : -1}
          onClick={() => onSelect(tab.key)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  )
}
