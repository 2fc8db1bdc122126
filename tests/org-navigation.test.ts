import { describe, expect, it } from 'vitest'
import type { Unit } from '../src/data/schema'
import { flattenTree, type ShownNode } from '../src/features/orgchart/org-structure'
import { treeKeyAction, typeAheadMatch } from '../src/features/orgchart/org-navigation'

function node(name: string, children: ShownNode[] = []): ShownNode {
  const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const unit = { id, name, kind: children.length ? 'structure' : 'unit' } as Unit
  return { datum: { type: 'unit', id, parentId: null, unit }, children }
}

// Root
//   Alpha
//     Able
//     Baker
//   Bravo
//   Beta
const tree = node('Root', [node('Alpha', [node('Able'), node('Baker')]), node('Bravo'), node('Beta')])
const open = flattenTree([tree], new Set())
const alphaClosed = flattenTree([tree], new Set(['alpha']))

describe('the tree keys', () => {
  it('moves down and up through the visible rows and stops at the ends', () => {
    expect(treeKeyAction(open, 'root', 'ArrowDown')).toEqual({ type: 'focus', id: 'alpha' })
    expect(treeKeyAction(open, 'baker', 'ArrowDown')).toEqual({ type: 'focus', id: 'bravo' })
    expect(treeKeyAction(alphaClosed, 'alpha', 'ArrowDown')).toEqual({ type: 'focus', id: 'bravo' })
    expect(treeKeyAction(open, 'bravo', 'ArrowUp')).toEqual({ type: 'focus', id: 'baker' })
    expect(treeKeyAction(open, 'root', 'ArrowUp')).toBeNull()
    expect(treeKeyAction(open, 'beta', 'ArrowDown')).toBeNull()
  })

  it('expands a collapsed node with Right, then moves to its first child', () => {
    expect(treeKeyAction(alphaClosed, 'alpha', 'ArrowRight')).toEqual({ type: 'expand', id: 'alpha' })
    expect(treeKeyAction(open, 'alpha', 'ArrowRight')).toEqual({ type: 'focus', id: 'able' })
    expect(treeKeyAction(open, 'able', 'ArrowRight')).toBeNull()
  })

  it('collapses an expanded node with Left, or moves to the parent', () => {
    expect(treeKeyAction(open, 'alpha', 'ArrowLeft')).toEqual({ type: 'collapse', id: 'alpha' })
    expect(treeKeyAction(open, 'baker', 'ArrowLeft')).toEqual({ type: 'focus', id: 'alpha' })
    expect(treeKeyAction(alphaClosed, 'alpha', 'ArrowLeft')).toEqual({ type: 'focus', id: 'root' })
    expect(treeKeyAction(alphaClosed, 'root', 'ArrowLeft')).toEqual({ type: 'collapse', id: 'root' })
  })

  it('jumps to the first and the last visible row with Home and End', () => {
    expect(treeKeyAction(open, 'baker', 'Home')).toEqual({ type: 'focus', id: 'root' })
    expect(treeKeyAction(open, 'alpha', 'End')).toEqual({ type: 'focus', id: 'beta' })
  })

  it('selects with Enter and Space and ignores other keys', () => {
    expect(treeKeyAction(open, 'bravo', 'Enter')).toEqual({ type: 'select', id: 'bravo' })
    expect(treeKeyAction(open, 'bravo', ' ')).toEqual({ type: 'select', id: 'bravo' })
    expect(treeKeyAction(open, 'bravo', 'Tab')).toBeNull()
  })

  it('starts at the first row when the active row is gone', () => {
    expect(treeKeyAction(alphaClosed, 'able', 'ArrowDown')).toEqual({ type: 'focus', id: 'root' })
  })
})

describe('type-ahead', () => {
  it('finds the next row whose name starts with the typed text, wrapping round', () => {
    expect(typeAheadMatch(open, 'root', 'b')).toBe('baker')
    expect(typeAheadMatch(open, 'baker', 'b')).toBe('bravo')
    expect(typeAheadMatch(open, 'beta', 'b')).toBe('baker')
    expect(typeAheadMatch(open, 'root', 'be')).toBe('beta')
  })

  it('refines the current match as more letters are typed', () => {
    expect(typeAheadMatch(open, 'bravo', 'br')).toBe('bravo')
  })

  it('cycles through the rows a repeated letter starts', () => {
    expect(typeAheadMatch(open, 'able', 'aa')).toBe('alpha')
    expect(typeAheadMatch(open, 'alpha', 'aaa')).toBe('able')
  })

  it('ignores case and diacritics, and finds nothing for text no name starts with', () => {
    const rows = flattenTree([node('Kastuś', [node('Ŭzbek')])], new Set())
    expect(typeAheadMatch(rows, 'kastu-', 'U')).toBe('-zbek')
    expect(typeAheadMatch(open, 'root', 'zz')).toBeNull()
  })
})
