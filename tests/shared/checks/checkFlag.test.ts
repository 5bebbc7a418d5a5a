import { describe, expect, it } from 'vitest'
import { createFlag, flagId, shiftFlag } from '../../../src/shared/checks/checkFlag'

const fields = {
  kind: 'typo' as const,
  ruleId: 'spelling/unknown-word',
  severity: 'error' as const,
  start: 4,
  end: 11,
  actual: 'hospitl',
  message: '“hospitl” is not in the en-US dictionary',
  suggestions: ['hospital'],
}

describe('flag ids', () => {
  it('are the same for the same rule, offsets and text', () => {
    expect(createFlag(fields).id).toBe(createFlag({ ...fields }).id)
  })

  it('change when the offsets or the text change', () => {
    const id = flagId('spelling/unknown-word', 4, 11, 'hospitl')
    expect(flagId('spelling/unknown-word', 5, 12, 'hospitl')).not.toBe(id)
    expect(flagId('spelling/unknown-word', 4, 11, 'hospitel')).not.toBe(id)
  })

  it('are recomputed when a flag is moved into the joined document', () => {
    const moved = shiftFlag(createFlag(fields), 100)
    expect([moved.start, moved.end]).toEqual([104, 111])
    expect(moved.id).toBe(flagId('spelling/unknown-word', 104, 111, 'hospitl'))
  })
})
