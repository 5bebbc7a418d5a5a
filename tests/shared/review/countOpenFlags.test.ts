import { describe, expect, it } from 'vitest'
import { countOpenFlags } from '../../../src/shared/review/countOpenFlags'
import type { FlagStatus } from '../../../src/shared/review/reviewSchema'

const flags = (...statuses: FlagStatus[]) => statuses.map((status) => ({ status }))

describe('countOpenFlags', () => {
  it('counts the flags that still need work and leaves out the closed ones', () => {
    expect(
      countOpenFlags(
        flags('open', 'needs-source', 'source-attached', 'disputed', 'fixed', 'verified'),
      ),
    ).toBe(4)
    expect(countOpenFlags(flags('ignored', 'not-a-claim', 'resolved'))).toBe(0)
    expect(countOpenFlags([])).toBe(0)
  })
})
