import { describe, expect, it } from 'vitest'
import { checkFlagRange, isIgnoredFlag } from '../../../src/renderer/checks/ignoredFlags'
import { anchorAt } from '../../../src/shared/anchoring/anchorAt'
import type { FlagStatus, ReviewFlag } from '../../../src/shared/review/reviewSchema'
import { documentText } from '../../../src/shared/text/documentText'
import { flagOn } from '../support/checkFlags'
import { draftOf } from '../support/draftDocument'

const intro = 'Evening walks.'
const block = 'After dinner, a short walk of twenty minutes may lower blood sugar, a trial found.'

/** A dismissed flag as main stores it: anchored in the whole document's text. */
function dismissed(actual: string, status: FlagStatus = 'ignored', ruleId?: string): ReviewFlag {
  const text = documentText(draftOf(intro, block).toJSON()).text
  const start = text.indexOf(actual, intro.length)
  const check = flagOn(block, actual, { ruleId })
  return {
    id: `dismissed-${actual}`,
    kind: check.kind,
    origin: 'check',
    ruleId: check.ruleId,
    severity: check.severity,
    message: check.message,
    expected: check.suggestions,
    status,
    statusReason: 'House style',
    anchor: anchorAt(text, start, start + actual.length),
    orphaned: false,
    createdAt: '2026-03-02T10:00:00.000Z',
    createdBy: { id: 'r', name: 'Robin' },
    sources: [],
    notes: [],
    history: [],
  }
}

describe('isIgnoredFlag', () => {
  const ignored = [dismissed('twenty')]

  it('hides the same rule on the same text with the same words around it', () => {
    expect(isIgnoredFlag(flagOn(block, 'twenty'), block, ignored)).toBe(true)
  })

  it('hides a claim marked "not a claim" too', () => {
    expect(
      isIgnoredFlag(flagOn(block, 'twenty'), block, [dismissed('twenty', 'not-a-claim')]),
    ).toBe(true)
  })

  it('still hides it when the block changed further away than the matched context', () => {
    const edited = block
      .replace('After dinner', 'After supper')
      .replace('a trial found', 'one trial showed')
    expect(isIgnoredFlag(flagOn(edited, 'twenty'), edited, ignored)).toBe(true)
  })

  it('shows the flag again when the words right around it changed', () => {
    const before = block.replace('walk of twenty', 'stroll of twenty')
    const after = block.replace('twenty minutes', 'twenty mins')
    expect(isIgnoredFlag(flagOn(before, 'twenty'), before, ignored)).toBe(false)
    expect(isIgnoredFlag(flagOn(after, 'twenty'), after, ignored)).toBe(false)
  })

  it('does not hide another rule on the same text, or the same rule on other text', () => {
    expect(
      isIgnoredFlag(flagOn(block, 'twenty', { ruleId: 'grammar/other' }), block, ignored),
    ).toBe(false)
    expect(isIgnoredFlag(flagOn(block, 'minutes'), block, ignored)).toBe(false)
  })

  it('reads the stored context only inside the block, so a flag at a block’s start still matches', () => {
    const atStart = [dismissed('After')]
    expect(atStart[0]?.anchor.prefix).toBe(`${intro}\n\n`)
    expect(isIgnoredFlag(flagOn(block, 'After'), block, atStart)).toBe(true)
    const moved = `Yes. ${block}`
    expect(isIgnoredFlag(flagOn(moved, 'After'), moved, atStart)).toBe(false)
  })

  it('only counts review flags that are dismissed', () => {
    const reopened = ignored.map((flag) => ({ ...flag, status: 'open' as const }))
    expect(isIgnoredFlag(flagOn(block, 'twenty'), block, reopened)).toBe(false)
  })
})

describe('checkFlagRange', () => {
  const doc = draftOf(intro, block)

  it('gives a flag of the second block its range in the text model, after a blank line', () => {
    const flag = flagOn(block, 'twenty')
    const blockStart = intro.length + 3
    const range = checkFlagRange(doc, {
      flag,
      from: blockStart + flag.start,
      to: blockStart + flag.end,
    })
    expect(range).toEqual({
      start: intro.length + 2 + flag.start,
      end: intro.length + 2 + flag.end,
      exact: 'twenty',
    })
  })

  it('gives nothing when the words there are not the flag’s any more', () => {
    const flag = flagOn(block, 'twenty')
    expect(checkFlagRange(doc, { flag, from: 1, to: 7 })).toBeNull()
  })
})
