import { describe, expect, it } from 'vitest'
import type {
  KeptVersion,
  Review,
  ReviewFlag,
  SignOff,
} from '../../../src/shared/review/reviewSchema'
import {
  currentByline,
  medicalByline,
  openClaims,
  reviewStatus,
  signOffState,
} from '../../../src/shared/review/signOffState'

const IMPORTED_HASH = 'a'.repeat(64)
const EDITED_HASH = 'b'.repeat(64)
const ACTOR = { id: 'reviewer-dana', name: 'Dana Reyes, MD' }

function signOff(overrides: Partial<SignOff> = {}): SignOff {
  return {
    id: `sign-off-${Math.random()}`,
    reviewerId: 'reviewer-dana',
    name: 'Dana Reyes',
    credentials: 'MD',
    role: 'medical-reviewer',
    meaning: 'approved',
    note: '',
    signedAt: '2026-11-25T14:03:00.000+01:00',
    contentHash: IMPORTED_HASH,
    versionNumber: 2,
    ...overrides,
  }
}

function claim(id: string, status: ReviewFlag['status']): ReviewFlag {
  return {
    id,
    kind: 'claim',
    origin: 'manual',
    ruleId: 'manual/needs-source',
    severity: 'warning',
    message: 'Needs a source',
    expected: [],
    status,
    statusReason: null,
    anchor: { start: 0, end: 5, exact: 'Walks', prefix: '', suffix: '' },
    orphaned: false,
    createdAt: '2026-11-25T10:00:00.000Z',
    createdBy: ACTOR,
    sources: [],
    notes: [],
    history: [],
  }
}

const importedVersion = { number: 1, contentHash: IMPORTED_HASH } as KeptVersion

type StatusInput = Pick<Review, 'signOffs' | 'contentHash' | 'flags' | 'versions'>

function review(overrides: Partial<StatusInput> = {}): StatusInput {
  return {
    signOffs: [],
    contentHash: IMPORTED_HASH,
    flags: [],
    versions: [importedVersion],
    ...overrides,
  }
}

describe('signOffState', () => {
  it('calls a sign-off current while the saved text has the hash it signed', () => {
    const state = signOffState(review({ signOffs: [signOff()] }))
    expect(state.latest?.current).toBe(true)
    expect(state.approval?.meaning).toBe('approved')
  })

  it('calls a sign-off stale once the saved text changes, and drops the approval', () => {
    const state = signOffState(review({ signOffs: [signOff()], contentHash: EDITED_HASH }))
    expect(state.latest?.current).toBe(false)
    expect(state.approval).toBeNull()
    expect(state.standing).toEqual([])
  })

  it('makes a stale sign-off current again when the text is reverted to what was signed', () => {
    const signed = review({ signOffs: [signOff()], contentHash: EDITED_HASH })
    const reverted = { ...signed, contentHash: IMPORTED_HASH }
    expect(signOffState(signed).latest?.current).toBe(false)
    expect(signOffState(reverted).latest?.current).toBe(true)
  })

  it('uses only a reviewer’s latest sign-off: signing again replaces their earlier one', () => {
    const state = signOffState(
      review({
        signOffs: [signOff({ meaning: 'changes-required' }), signOff({ meaning: 'approved' })],
      }),
    )
    expect(state.standing.map((entry) => entry.meaning)).toEqual(['approved'])
  })
})

describe('reviewStatus', () => {
  it('is Draft before anyone has flagged, edited or signed the text', () => {
    expect(reviewStatus(review())).toBe('draft')
  })

  it('is In review once there are flags or edits but no current sign-off', () => {
    expect(reviewStatus(review({ flags: [claim('c1', 'needs-source')] }))).toBe('in-review')
    expect(reviewStatus(review({ contentHash: EDITED_HASH }))).toBe('in-review')
  })

  it('is In review when the only sign-off is stale', () => {
    expect(reviewStatus(review({ signOffs: [signOff()], contentHash: EDITED_HASH }))).toBe(
      'in-review',
    )
  })

  it('follows the meaning of a current sign-off', () => {
    for (const meaning of ['approved', 'approved-with-changes', 'changes-required'] as const) {
      expect(reviewStatus(review({ signOffs: [signOff({ meaning })] }))).toBe(meaning)
    }
  })

  it('lets a current "Changes required" from one reviewer win over another’s approval', () => {
    const other = signOff({ reviewerId: 'reviewer-sam', name: 'Sam Okafor', meaning: 'approved' })
    const status = reviewStatus(
      review({ signOffs: [signOff({ meaning: 'changes-required' }), other] }),
    )
    expect(status).toBe('changes-required')
  })

  it('ignores a "Changes required" that signed an earlier text', () => {
    const stale = signOff({ meaning: 'changes-required', contentHash: EDITED_HASH })
    const other = signOff({ reviewerId: 'reviewer-sam', meaning: 'approved-with-changes' })
    expect(reviewStatus(review({ signOffs: [stale, other] }))).toBe('approved-with-changes')
  })
})

describe('openClaims', () => {
  it('lists claims needing a source, with an unverified source, or disputed, and no others', () => {
    const flags = [
      claim('needs', 'needs-source'),
      claim('attached', 'source-attached'),
      claim('disputed', 'disputed'),
      claim('verified', 'verified'),
      claim('not', 'not-a-claim'),
      { ...claim('typo', 'open'), kind: 'typo' as const },
    ]
    expect(openClaims({ flags }).map((flag) => flag.id)).toEqual(['needs', 'attached', 'disputed'])
  })
})

describe('medicalByline', () => {
  it('prints the name, credentials and the date where the reviewer signed', () => {
    expect(medicalByline(signOff({ signedAt: '2026-11-25T23:30:00.000-05:00' }))).toBe(
      'Medically reviewed by Dana Reyes, MD — November 25, 2026',
    )
  })

  it('leaves out the comma when the reviewer has no credentials', () => {
    expect(medicalByline(signOff({ credentials: '', signedAt: '2027-01-03T09:00:00Z' }))).toBe(
      'Medically reviewed by Dana Reyes — January 3, 2027',
    )
  })

  it('gives a byline only for a current approval', () => {
    expect(currentByline(review({ signOffs: [signOff()] }))).toContain('Dana Reyes, MD')
    expect(currentByline(review({ signOffs: [signOff()], contentHash: EDITED_HASH }))).toBeNull()
    expect(currentByline(review({ signOffs: [signOff({ meaning: 'changes-required' })] }))).toBe(
      null,
    )
  })
})
