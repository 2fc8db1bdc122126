import { useLayoutEffect, type RefObject } from 'react'

/**
 * The card that had the focus in a tree that unmounted, for the same tree when it mounts again in
 * its other form. The chart becomes an indented list when the details open beside it, and a chart
 * again when they close: without this, Enter on a card, a click or Escape drops the focus to the
 * page, and the keyboard user's place in the tree with it. It holds until the user acts anywhere
 * (a focus, a press, a key, a wheel), so it never takes back a focus the user has since moved or
 * dropped; until then the tree makes that card its active one (drawn even outside the chart's
 * window), and the focus goes back to it whenever a render has lost it (a chart is drawn, then redrawn for its window's
 * measured size, before it settles).
 */
let handed: { tree: string; id: string } | null = null
let taking = false

const USER_ACTIONS = ['focusin', 'pointerdown', 'keydown', 'wheel'] as const

function lapse() {
  if (taking) return
  handed = null
  for (const type of USER_ACTIONS) document.removeEventListener(type, lapse, true)
}

function handOver(tree: string, id: string) {
  lapse()
  handed = { tree, id }
  for (const type of USER_ACTIONS) document.addEventListener(type, lapse, true)
}

/**
 * Takes the focus over from the tree of the same `label` that unmounted holding it, onto the same
 * card once a render draws it (a chart may mount before it is laid out, and draws a card outside
 * its window once the card is active, which `activate` makes it); and hands it over when
 * this tree unmounts holding the focus. React runs an unmounting tree's layout cleanup before it
 * removes the tree's nodes, and before the layout effects of what mounts in the same commit.
 */
export function useFocusHandover(
  treeRef: RefObject<HTMLElement | null>,
  label: string,
  preventScroll: boolean,
  /** makes the card the tree's active one, which it always draws */
  activate: (id: string) => void,
) {
  // After every render: a check of one variable while there is no focus to take.
  useLayoutEffect(() => {
    const tree = treeRef.current
    const last = handed
    if (!tree || last?.tree !== label) return
    const focused = document.activeElement
    if (focused && focused !== document.body) return
    const card = tree.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(last.id)}"]`)
    // Not drawn (outside the chart's window): drawn once active, and focused after that render.
    if (!card) return activate(last.id)
    taking = true
    try {
      card.focus({ preventScroll })
    } finally {
      taking = false
    }
  })

  useLayoutEffect(() => {
    const tree = treeRef.current
    return () => {
      const now = document.activeElement
      const card = tree && now && tree.contains(now) ? now.closest<HTMLElement>('[data-node-id]') : null
      const id = card?.dataset.nodeId
      if (id) handOver(label, id)
    }
    // A tree keeps its label while it is mounted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}
