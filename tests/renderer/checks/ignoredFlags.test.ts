import { describe, expect, it } from 'vitest'
import { checkBlock } from '../../../src/shared/checks/checkDocument'
import { ignoredReviewFlag, isIgnoredFlag } from '../../../src/renderer/checks/ignoredFlags'
import { spellCheckerForTests } from '../../shared/checks/spellCheckerForTests'

const BLOCK = 'The hospitl opened a new ward on the east side of town.'
const NOW = new Date('2026-05-01T10:00:00.000Z')

function unknownWordFlag() {
  const [flag] = checkBlock(BLOCK, { spellChecker: spellCheckerForTests(), kinds: ['typo'] })
  if (flag === undefined) throw new Error('expected a flag for “hospitl”')
  return flag
}

describe('ignored flags', () => {
  it('keep a flag ignored once in the same place', () => {
    const flag = unknownWordFlag()
    const ignored = ignoredReviewFlag({ flag, blockText: BLOCK, blockOffset: 0 }, NOW)
    expect(isIgnoredFlag(flag, BLOCK, [ignored])).toBe(true)
  })

  it('keep a flag ignored when the review saved it under the id from before the namespaces', () => {
    const flag = unknownWordFlag()
    const ignored = ignoredReviewFlag({ flag, blockText: BLOCK, blockOffset: 0 }, NOW)
    const savedBeforeNamespaces = { ...ignored, ruleId: 'spelling' }
    expect(isIgnoredFlag(flag, BLOCK, [savedBeforeNamespaces])).toBe(true)
  })

  it('do not hide a flag of another rule on the same text', () => {
    const flag = unknownWordFlag()
    const ignored = ignoredReviewFlag({ flag, blockText: BLOCK, blockOffset: 0 }, NOW)
    expect(isIgnoredFlag(flag, BLOCK, [{ ...ignored, ruleId: 'spelling/name' }])).toBe(false)
  })
})
