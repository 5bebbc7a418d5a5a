import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { invokeChannel } from '../../../src/main/api/invokeChannel'
import type { Reviewers } from '../../../src/shared/api/channels'
import type { AuditVerification } from '../../../src/shared/audit/auditVerification'
import type { ReviewerProfile } from '../../../src/shared/review/reviewerSchema'
import type { DocumentNode, Review, ReviewFlag } from '../../../src/shared/review/reviewSchema'
import {
  changesSinceSignOff,
  reviewStatus,
  signOffState,
} from '../../../src/shared/review/signOffState'
import { documentText } from '../../../src/shared/text/documentText'
import type { TestWorkspace } from '../support/testWorkspace'
import { base64, openTestWorkspace } from '../support/testWorkspace'

const DRAFT = [
  'Morning Light',
  'Daylight before nine helps set the body clock. A recent trial found it halves insomnia. Most people notice a change within a week.',
  'Sunlight also lifts mood in winter.',
].join('\n\n')
const PASSPHRASE = 'plum-lantern-quietly-0427'

async function call<Value>(workspace: TestWorkspace, name: string, input: unknown): Promise<Value> {
  const result = await invokeChannel(name, input, workspace.context)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as Value
}

async function refusal(workspace: TestWorkspace, name: string, input: unknown) {
  const result = await invokeChannel(name, input, workspace.context)
  if (result.ok) throw new Error(`${name} was expected to be refused`)
  return result.error
}

function rangeOf(review: Review, quote: string) {
  const start = documentText(review.content).text.indexOf(quote)
  return { start, end: start + quote.length, exact: quote }
}

function replacedText(content: DocumentNode, from: string, to: string): DocumentNode {
  return JSON.parse(JSON.stringify(content).replace(from, to)) as DocumentNode
}

async function save(workspace: TestWorkspace, review: Review, content: DocumentNode) {
  return call<{ contentHash: string }>(workspace, 'saveContent', {
    reviewId: review.id,
    metadata: review.metadata,
    content,
    anchors: [],
  })
}

async function auditActions(workspace: TestWorkspace, reviewId: string) {
  const log = await readFile(path.join(workspace.dataDir, 'audit', `${reviewId}.jsonl`), 'utf8')
  return log
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { action: string; details: Record<string, unknown> })
}

async function importDraft(workspace: TestWorkspace): Promise<Review> {
  return call<Review>(workspace, 'importFile', {
    fileName: 'morning-light.txt',
    dataBase64: base64(DRAFT),
  })
}

