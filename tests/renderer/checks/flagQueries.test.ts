import { Plugin, TextSelection, type EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import {
  checkMetaTransaction,
  checkPluginKey,
  checkPluginStateField,
} from '../../../src/renderer/checks/checkPluginState'
import { flagDecoration } from '../../../src/renderer/checks/flagDecoration'
import { adjacentFlag, flagAt, flagsInState } from '../../../src/renderer/checks/flagQueries'
import type { CheckFlag } from '../../../src/shared/checks/checkFlag'
import { flagOn } from '../support/checkFlags'
import { draftState } from '../support/draftDocument'

const text = 'Walkng after dinner may halve the risk, a studdy says.'
const walkng = flagOn(text, 'Walkng')
const claim = flagOn(text, 'may halve the risk', { ruleId: 'claims/risk', kind: 'claim' })
const halve = flagOn(text, 'halve', { ruleId: 'grammar/example' })
const studdy = flagOn(text, 'studdy')

/** One paragraph with these flags underlined and the cursor at `cursor`. */
function flaggedState(flags: CheckFlag[], cursor = 1): EditorState {
  const state = draftState(
    [text],
    [new Plugin({ key: checkPluginKey, state: checkPluginStateField })],
  )
  const withFlags = state.apply(
    checkMetaTransaction(state, {
      type: 'replace-blocks',
      requestId: 1,
      blocks: [
        {
          key: 0,
          from: 1,
          to: 1 + text.length,
          decorations: flags.map((flag) => flagDecoration(flag, 1)),
        },
      ],
    }),
  )
  return withFlags.apply(withFlags.tr.setSelection(TextSelection.create(withFlags.doc, cursor)))
}

const actual = (found: { flag: CheckFlag } | null) => found?.flag.actual ?? null

describe('flag queries', () => {
  it('lists the flags in document order', () => {
    expect(flagsInState(flaggedState([studdy, halve, walkng, claim])).map(actual)).toEqual([
      'Walkng',
      'may halve the risk',
      'halve',
      'studdy',
    ])
  })

  it('finds the narrowest flag around a position', () => {
    const state = flaggedState([walkng, claim, halve])
    const halveAt = 1 + text.indexOf('halve') + 2
    expect(actual(flagAt(state, halveAt))).toBe('halve')
    expect(actual(flagAt(state, 1 + text.indexOf('risk')))).toBe('may halve the risk')
    expect(flagAt(state, 1 + text.indexOf('dinner'))).toBeNull()
  })

  it('goes to the next flag after the cursor and wraps around at the end', () => {
    const flags = [walkng, claim, studdy]
    expect(actual(adjacentFlag(flaggedState(flags, 1 + text.indexOf('after')), 1))).toBe(
      'may halve the risk',
    )
    expect(actual(adjacentFlag(flaggedState(flags, 1 + text.indexOf('says')), 1))).toBe('Walkng')
  })

  it('goes first to a flag that starts right at the cursor, then past it once it is selected', () => {
    const flags = [walkng, claim, studdy]
    expect(actual(adjacentFlag(flaggedState(flags, 1), 1))).toBe('Walkng')
    const selected = flaggedState(flags, 1)
    const onWalkng = selected.apply(
      selected.tr.setSelection(TextSelection.create(selected.doc, 1, 1 + 'Walkng'.length)),
    )
    expect(actual(adjacentFlag(onWalkng, 1))).toBe('may halve the risk')
  })

  it('goes to the previous flag before the cursor and wraps around at the start', () => {
    const flags = [walkng, claim, studdy]
    expect(actual(adjacentFlag(flaggedState(flags, 1 + text.indexOf('says')), -1))).toBe('studdy')
    expect(actual(adjacentFlag(flaggedState(flags, 1), -1))).toBe('studdy')
  })

  it('can keep to one kind of flag, and finds nothing when there is none', () => {
    expect(actual(adjacentFlag(flaggedState([walkng, claim, studdy]), 1, 'claim'))).toBe(
      'may halve the risk',
    )
    expect(adjacentFlag(flaggedState([walkng]), 1, 'furniture')).toBeNull()
  })
})
