import { describe, expect, it } from 'vitest'
import {
  ignoredFlagInDocument,
  ignoredReviewFlag,
  isIgnoredFlag,
} from '../../../src/renderer/checks/ignoredFlags'
import { flagOn } from '../support/checkFlags'
import { draftOf } from '../support/draftDocument'

const block = 'After dinner, a short walk of twenty minutes may lower blood sugar, a trial found.'
const now = new Date('2026-03-02T10:00:00.000Z')

function ignoreOnce(blockText: string, actual: string, ruleId?: string) {
  return ignoredReviewFlag(
    { flag: flagOn(blockText, actual, { ruleId }), blockText, blockOffset: 40 },
    now,
  )
}

describe('ignoredReviewFlag', () => {
  it('anchors the ignored flag by its text, its place and the words around it', () => {
    const ignored = ignoreOnce(block, 'twenty')
    expect(ignored.status).toBe('ignored')
    expect(ignored.ruleId).toBe('spelling/unknown-word')
    expect(ignored.anchor).toEqual({
      start: 40 + block.indexOf('twenty'),
      end: 40 + block.indexOf('twenty') + 'twenty'.length,
      exact: 'twenty',
      prefix: 'After dinner, a short walk of ',
      suffix: ' minutes may lower blood sugar, ',
    })
    expect(ignored.history).toEqual([
      { at: now.toISOString(), by: 'editor', change: 'ignored once' },
    ])
  })
})

describe('isIgnoredFlag', () => {
  const ignored = [ignoreOnce(block, 'twenty')]

  it('hides the same rule on the same text with the same words around it', () => {
    expect(isIgnoredFlag(flagOn(block, 'twenty'), block, ignored)).toBe(true)
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

  it('needs the whole context to match exactly near the edge of the block', () => {
    const atStart = [ignoreOnce(block, 'After')]
    expect(isIgnoredFlag(flagOn(block, 'After'), block, atStart)).toBe(true)
    const moved = `Yes. ${block}`
    expect(isIgnoredFlag(flagOn(moved, 'After'), moved, atStart)).toBe(false)
  })

  it('only counts review flags that are ignored', () => {
    const reopened = ignored.map((flag) => ({ ...flag, status: 'open' as const }))
    expect(isIgnoredFlag(flagOn(block, 'twenty'), block, reopened)).toBe(false)
  })
})

describe('ignoredFlagInDocument', () => {
  const intro = 'Evening walks.'
  const doc = draftOf(intro, block)

  it('anchors a flag of the second block after the first block’s text and a blank line', () => {
    const flag = flagOn(block, 'twenty')
    const blockStart = intro.length + 3
    const ignored = ignoredFlagInDocument(
      doc,
      { flag, from: blockStart + flag.start, to: blockStart + flag.end },
      now,
    )
    expect(ignored?.anchor.start).toBe(intro.length + 2 + flag.start)
    expect(ignored && isIgnoredFlag(flag, block, [ignored])).toBe(true)
  })

  it('gives nothing for a flag outside every block', () => {
    const flag = flagOn(block, 'twenty')
    expect(ignoredFlagInDocument(doc, { flag, from: 1, to: 40 }, now)).toBeNull()
  })
})