describe('signing off through the API', () => {
  let workspace: TestWorkspace

  afterEach(async () => {
    await workspace.close()
  })

  it('asks a reviewer without a passphrase to set one, and never sends the hash', async () => {
    workspace = await openTestWorkspace()
    const review = await importDraft(workspace)
    const unset = await refusal(workspace, 'signOff', {
      reviewId: review.id,
      meaning: 'approved',
      note: '',
      contentHash: review.contentHash,
      passphrase: PASSPHRASE,
    })
    expect(unset.code).toBe('no-passphrase')

    const profile = await call<ReviewerProfile>(workspace, 'setReviewerPassphrase', {
      passphrase: PASSPHRASE,
    })
    expect(profile.hasPassphrase).toBe(true)
    const { reviewers } = await call<Reviewers>(workspace, 'getReviewers', {})
    expect(reviewers[0]).toMatchObject({ hasPassphrase: true })
    expect(reviewers[0]).not.toHaveProperty('passphrase')
  })

  it('refuses "Approved" while claims are open, then records an override with its reason', async () => {
    workspace = await openTestWorkspace()
    await call(workspace, 'setReviewerPassphrase', { passphrase: PASSPHRASE })
    const review = await importDraft(workspace)
    const [trial, week] = await Promise.all(
      ['A recent trial found it halves insomnia.', 'within a week'].map((quote) =>
        call<ReviewFlag>(workspace, 'createFlag', {
          reviewId: review.id,
          kind: 'claim',
          range: rangeOf(review, quote),
        }),
      ),
    )
    const approve = {
      reviewId: review.id,
      meaning: 'approved',
      note: 'Checked against the trial report.',
      contentHash: review.contentHash,
      passphrase: PASSPHRASE,
    }

    const gated = await refusal(workspace, 'signOff', approve)
    expect(gated.code).toBe('open-claims')
    expect(gated.message).toContain('2 claims are still open')
    expect((await call<Review>(workspace, 'openReview', { id: review.id })).signOffs).toEqual([])

    await call(workspace, 'attachSource', {
      reviewId: review.id,
      flagId: trial?.id,
      source: { url: null, doi: '10.1000/light.12', pmid: null, quote: '', note: '' },
    })
    await call(workspace, 'setFlagStatus', {
      reviewId: review.id,
      flagId: trial?.id,
      status: 'verified',
    })
    const signed = await call<Review>(workspace, 'signOff', {
      ...approve,
      overrideReason: 'The week is the author’s own observation, labelled as such.',
    })

    const [signOff] = signed.signOffs
    expect(signOff).toMatchObject({
      meaning: 'approved',
      name: 'Robin Test',
      credentials: 'MD',
      role: 'medical-reviewer',
      contentHash: review.contentHash,
      override: {
        reason: 'The week is the author’s own observation, labelled as such.',
        openClaims: [{ flagId: week?.id, exact: 'within a week' }],
      },
    })
    expect(signOff?.signedAt).toMatch(/[+-]\d\d:\d\d$/)
    const version = signed.versions.find((kept) => kept.number === signOff?.versionNumber)
    expect(version).toMatchObject({ reason: 'signed', contentHash: review.contentHash })
    expect(version?.content).toEqual(review.content)

    const entry = (await auditActions(workspace, review.id)).at(-1)
    expect(entry).toMatchObject({
      action: 'review.signed-off',
      details: {
        meaning: 'approved',
        override: { reason: 'The week is the author’s own observation, labelled as such.' },
      },
    })
    const verification = await call<AuditVerification>(workspace, 'verifyAuditTrail', {
      reviewId: review.id,
    })
    expect(verification.intact).toBe(true)
    expect(workspace.context.store.listReviews()[0]?.status).toBe('approved')
  })

  it('signs nothing with a wrong passphrase and records the failed attempt', async () => {
    workspace = await openTestWorkspace()
    await call(workspace, 'setReviewerPassphrase', { passphrase: PASSPHRASE })
    const review = await importDraft(workspace)
    const wrong = await refusal(workspace, 'signOff', {
      reviewId: review.id,
      meaning: 'changes-required',
      note: '',
      contentHash: review.contentHash,
      passphrase: 'plum-lantern-loudly-0427',
    })
    expect(wrong.code).toBe('wrong-passphrase')
    const after = await call<Review>(workspace, 'openReview', { id: review.id })
    expect(after.signOffs).toEqual([])
    expect(after.versions).toEqual(review.versions)
    expect((await auditActions(workspace, review.id)).at(-1)).toMatchObject({
      action: 'sign-off.refused',
      details: { reason: 'wrong passphrase', meaning: 'changes-required' },
    })
  })

  it('goes stale after an edit and is current again after reverting or signing again', async () => {
    workspace = await openTestWorkspace()
    await call(workspace, 'setReviewerPassphrase', { passphrase: PASSPHRASE })
    const review = await importDraft(workspace)
    const sign = (contentHash: string) =>
      call<Review>(workspace, 'signOff', {
        reviewId: review.id,
        meaning: 'approved-with-changes',
        note: 'Fine once the trial is cited.',
        contentHash,
        passphrase: PASSPHRASE,
      })
    const signed = await sign(review.contentHash)
    const signOff = signed.signOffs[0]
    if (!signOff) throw new Error('no sign-off')

    const edited = replacedText(review.content, 'halves insomnia', 'reduces insomnia')
    const afterEdit = await save(workspace, review, edited)
    const stale = await call<Review>(workspace, 'openReview', { id: review.id })
    expect(afterEdit.contentHash).not.toBe(review.contentHash)
    expect(signOffState(stale).latest?.current).toBe(false)
    expect(reviewStatus(stale)).toBe('in-review')

    const diff = changesSinceSignOff(stale, signOff, stale)
    const changed = diff?.segments.filter((segment) => segment.kind !== 'same')
    expect(changed?.map((segment) => [segment.kind, segment.text.trim()])).toEqual([
      ['removed', 'A recent trial found it halves insomnia.'],
      ['added', 'A recent trial found it reduces insomnia.'],
    ])

    await save(workspace, stale, review.content)
    const reverted = await call<Review>(workspace, 'openReview', { id: review.id })
    expect(signOffState(reverted).latest?.current).toBe(true)
    expect(reviewStatus(reverted)).toBe('approved-with-changes')

    await save(workspace, reverted, edited)
    const signedAgain = await sign(afterEdit.contentHash)
    expect(signOffState(signedAgain).latest?.current).toBe(true)
    expect(signedAgain.signOffs).toHaveLength(2)
  })

  it('refuses to sign a text other than the saved one, and a reviewer who is not medical', async () => {
    workspace = await openTestWorkspace()
    await call(workspace, 'setReviewerPassphrase', { passphrase: PASSPHRASE })
    const review = await importDraft(workspace)
    const changed = await refusal(workspace, 'signOff', {
      reviewId: review.id,
      meaning: 'approved-with-changes',
      note: '',
      contentHash: 'f'.repeat(64),
      passphrase: PASSPHRASE,
    })
    expect(changed.code).toBe('text-changed')

    await call(workspace, 'createReviewer', {
      name: 'Sam Ortiz',
      role: 'associate-editor',
      credentials: '',
    })
    await call(workspace, 'setReviewerPassphrase', { passphrase: PASSPHRASE })
    const editor = await refusal(workspace, 'signOff', {
      reviewId: review.id,
      meaning: 'approved-with-changes',
      note: '',
      contentHash: review.contentHash,
      passphrase: PASSPHRASE,
    })
    expect(editor.code).toBe('not-a-medical-reviewer')
  })

  it('changes a passphrase only with the current one, recording each attempt', async () => {
    workspace = await openTestWorkspace()
    await call(workspace, 'setReviewerPassphrase', { passphrase: PASSPHRASE })
    const wrong = await refusal(workspace, 'setReviewerPassphrase', {
      passphrase: 'a-second-passphrase',
      currentPassphrase: 'not-the-first-one',
    })
    expect(wrong.code).toBe('wrong-passphrase')
    await call(workspace, 'setReviewerPassphrase', {
      passphrase: 'a-second-passphrase',
      currentPassphrase: PASSPHRASE,
    })
    const log = await readFile(path.join(workspace.dataDir, 'audit', 'reviewers.jsonl'), 'utf8')
    expect(
      log
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { action: string }).action),
    ).toEqual([
      'reviewer.passphrase-set',
      'reviewer.passphrase-change-refused',
      'reviewer.passphrase-changed',
    ])
  })

  it('keeps the passphrase out of every file of the data folder and every message', async () => {
    workspace = await openTestWorkspace()
    const tooShort = await refusal(workspace, 'setReviewerPassphrase', { passphrase: 'plum-42' })
    expect(tooShort.message).not.toContain('plum-42')
    await call(workspace, 'setReviewerPassphrase', { passphrase: PASSPHRASE })
    const review = await importDraft(workspace)
    const wrong = await refusal(workspace, 'signOff', {
      reviewId: review.id,
      meaning: 'approved',
      note: '',
      contentHash: review.contentHash,
      passphrase: `${PASSPHRASE}-typo`,
    })
    expect(wrong.message).not.toContain(PASSPHRASE)
    await call(workspace, 'signOff', {
      reviewId: review.id,
      meaning: 'approved',
      note: '',
      contentHash: review.contentHash,
      passphrase: PASSPHRASE,
    })
    await workspace.context.reviewers.flush()

    const files = await workspace.snapshot()
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'reviewers.json',
        `audit/${review.id}.jsonl`,
        'audit/reviewers.jsonl',
      ]),
    )
    for (const [file, text] of Object.entries(files)) {
      expect(text, file).not.toContain(PASSPHRASE)
      expect(text, file).not.toContain(base64(PASSPHRASE))
    }
  })
})
