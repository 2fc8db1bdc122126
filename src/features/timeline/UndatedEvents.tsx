import type { LegionEvent } from '../../data/schema'
import { useEventTitles } from '../../data/use-event-titles'
import { eventTitle } from '../../model/event-title'

/**
 * Short labels for the undated events' chips: each title without a closing "(…)" remark and
 * without the words all of them begin with, up to the last capitalised one ("The Legion fought in the
 * Battle of Kharkiv (…)" and "… of Kyiv (…)" read "Battle of Kharkiv", "Battle of Kyiv"). The chip's name stays the full title.
 */
export function chipLabels(titles: readonly string[]): string[] {
  const bare = titles.map((t) => t.replace(/\s*\([^()]*\)\.?$/, '').replace(/\.$/, ''))
  if (bare.length < 2) return bare
  const words = bare.map((t) => t.split(' '))
  let common = 0
  while (words.every((w) => w.length > common + 1 && w[common] === words[0]![common])) common += 1
  // Keep the shared words from the last capitalised one on ("Battle of"): the labels read as names.
  let keep = common
  while (keep > 0 && !/^[A-Z]/.test(words[0]![keep - 1]!)) keep -= 1
  common = keep > 1 ? keep - 1 : 0
  return words.map((w) => {
    const rest = w.slice(common).join(' ')
    return rest.charAt(0).toUpperCase() + rest.slice(1)
  })
}

/** The events the source names without a date: not on the lanes, so listed as chips beside them. */
export function UndatedEvents({
  events,
  highlighted,
  selected,
  onOpen,
}: {
  events: readonly LegionEvent[]
  highlighted: ReadonlySet<string>
  selected: string | null
  onOpen: (event: LegionEvent) => void
}) {
  // The brief events.json keeps an undated event's title (src/data/brief-copies.ts): it shows here.
  const titles = useEventTitles()
  if (!events.length) return null
  const names = events.map((e) => eventTitle(e, titles))
  const labels = chipLabels(names)
  return (
    <div className="timeline__undated">
      <span className="timeline__undated-label">Named without a date:</span>
      {events.map((e, i) => (
        <button
          key={e.id}
          type="button"
          title={names[i]}
          aria-label={names[i]}
          className={highlighted.has(e.id) ? 'chip is-highlighted' : 'chip'}
          aria-pressed={e.id === selected}
          onClick={() => onOpen(e)}
        >
          {labels[i]}
        </button>
      ))}
    </div>
  )
}
