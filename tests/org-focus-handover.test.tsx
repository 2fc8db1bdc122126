import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { DrawnRegion } from '../src/features/orgchart/chart-window'
import type { Unit } from '../src/data/schema'
import type { NodeText } from '../src/features/orgchart/node-text'
import { flattenTree, type ShownNode } from '../src/features/orgchart/org-structure'
import { OrgTree, type NodeLook, type TreePlacement } from '../src/features/orgchart/OrgTree'

function node(name: string, children: ShownNode[] = []): ShownNode {
  const id = name.toLowerCase()
  const unit = { id, name, kind: children.length ? 'structure' : 'unit' } as Unit
  return { datum: { type: 'unit', id, parentId: null, unit }, children }
}

const rows = flattenTree([node('Root', [node('Alpha'), node('Bravo')])], new Set())
const text = (name: string): NodeText => ({
  name,
  nationalities: null,
  status: null,
  mark: null,
  conflicted: false,
  tags: [],
  label: name,
})
const looks = new Map<string, NodeLook>(
  rows.map((r) => [r.id, { text: text(r.name), context: false, linked: null, changed: false }]),
)
const chartOf = (placed: typeof rows, region: DrawnRegion | null): TreePlacement => ({
  detail: 'names',
  nodes: placed.map((row, i) => ({ row, x: 0, y: i * 40, width: 100, height: 30 }) as never),
  region,
  width: 200,
  height: 200,
})

/** The chart, the list, or nothing: each form mounts its own tree, as the org chart does. */
function Forms({
  form,
  placed = rows,
  region = null,
}: {
  form: 'chart' | 'list' | 'none'
  placed?: typeof rows
  /** the part of the chart drawn: cards outside it are left out */
  region?: DrawnRegion | null
}) {
  const tree = (placement: TreePlacement | null) => (
    <OrgTree
      label="Chain of command"
      rows={rows}
      looks={looks}
      selected={null}
      placement={placement}
      onToggle={() => {}}
      onSelect={() => {}}
    />
  )
  if (form === 'chart') return <div className="chart">{tree(chartOf(placed, region))}</div>
  if (form === 'list') return <section className="list">{tree(null)}</section>
  return null
}

const card = (name: string) => screen.getByRole('treeitem', { name })

// A hand-over left pending by a test lapses, as it does when the user acts.
afterEach(() => fireEvent.pointerDown(document.body))

describe('the focus when the chart becomes a list and back', () => {
  it('stays on the card the user was on, which becomes the tab stop', () => {
    const view = render(<Forms form="chart" />)
    act(() => card('Bravo').focus())
    view.rerender(<Forms form="list" />)
    expect(card('Bravo').closest('.list')).not.toBeNull()
    expect(card('Bravo')).toHaveFocus()
    expect(card('Bravo')).toHaveAttribute('tabindex', '0')
    view.rerender(<Forms form="chart" />)
    expect(card('Bravo').closest('.chart')).not.toBeNull()
    expect(card('Bravo')).toHaveFocus()
  })

  it('waits for a chart that mounts before it is laid out, and returns to the card if a redraw drops it', () => {
    const view = render(<Forms form="list" />)
    act(() => card('Alpha').focus())
    view.rerender(<Forms form="chart" placed={[]} />)
    expect(document.body).toHaveFocus()
    view.rerender(<Forms form="chart" />)
    expect(card('Alpha')).toHaveFocus()
    view.rerender(<Forms form="chart" placed={rows.filter((r) => r.id !== 'alpha')} />)
    view.rerender(<Forms form="chart" />)
    expect(card('Alpha')).toHaveFocus()
  })

  it("draws the card outside the chart's window to give it the focus", () => {
    const view = render(<Forms form="list" />)
    act(() => card('Bravo').focus())
    // The window shows the first card only (Root at y 0; Bravo, at y 80, is outside it).
    const top: DrawnRegion = { detail: 'names', x0: 0, y0: 0, x1: 200, y1: 20 }
    view.rerender(<Forms form="chart" region={top} />)
    expect(card('Bravo')).toHaveFocus()
    expect(screen.queryByRole('treeitem', { name: 'Alpha' })).toBeNull()
  })

  it('lapses once the user acts elsewhere, and never takes a focus the user moved', () => {
    const view = render(
      <>
        <button type="button">Elsewhere</button>
        <Forms form="chart" />
      </>,
    )
    act(() => card('Alpha').focus())
    view.rerender(
      <>
        <button type="button">Elsewhere</button>
        <Forms form="none" />
      </>,
    )
    fireEvent.pointerDown(document.body)
    view.rerender(
      <>
        <button type="button">Elsewhere</button>
        <Forms form="list" />
      </>,
    )
    expect(document.body).toHaveFocus()

    act(() => card('Bravo').focus())
    view.rerender(
      <>
        <button type="button">Elsewhere</button>
        <Forms form="none" />
      </>,
    )
    act(() => screen.getByRole('button', { name: 'Elsewhere' }).focus())
    view.rerender(
      <>
        <button type="button">Elsewhere</button>
        <Forms form="list" />
      </>,
    )
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus()
  })
})
