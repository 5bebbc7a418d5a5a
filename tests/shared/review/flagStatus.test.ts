import { describe, expect, it } from 'vitest'
import { FLAG_STATUS_POLICY, statusChangeProblem } from '../../../src/shared/review/flagStatus'

const claim = { kind: 'claim' as const, status: 'needs-source' as const, sources: [] }
const sourcedClaim = {
  ...claim,
  status: 'source-attached' as const,
  sources: [
    {
      id: 's1',
      url: 'https://example.org/study',
      doi: null,
      pmid: null,
      citation: '',
      quote: '',
      note: '',
      addedAt: '2026-11-25T10:00:00.000Z',
      addedBy: { id: 'r1', name: 'Robin' },
    },
  ],
}

describe('flag statuses', () => {
  it('starts claims as needing a source and everything else as open', () => {
    expect(FLAG_STATUS_POLICY.claim.initial).toBe('needs-source')
    expect(FLAG_STATUS_POLICY.typo.initial).toBe('open')
    expect(FLAG_STATUS_POLICY.comment.initial).toBe('open')
  })

  it('allows a typo to be fixed without a reason', () => {
    expect(
      statusChangeProblem({ kind: 'typo', status: 'open', sources: [] }, 'fixed', null),
    ).toBeNull()
  })

  it('refuses a status that does not belong to the kind', () => {
    expect(
      statusChangeProblem({ kind: 'typo', status: 'open', sources: [] }, 'verified', null),
    ).toBe('a typo flag cannot be marked “Verified”')
  })

  it.each(['not-a-claim', 'disputed'] as const)(
    'asks for a reason to mark a claim %s',
    (status) => {
      expect(statusChangeProblem(claim, status, '  ')).toMatch(/needs a reason$/)
      expect(statusChangeProblem(claim, status, 'Common knowledge')).toBeNull()
    },
  )

  it('asks for a reason to ignore a typo', () => {
    expect(
      statusChangeProblem({ kind: 'typo', status: 'open', sources: [] }, 'ignored', null),
    ).toBe('marking it “Ignored” needs a reason')
  })

  it('does not let a claim be verified before a source is attached', () => {
    expect(statusChangeProblem(claim, 'verified', null)).toBe(
      'marking it “Verified” needs a source attached first',
    )
    expect(statusChangeProblem(sourcedClaim, 'verified', null)).toBeNull()
  })
})
