import { describe, expect, it } from 'vitest'
import {
  storedFlagClasses,
  storedFlagDecorations,
} from '../../../src/renderer/review/storedFlagDecorations'
import type { FlagStatus, ReviewFlag } from '../../../src/shared/review/reviewSchema'
import { draftOf } from '../support/draftDocument'

function storedFlag(overrides: Partial<ReviewFlag>): ReviewFlag {
  return {
    id: 'flag-1',
    kind: 'claim',
    origin: 'manual',
    ruleId: 'manual/needs-source',
    severity: 'warning',
    message: 'Needs a source',
    expected: [],
    status: 'needs-source',
    statusReason: null,
    anchor: { start: 0, end: 7, exact: 'Walking', prefix: '', suffix: ' helps.' },
    orphaned: false,
    createdAt: '2026-11-25T10:00:00.000Z',
    createdBy: { id: 'r', name: 'R' },
    sources: [],
    notes: [],
    history: [],
    ...overrides,
  }
}

describe('storedFlagClasses', () => {
  it('draws a manual flag by its kind and origin', () => {
    expect(storedFlagClasses(storedFlag({ kind: 'comment', status: 'open' }))).toBe(
      'stored-flag stored-flag--comment stored-flag--manual',
    )
  })

  it.each<[ReviewFlag['kind'], FlagStatus]>([
    ['typo', 'fixed'],
    ['typo', 'ignored'],
    ['claim', 'verified'],
    ['claim', 'not-a-claim'],
    ['medical', 'resolved'],
  ])('fades a %s flag once it is %s', (kind, status) => {
    expect(storedFlagClasses(storedFlag({ kind, status }))).toContain('stored-flag--closed')
  })

  it.each<FlagStatus>(['needs-source', 'source-attached', 'disputed'])(
    'keeps a claim that is %s at full strength',
    (status) => {
      expect(storedFlagClasses(storedFlag({ status }))).not.toContain('stored-flag--closed')
    },
  )

  it('leaves out an automatic flag ignored once, and an orphan', () => {
    expect(
      storedFlagClasses(storedFlag({ origin: 'check', kind: 'typo', status: 'ignored' })),
    ).toBe(null)
    expect(storedFlagClasses(storedFlag({ orphaned: true }))).toBe(null)
  })

  it.each<ReviewFlag['kind']>(['typo', 'furniture'])(
    'leaves an automatic %s flag restored after ignoring it to the checks to underline',
    (kind) => {
      expect(storedFlagClasses(storedFlag({ origin: 'check', kind, status: 'open' }))).toBe(null)
    },
  )

  it('draws an automatic claim restored after "Not a claim", like one kept to work on', () => {
    expect(storedFlagClasses(storedFlag({ origin: 'check', status: 'needs-source' }))).toContain(
      'stored-flag--claim',
    )
  })

  it('draws an automatic flag kept to work on', () => {
    expect(storedFlagClasses(storedFlag({ origin: 'check' }))).toBe(
      'stored-flag stored-flag--claim stored-flag--check',
    )
  })
})

describe('storedFlagDecorations', () => {
  const doc = draftOf('Walking helps.')

  it('highlights each drawn flag over its range, marking comments and medical questions', () => {
    const claim = storedFlag({ id: 'claim' })
    const comment = storedFlag({ id: 'comment', kind: 'comment', status: 'open' })
    const set = storedFlagDecorations(doc, [
      { flag: claim, from: 1, to: 8 },
      { flag: comment, from: 9, to: 14 },
    ])
    const found = set.find()
    const flags = found.filter((decoration) => decoration.from + 1 < decoration.to)
    expect(flags.map(({ from, to }) => [from, to])).toEqual([
      [1, 8],
      [9, 14],
    ])
    const markers = found.filter((decoration) => decoration.from + 1 === decoration.to)
    expect(markers.map(({ from }) => from)).toEqual([9])
  })

  it('draws nothing for a flag whose words were deleted', () => {
    const set = storedFlagDecorations(doc, [{ flag: storedFlag({}), from: 5, to: 5 }])
    expect(set.find()).toEqual([])
  })
})
