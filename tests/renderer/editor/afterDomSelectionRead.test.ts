import { describe, expect, it } from 'vitest'
import {
  afterDomSelectionRead,
  hasUnreadDomSelection,
} from '../../../src/renderer/editor/afterDomSelectionRead'

type Node = { name: string }
const insideText: Node = { name: 'text in the editor' }
const outsideText: Node = { name: 'text in the toolbar' }

/** A view whose DOM selection is at `dom.at` and whose ProseMirror selection is at `state`. */
function viewWith(domAt: { node: Node; offset: number } | null, stateAt: number) {
  const view = {
    isDestroyed: false,
    domSelection: domAt,
    state: { selection: { anchor: stateAt, head: stateAt } },
    dom: {
      contains: (node: Node) => node === insideText,
      ownerDocument: {
        getSelection: () =>
          view.domSelection && {
            anchorNode: view.domSelection.node,
            anchorOffset: view.domSelection.offset,
            focusNode: view.domSelection.node,
            focusOffset: view.domSelection.offset,
          },
      },
    },
    // Offsets inside the one text node start at document position 1.
    posAtDOM: (_node: Node, offset: number) => 1 + offset,
  }
  return view
}

type FakeView = ReturnType<typeof viewWith>
const asView = (view: FakeView) => view as unknown as Parameters<typeof hasUnreadDomSelection>[0]

describe('hasUnreadDomSelection', () => {
  it('is false when ProseMirror has the selection the DOM shows', () => {
    expect(hasUnreadDomSelection(asView(viewWith({ node: insideText, offset: 4 }, 5)))).toBe(false)
  })

  it('is true when the caret moved in the DOM and ProseMirror still has the old place', () => {
    expect(hasUnreadDomSelection(asView(viewWith({ node: insideText, offset: 5 }, 5)))).toBe(true)
  })

  it('is false when the selection is outside the editor or there is none', () => {
    expect(hasUnreadDomSelection(asView(viewWith({ node: outsideText, offset: 9 }, 5)))).toBe(false)
    expect(hasUnreadDomSelection(asView(viewWith(null, 5)))).toBe(false)
  })
})

describe('afterDomSelectionRead', () => {
  it('runs at once when there is nothing to read', () => {
    const runs: string[] = []
    afterDomSelectionRead(asView(viewWith({ node: insideText, offset: 4 }, 5)), () =>
      runs.push('ran'),
    )
    expect(runs).toEqual(['ran'])
  })

  it('waits until ProseMirror has read a caret move, then runs', () => {
    const view = viewWith({ node: insideText, offset: 5 }, 5)
    const queued: (() => void)[] = []
    const runs: number[] = []
    afterDomSelectionRead(
      asView(view),
      () => runs.push(view.state.selection.head),
      (callback) => queued.push(callback),
    )
    expect(runs).toEqual([])
    view.state.selection = { anchor: 6, head: 6 }
    queued.shift()?.()
    expect(runs).toEqual([6])
  })

  it('goes ahead after a few tries when the DOM selection never matches', () => {
    const view = viewWith({ node: insideText, offset: 20 }, 5)
    const queued: (() => void)[] = []
    let ran = false
    afterDomSelectionRead(
      asView(view),
      () => (ran = true),
      (callback) => queued.push(callback),
    )
    let tries = 0
    while (queued.length > 0 && tries < 100) {
      queued.shift()?.()
      tries += 1
    }
    expect(ran).toBe(true)
    expect(tries).toBeLessThan(10)
  })

  it('does nothing once the editor is gone', () => {
    const view = viewWith({ node: insideText, offset: 5 }, 5)
    const queued: (() => void)[] = []
    let ran = false
    afterDomSelectionRead(
      asView(view),
      () => (ran = true),
      (callback) => queued.push(callback),
    )
    view.isDestroyed = true
    queued.shift()?.()
    expect(ran).toBe(false)
  })
})
