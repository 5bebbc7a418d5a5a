import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { invokeChannel } from '../../../src/main/api/invokeChannel'
import type { AuditVerification } from '../../../src/shared/audit/auditVerification'
import type { ReviewerProfile } from '../../../src/shared/review/reviewerSchema'
import type { Review, ReviewFlag } from '../../../src/shared/review/reviewSchema'
import { documentText } from '../../../src/shared/text/documentText'
import type { TestWorkspace } from '../support/testWorkspace'
import { base64, openTestWorkspace, TEST_REVIEWER } from '../support/testWorkspace'

const DRAFT = 'Evening Walks\n\nA new study reveals that walking helps you sleep.\n\nIts easy.'

async function call<Value>(workspace: TestWorkspace, name: string, input: unknown): Promise<Value> {
  const result = await invokeChannel(name, input, workspace.context)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as Value
}

function rangeOf(review: Review, quote: string) {
  const start = documentText(review.content).text.indexOf(quote)
  return { start, end: start + quote.length, exact: quote }
}

describe('review commands through the API', () => {
  let workspace: TestWorkspace

  afterEach(async () => {
    await workspace.close()
  })

  it('refuses every change until someone says who is reviewing, and writes nothing', async () => {
    workspace = await openTestWorkspace({ withReviewer: false })
    const before = await workspace.snapshot()
    const result = await invokeChannel(
      'importFile',
      { fileName: 'walks.txt', dataBase64: base64(DRAFT) },
      workspace.context,
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'no-reviewer' } })
    if (!result.ok) expect(result.error.message).toMatch(/^Say who is reviewing first/)
    expect(await workspace.snapshot()).toEqual(before)
  })

  it('records each change with the reviewer at the keyboard, and switching changes the actor', async () => {
    workspace = await openTestWorkspace()
    const review = await call<Review>(workspace, 'importFile', {
      fileName: 'walks.txt',
      dataBase64: base64(DRAFT),
    })
    const flag = await call<ReviewFlag>(workspace, 'createFlag', {
      reviewId: review.id,
      kind: 'claim',
      range: rangeOf(review, 'A new study reveals'),
    })
    expect(flag.createdBy.name).toBe(`${TEST_REVIEWER.name}, ${TEST_REVIEWER.credentials}`)

    const second = await call<ReviewerProfile>(workspace, 'createReviewer', {
      name: 'Sam Ortiz',
      role: 'associate-editor',
      credentials: '',
    })
    expect(await call(workspace, 'getReviewers', {})).toMatchObject({
      activeReviewerId: second.id,
    })
    await call(workspace, 'addFlagNote', { reviewId: review.id, flagId: flag.id, text: 'Which?' })

    const log = (await readFile(auditFile(workspace, review.id), 'utf8')).trim().split('\n')
    expect(
      log.map((line) => JSON.parse(line) as { action: string; actor: { name: string } }),
    ).toEqual([
      expect.objectContaining({
        action: 'review.created',
        actor: expect.objectContaining({ name: 'Robin Test, MD' }),
      }),
      expect.objectContaining({
        action: 'flag.created',
        actor: expect.objectContaining({ name: 'Robin Test, MD' }),
      }),
      expect.objectContaining({
        action: 'flag.note-added',
        actor: expect.objectContaining({ name: 'Sam Ortiz' }),
      }),
    ])
  })

  it('attaches a source given by its fields or shared from another claim, and refuses a malformed one', async () => {
    workspace = await openTestWorkspace()
    const review = await call<Review>(workspace, 'importFile', {
      fileName: 'walks.txt',
      dataBase64: base64(DRAFT),
    })
    const [study, sleep] = await Promise.all(
      ['A new study reveals', 'helps you sleep'].map((quote) =>
        call<ReviewFlag>(workspace, 'createFlag', {
          reviewId: review.id,
          kind: 'claim',
          range: rangeOf(review, quote),
        }),
      ),
    )
    const sourced = await call<ReviewFlag>(workspace, 'attachSource', {
      reviewId: review.id,
      flagId: study?.id,
      source: { url: null, doi: 'doi:10.1000/sleep.7', pmid: null, quote: '', note: '' },
    })
    expect(sourced.sources[0]).toMatchObject({ doi: '10.1000/sleep.7', citation: '' })
    const shared = await call<ReviewFlag>(workspace, 'attachSource', {
      reviewId: review.id,
      flagId: sleep?.id,
      fromSource: { flagId: study?.id, sourceId: sourced.sources[0]?.id },
    })
    expect(shared.sources[0]?.id).toBe(sourced.sources[0]?.id)

    const malformed = await invokeChannel(
      'attachSource',
      {
        reviewId: review.id,
        flagId: sleep?.id,
        source: { url: null, doi: null, pmid: '12.5', citation: '', quote: '', note: '' },
      },
      workspace.context,
    )
    expect(malformed).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-source',
        message: 'The PMID “12.5” is not valid: a PubMed ID is 1 to 8 digits.',
      },
    })
    const both = await invokeChannel(
      'attachSource',
      {
        reviewId: review.id,
        flagId: sleep?.id,
        source: { url: 'https://example.org', doi: null, pmid: null, quote: '', note: '' },
        fromSource: { flagId: study?.id, sourceId: sourced.sources[0]?.id },
      },
      workspace.context,
    )
    expect(both.ok).toBe(false)
  })

  describe('Verify Audit Trail', () => {
    async function reviewWithFiveEntries(): Promise<Review> {
      workspace = await openTestWorkspace()
      const review = await call<Review>(workspace, 'importFile', {
        fileName: 'walks.txt',
        dataBase64: base64(DRAFT),
      })
      const flag = await call<ReviewFlag>(workspace, 'createFlag', {
        reviewId: review.id,
        kind: 'claim',
        range: rangeOf(review, 'A new study reveals'),
      })
      await call(workspace, 'attachSource', {
        reviewId: review.id,
        flagId: flag.id,
        source: { url: 'https://example.org/trial', doi: null, pmid: null, quote: '', note: '' },
      })
      await call(workspace, 'setFlagStatus', {
        reviewId: review.id,
        flagId: flag.id,
        status: 'verified',
      })
      await call(workspace, 'addFlagNote', {
        reviewId: review.id,
        flagId: flag.id,
        text: 'Checked.',
      })
      return review
    }

    async function tamper(review: Review, change: (lines: string[]) => string[]): Promise<void> {
      const file = auditFile(workspace, review.id)
      const lines = (await readFile(file, 'utf8')).split('\n').slice(0, -1)
      await writeFile(file, change(lines).join('\n') + '\n')
    }

    async function verify(review: Review): Promise<AuditVerification> {
      return call<AuditVerification>(workspace, 'verifyAuditTrail', { reviewId: review.id })
    }

    it('finds an untouched trail intact, its head the one the review records', async () => {
      const review = await reviewWithFiveEntries()
      const stored = await call<Review>(workspace, 'openReview', { id: review.id })
      expect(await verify(review)).toEqual({ intact: true, entries: 5, head: stored.auditHead })
    })

    const tamperings: [string, (lines: string[]) => string[], number][] = [
      [
        'an entry changed',
        (lines) =>
          lines.map((line, index) =>
            index === 2
              ? line.replace('"verified"', '"disputed"').replace('source-attached', 'verified')
              : line,
          ),
        3,
      ],
      ['an entry deleted', (lines) => lines.filter((_line, index) => index !== 1), 3],
      [
        'an entry inserted',
        (lines) => [...lines.slice(0, 2), lines[1] ?? '', ...lines.slice(2)],
        2,
      ],
      [
        'two entries reordered',
        (lines) => [lines[0] ?? '', lines[2] ?? '', lines[1] ?? '', ...lines.slice(3)],
        3,
      ],
      ['the last entries cut off', (lines) => lines.slice(0, 3), 4],
    ]

    it.each(tamperings)(
      'detects %s and names the first entry that does not fit',
      async (_case, change, firstBad) => {
        const review = await reviewWithFiveEntries()
        await tamper(review, change)
        const result = await verify(review)
        expect(result).toMatchObject({ intact: false, firstBadSeq: firstBad })
      },
    )

    it('detects a file truncated in the middle of an entry', async () => {
      const review = await reviewWithFiveEntries()
      const file = auditFile(workspace, review.id)
      const text = await readFile(file, 'utf8')
      await writeFile(file, text.slice(0, text.length - 40))
      expect(await verify(review)).toMatchObject({ intact: false })
    })
  })
})

function auditFile(workspace: TestWorkspace, reviewId: string): string {
  return path.join(workspace.dataDir, 'audit', `${reviewId}.jsonl`)
}
