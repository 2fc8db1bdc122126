import { afterEach, describe, expect, it } from 'vitest'
import { focusReturnOf, returnFocus } from '../src/components/focus-return'

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

  it('leaves a focus the user has put somewhere else, and does nothing when the page had it', () => {
    const opener = card('pahonia')
    opener.focus()
    const to = focusReturnOf(document.activeElement)
    const other = document.createElement('button')
    document.body.append(other)
    other.focus()
    returnFocus(to)
    expect(document.activeElement).toBe(other)

    other.blur()
    expect(focusReturnOf(document.activeElement)).toBeNull()
    returnFocus(null)
    expect(document.activeElement).toBe(document.body)
  })
})
