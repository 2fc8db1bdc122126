import { act, render, screen } from '@testing-library/react'
import { useLayoutEffect, useRef } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { focusReturnOf, returnFocus, useFocusReturn, type FocusReturn } from '../src/components/focus-return'

afterEach(() => {
  document.body.innerHTML = ''
})

const card = (id: string) => {
  const element = document.createElement('div')
  element.tabIndex = -1
  element.dataset.nodeId = id
  document.body.append(element)
  return element
}

describe('returning the focus to the control that opened a panel', () => {
  it('focuses the control if the focus has fallen to the page', () => {
    const opener = card('pahonia')
    opener.focus()
    const to = focusReturnOf(document.activeElement)
    opener.blur()
    returnFocus(to)
    expect(document.activeElement).toBe(opener)
  })

  it('focuses the control drawn in its place, the same record, when the view drew it again', () => {
    const opener = card('pahonia')
    opener.focus()
    const to = focusReturnOf(document.activeElement)
    opener.remove()
    card('karelian')
    const redrawn = card('pahonia')
    returnFocus(to)
    expect(document.activeElement).toBe(redrawn)
  })

  it('leaves a focus the user has put somewhere else', () => {
    const opener = card('pahonia')
    opener.focus()
    const to = focusReturnOf(document.activeElement)
    const other = document.createElement('button')
    document.body.append(other)
    other.focus()
    returnFocus(to)
    expect(document.activeElement).toBe(other)
  })
})

/** A panel that remembers what had the focus when it opened, as the details panel does. */
function Panel() {
  const panel = useRef<HTMLDivElement>(null)
  const opener = useRef<FocusReturn | null>(null)
  useLayoutEffect(() => {
    opener.current = focusReturnOf(document.activeElement)
  }, [])
  useFocusReturn(panel, opener)
  return (
    <div ref={panel}>
      <button type="button">Close</button>
    </div>
  )
}

function Page({ open }: { open: boolean }) {
  return (
    <>
      <button type="button">Opener</button>
      <button type="button">Elsewhere</button>
      {open && <Panel />}
    </>
  )
}

describe('a panel that closes', () => {
  it('returns the focus to its opener when it held the focus', () => {
    const view = render(<Page open={false} />)
    act(() => screen.getByRole('button', { name: 'Opener' }).focus())
    view.rerender(<Page open />)
    act(() => screen.getByRole('button', { name: 'Close' }).focus())
    view.rerender(<Page open={false} />)
    expect(screen.getByRole('button', { name: 'Opener' })).toHaveFocus()
  })

  it('leaves the focus alone when it did not hold it, even if the focus is on the page', () => {
    const view = render(<Page open={false} />)
    act(() => screen.getByRole('button', { name: 'Opener' }).focus())
    view.rerender(<Page open />)
    act(() => screen.getByRole('button', { name: 'Elsewhere' }).focus())
    view.rerender(<Page open={false} />)
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus()

    view.rerender(<Page open />)
    act(() => (document.activeElement as HTMLElement).blur())
    view.rerender(<Page open={false} />)
    expect(document.body).toHaveFocus()
  })
})
