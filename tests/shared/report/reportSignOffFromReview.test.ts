import { describe, expect, it } from 'vitest'
import { reportSignOffFromReview } from '../../../src/shared/report/reportSignOffFromReview'
import type { KeptVersion, Review, SignOff } from '../../../src/shared/review/reviewSchema'

const SIGNED_HASH = 'a'.repeat(64)
const EDITED_HASH = 'b'.repeat(64)

const signOff: SignOff = {
  id: 'sign-off-1',
  reviewerId: 'reviewer-dana',
  name: 'Dana Reyes',
  credentials: 'MD',
  role: 'medical-reviewer',
  meaning: 'approved',
  note: '',
  signedAt: '2026-11-25T14:03:00.000+01:00',
  contentHash: SIGNED_HASH,
  versionNumber: 2,
  override: {
    reason: 'The source is in print only',
    openClaims: [{ flagId: 'claim-1', exact: 'A new study reveals' }],
  },
}

/** Just the parts of a review the sign-off block reads. */
function reviewWith(signOffs: SignOff[], contentHash: string): Review {
  return {
    signOffs,
    contentHash,
    flags: [],
    versions: [{ number: 1, contentHash: SIGNED_HASH } as KeptVersion],
  } as unknown as Review
}

describe('reportSignOffFromReview', () => {
  it('reports no sign-off, and the status, for a review nobody signed', () => {
    expect(reportSignOffFromReview(reviewWith([], SIGNED_HASH))).toEqual({
      signOff: null,
      status: 'Draft · No medical sign-off',
    })
  })

  it('reports the current approval with its byline and the override of open claims', () => {
    const { signOff: reported, status } = reportSignOffFromReview(
      reviewWith([signOff], SIGNED_HASH),
    )
    expect(status).toBe('Approved')
    expect(reported).toMatchObject({
      name: 'Dana Reyes',
      meaningLabel: 'Approved',
      current: true,
      override: { reason: 'The source is in print only', claimFlagIds: ['claim-1'] },
    })
    expect(reported?.byline).toMatch(/^Medically reviewed by Dana Reyes, MD — November 25, 2026$/)
  })

  it('reports a sign-off of text that changed since as stale', () => {
    const { signOff: reported, status } = reportSignOffFromReview(
      reviewWith([signOff], EDITED_HASH),
    )
    expect(reported?.current).toBe(false)
    expect(status).toBe('In review · Changed since review')
  })
})
