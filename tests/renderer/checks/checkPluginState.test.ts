import { Plugin, type EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import {
  checkMetaTransaction,
  checkPluginKey,
  checkPluginStateField,
  type CheckMeta,
} from '../../../src/renderer/checks/checkPluginState'
import { flagDecoration } from '../../../src/renderer/checks/flagDecoration'
import type { CheckFlag } from '../../../src/shared/checks/checkFlag'
import { flagOn } from '../support/checkFlags'
import { draftState } from '../support/draftDocument'

const first = 'Walkng after dinner helps.'
const second = 'Most adults slept better.'
const third = 'The trial was small.'
// Positions: the first paragraph's text starts at 1, the second's at 29, the third's at 56.
const SECOND_BLOCK = first.length + 2

function checkedDraft(...paragraphs: string[]): EditorState {
  return draftState(paragraphs, [new Plugin({ key: checkPluginKey, state: checkPluginStateField })])
}

function pluginState(state: EditorState) {
  const value = checkPluginKey.getState(state)
  if (!value) throw new Error('the check plugin is missing')
  return value
}

function step(state: EditorState, meta: CheckMeta): EditorState {
  return state.apply(checkMetaTransaction(state, meta))
}

/** Checks the block before `blockPos` and answers with `flags`, as the worker would. */
function checked(state: EditorState, blockPos: number, flags: CheckFlag[], requestId = 1) {
  const node = state.doc.nodeAt(blockPos)
  if (!node) throw new Error(`no block at ${blockPos}`)
  const requested = step(state, {
    type: 'requested',
    blocks: [{ requestId, key: 0, pos: blockPos, text: node.textContent }],
  })
  const start = blockPos + 1
  return step(requested, {
    type: 'replace-blocks',
    requestId,
    blocks: [
      {
        key: 0,
        from: start,
        to: start + node.content.size,
        decorations: flags.map((flag) => flagDecoration(flag, start)),
      },
    ],
  })
}

/** Each underline as [from, to, the text under it]. */
function underlines(state: EditorState): [number, number, string][] {
  return pluginState(state)
    .decorations.find()
    .sort((a, b) => a.from - b.from)
    .map((decoration) => [
      decoration.from,
      decoration.to,
      state.doc.textBetween(decoration.from, decoration.to),
    ])
}

describe('the check plugin state', () => {
  it('starts with no underlines, nothing dirty and nothing pending', () => {
    const state = pluginState(checkedDraft(first))
    expect(state.decorations.find()).toEqual([])
    expect(state.dirty).toEqual([])
    expect(state.pending).toEqual([])
  })

  it('underlines an answered block at its flags and forgets the request', () => {
    const state = checked(checkedDraft(first, second), 0, [flagOn(first, 'Walkng')])
    expect(underlines(state)).toEqual([[1, 7, 'Walkng']])
    expect(pluginState(state).pending).toEqual([])
  })

  it('moves underlines with their text when the reviewer types before them', () => {
    const state = checked(checkedDraft(first, second), SECOND_BLOCK, [flagOn(second, 'slept')])
    expect(underlines(state)).toEqual([[41, 46, 'slept']])
    const inOtherBlock = state.apply(state.tr.insertText('Quite ', 1))
    expect(underlines(inOtherBlock)).toEqual([[47, 52, 'slept']])
    const inSameBlock = inOtherBlock.apply(inOtherBlock.tr.insertText('really ', 47))
    expect(underlines(inSameBlock)).toEqual([[54, 59, 'slept']])
  })

  it('drops an underline whose text was deleted', () => {
    const state = checked(checkedDraft(first), 0, [flagOn(first, 'Walkng')])
    expect(underlines(state.apply(state.tr.delete(1, 7)))).toEqual([])
  })

  it('marks what an edit changed as dirty, merging nearby ranges, until it is requested', () => {
    let state = checkedDraft(first, second, third)
    state = state.apply(state.tr.insertText('x', 3))
    state = state.apply(state.tr.insertText('y', 5))
    state = state.apply(state.tr.insertText('z', 58))
    expect(pluginState(state).dirty).toEqual([
      { from: 3, to: 6 },
      { from: 58, to: 59 },
    ])
    state = step(state, { type: 'requested', blocks: [] })
    expect(pluginState(state).dirty).toEqual([])
  })

  it('merges ranges marked dirty by a step with those already dirty', () => {
    let state = checkedDraft(first, second)
    state = step(state, { type: 'mark-dirty', ranges: [{ from: 20, to: 25 }] })
    state = step(state, {
      type: 'mark-dirty',
      ranges: [
        { from: 2, to: 4 },
        { from: 10, to: 19 },
      ],
    })
    expect(pluginState(state).dirty).toEqual([
      { from: 2, to: 4 },
      { from: 10, to: 25 },
    ])
  })

  it('maps the position of a pending request through edits made while it runs', () => {
    let state = step(checkedDraft(first, second), {
      type: 'requested',
      blocks: [{ requestId: 7, key: 0, pos: SECOND_BLOCK, text: second }],
    })
    state = state.apply(state.tr.insertText('Quite ', 1))
    expect(pluginState(state).pending).toEqual([
      { requestId: 7, key: 0, pos: SECOND_BLOCK + 6, text: second },
    ])
  })

  it('replaces only the answered block’s underlines and keeps other requests pending', () => {
    let state = checked(checkedDraft(first, second), 0, [flagOn(first, 'Walkng')])
    state = checked(state, SECOND_BLOCK, [flagOn(second, 'adults', { kind: 'claim' })], 2)
    state = step(state, {
      type: 'requested',
      blocks: [{ requestId: 3, key: 0, pos: SECOND_BLOCK, text: second }],
    })
    state = checked(state, 0, [flagOn(first, 'dinner')], 4)
    expect(underlines(state)).toEqual([
      [14, 20, 'dinner'],
      [34, 40, 'adults'],
    ])
    expect(pluginState(state).pending.map((block) => block.requestId)).toEqual([3])
  })

  it('removes one flag’s underline and keeps another flag on the same words', () => {
    const typo = flagOn(first, 'Walkng')
    const claim = flagOn(first, 'Walkng', { ruleId: 'claims/health', kind: 'claim' })
    const state = checked(checkedDraft(first), 0, [typo, claim])
    const removed = step(state, { type: 'remove-flag', flagId: typo.id, from: 1, to: 7 })
    expect(
      pluginState(removed)
        .decorations.find()
        .map((decoration) => decoration.spec as { flag: CheckFlag })
        .map(({ flag }) => flag.ruleId),
    ).toEqual(['claims/health'])
  })

  it('keeps its steps out of the undo history', () => {
    const transaction = checkMetaTransaction(checkedDraft(first), { type: 'requested', blocks: [] })
    expect(transaction.getMeta('addToHistory')).toBe(false)
  })
})
