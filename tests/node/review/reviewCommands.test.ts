import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importDraftBytes } from '../../../src/node/import/importDraft'
import type { AuditAppender } from '../../../src/node/review/reviewCommands'
import { ReviewCommands } from '../../../src/node/review/reviewCommands'
import { ReviewStore } from '../../../src/node/store/reviewStore'
import type { Actor, Review } from '../../../src/shared/review/reviewSchema'
import { documentText } from '../../../src/shared/text/documentText'

const DANA: Actor = { id: 'dana', name: 'Dana Reyes, MD' }
const SAM: Actor = { id: 'sam', name: 'Sam Ortiz' }
const DRAFT = [
  'Short Walks After Meals',
  '',
  'A new study reveals that a ten-minute walk lowers blood sugar.',
  '',
  'Its a simple habit that most people can keep.',
].join('\n')

interface RecordedEntry {
  reviewId: string
  actor: Actor
  action: string
  details: Record<string, unknown>
}

/** Records entries in memory; the real, hash-chained log has its own tests. */
function recordingAuditLogs(entries: RecordedEntry[]): (reviewId: string) => AuditAppender {
  return (reviewId) => ({
    append: async (entry) => {
      entries.push({ reviewId, ...entry })
      const seq = entries.filter((recorded) => recorded.reviewId === reviewId).length
      return { seq, hash: seq.toString(16).padStart(64, '0') }
    },
  })
}

const NO_SOURCE = { url: null, doi: null, pmid: null, citation: '', quote: '', note: '' }

function rangeOf(text: string, quote: string) {
  const start = text.indexOf(quote)
  if (start === -1) throw new Error(`“${quote}” is not in the text`)
  return { start, end: start + quote.length, exact: quote }
}

describe('ReviewCommands', () => {
  let dataDir: string
  let store: ReviewStore
  let entries: RecordedEntry[]
  let commands: ReviewCommands
  let review: Review
  let text: string

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'copydesk-commands-'))
    store = await ReviewStore.open(dataDir)
    entries = []
    commands = new ReviewCommands({ store, auditLogFor: recordingAuditLogs(entries) })
    const draft = await importDraftBytes('walks.txt', Buffer.from(DRAFT))
    review = await commands.createFromImport(SAM, draft, null)
    text = documentText(review.content).text
  })

  afterEach(async () => {
    await store.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('records the import with its actor and keeps the imported content as version 1', async () => {
    expect(entries).toEqual([
      expect.objectContaining({ reviewId: review.id, actor: SAM, action: 'review.created' }),
    ])
    expect(review.auditHead).toEqual({ seq: 1, hash: '1'.padStart(64, '0') })
    expect(review.versions).toEqual([
      expect.objectContaining({
        number: 1,
        reason: 'imported',
        createdBy: SAM,
        content: review.content,
      }),
    ])
  })

  it('creates a manual flag on a selection of the saved text, with main’s own anchor context', async () => {
    const range = rangeOf(text, 'lowers blood sugar')
    const flag = await commands.createFlag(DANA, {
      reviewId: review.id,
      kind: 'claim',
      range,
      note: 'Which study?',
    })
    expect(flag).toMatchObject({
      kind: 'claim',
      origin: 'manual',
      ruleId: 'manual/needs-source',
      status: 'needs-source',
      createdBy: DANA,
      anchor: { ...range, prefix: text.slice(range.start - 32, range.start) },
      notes: [expect.objectContaining({ author: DANA, text: 'Which study?' })],
    })
    const stored = await store.getReview(review.id)
    expect(stored.flags).toEqual([flag])
    expect(stored.auditHead?.seq).toBe(2)
    expect(entries.at(-1)).toMatchObject({
      actor: DANA,
      action: 'flag.created',
      details: { flagId: flag.id, kind: 'claim', quote: 'lowers blood sugar' },
    })
  })

  it('refuses a flag whose quote is not at that place in the saved text, and records nothing', async () => {
    const range = rangeOf(text, 'lowers blood sugar')
    await expect(
      commands.createFlag(DANA, {
        reviewId: review.id,
        kind: 'comment',
        range: { ...range, start: range.start + 1, end: range.end + 1 },
      }),
    ).rejects.toThrow('is not at that place in the saved draft')
    expect(entries).toHaveLength(1)
    expect((await store.getReview(review.id)).flags).toEqual([])
  })

  it('moves a claim from needs source to source attached to verified, recording each step', async () => {
    const flag = await commands.createFlag(DANA, {
      reviewId: review.id,
      kind: 'claim',
      range: rangeOf(text, 'A new study reveals'),
    })
    await expect(
      commands.setFlagStatus(DANA, { reviewId: review.id, flagId: flag.id, status: 'verified' }),
    ).rejects.toThrow(
      'The flag was not changed: marking it “Verified” needs a source attached first.',
    )

    const sourced = await commands.attachSource(DANA, {
      reviewId: review.id,
      flagId: flag.id,
      source: {
        url: ' https://example.org/walking-trial ',
        doi: '',
        pmid: null,
        citation: '',
        quote: '',
        note: '',
      },
    })
    expect(sourced.status).toBe('source-attached')
    expect(sourced.sources).toEqual([
      expect.objectContaining({
        url: 'https://example.org/walking-trial',
        doi: null,
        addedBy: DANA,
      }),
    ])

    const verified = await commands.setFlagStatus(DANA, {
      reviewId: review.id,
      flagId: flag.id,
      status: 'verified',
    })
    expect(verified.history.map((entry) => [entry.change, entry.from, entry.to])).toEqual([
      ['created', undefined, undefined],
      ['source attached', 'needs-source', 'source-attached'],
      ['status', 'source-attached', 'verified'],
    ])
    expect(entries.map((entry) => entry.action)).toEqual([
      'review.created',
      'flag.created',
      'flag.source-attached',
      'flag.status-changed',
    ])
  })

  it('edits and detaches a source; a claim left without sources needs one again', async () => {
    const flag = await commands.createFlag(DANA, {
      reviewId: review.id,
      kind: 'claim',
      range: rangeOf(text, 'A new study reveals'),
    })
    const sourced = await commands.attachSource(DANA, {
      reviewId: review.id,
      flagId: flag.id,
      source: { ...NO_SOURCE, doi: 'https://doi.org/10.1000/walk.1' },
    })
    const sourceId = sourced.sources[0]?.id ?? ''
    expect(sourced.sources[0]?.doi).toBe('10.1000/walk.1')
    const edited = await commands.editSource(SAM, {
      reviewId: review.id,
      flagId: flag.id,
      sourceId,
      source: { ...NO_SOURCE, doi: '10.1000/walk.2', note: 'corrected DOI' },
    })
    expect(edited.sources[0]).toMatchObject({
      id: sourceId,
      doi: '10.1000/walk.2',
      note: 'corrected DOI',
    })
    const detached = await commands.detachSource(SAM, {
      reviewId: review.id,
      flagId: flag.id,
      sourceId,
    })
    expect(detached).toMatchObject({ sources: [], status: 'needs-source' })
  })

  it('refuses a source without a URL, DOI, PMID or citation, and malformed ones, with every problem named', async () => {
    const flag = await commands.createFlag(DANA, {
      reviewId: review.id,
      kind: 'claim',
      range: rangeOf(text, 'A new study reveals'),
    })
    const quoteOnly = { ...NO_SOURCE, quote: 'walking lowers glucose', note: 'n' }
    await expect(
      commands.attachSource(DANA, { reviewId: review.id, flagId: flag.id, source: quoteOnly }),
    ).rejects.toMatchObject({
      code: 'invalid-source',
      message: 'A source needs a URL, a DOI, a PMID or a citation.',
    })
    await expect(
      commands.attachSource(DANA, {
        reviewId: review.id,
        flagId: flag.id,
        source: { ...NO_SOURCE, url: 'javascript:alert(1)', doi: '10.12/x', pmid: '12a' },
      }),
    ).rejects.toMatchObject({
      code: 'invalid-source',
      message: [
        'The URL “javascript:alert(1)” is not a web address: it must start with http:// or https://.',
        'The DOI “10.12/x” is not valid: a DOI starts with 10., then 4–9 digits, a slash and a suffix.',
        'The PMID “12a” is not valid: a PubMed ID is 1 to 8 digits.',
      ].join(' '),
    })
    const sourced = await commands.attachSource(DANA, {
      reviewId: review.id,
      flagId: flag.id,
      source: { ...NO_SOURCE, citation: 'Reyes D. Walking after meals. Clinic Journal, 2025.' },
    })
    await expect(
      commands.editSource(DANA, {
        reviewId: review.id,
        flagId: flag.id,
        sourceId: sourced.sources[0]?.id ?? '',
        source: { ...NO_SOURCE, pmid: 'PMID: 123456789' },
      }),
    ).rejects.toMatchObject({ code: 'invalid-source' })
    expect(entries.map((entry) => entry.action)).toEqual([
      'review.created',
      'flag.created',
      'flag.source-attached',
    ])
  })

  it('attaches one source to several claims under the same id; an edit changes it on each', async () => {
    const study = await commands.createFlag(DANA, {
      reviewId: review.id,
      kind: 'claim',
      range: rangeOf(text, 'A new study reveals'),
    })
    const effect = await commands.createFlag(DANA, {
      reviewId: review.id,
      kind: 'claim',
      range: rangeOf(text, 'lowers blood sugar'),
    })
    const sourced = await commands.attachSource(DANA, {
      reviewId: review.id,
      flagId: study.id,
      source: { ...NO_SOURCE, pmid: 'PMID: 31978945' },
    })
    const source = sourced.sources[0]
    const shared = await commands.attachSource(SAM, {
      reviewId: review.id,
      flagId: effect.id,
      fromSource: { flagId: study.id, sourceId: source?.id ?? '' },
    })
    expect(shared).toMatchObject({ status: 'source-attached' })
    expect(shared.sources).toEqual([
      { ...source, addedBy: SAM, addedAt: expect.any(String) as string },
    ])
    expect(entries.at(-1)).toMatchObject({
      action: 'flag.source-attached',
      details: { flagId: effect.id, sourceId: source?.id, sharedFrom: study.id },
    })
    await expect(
      commands.attachSource(SAM, {
        reviewId: review.id,
        flagId: effect.id,
        fromSource: { flagId: study.id, sourceId: source?.id ?? '' },
      }),
    ).rejects.toMatchObject({ code: 'source-already-attached' })

    await commands.editSource(DANA, {
      reviewId: review.id,
      flagId: effect.id,
      sourceId: source?.id ?? '',
      source: { ...NO_SOURCE, pmid: '31978946', note: 'corrected PMID' },
    })
    const stored = await store.getReview(review.id)
    expect(
      stored.flags.map((flag) => flag.sources.map(({ id, pmid, note }) => ({ id, pmid, note }))),
    ).toEqual([
      [{ id: source?.id, pmid: '31978946', note: 'corrected PMID' }],
      [{ id: source?.id, pmid: '31978946', note: 'corrected PMID' }],
    ])

    const detached = await commands.detachSource(DANA, {
      reviewId: review.id,
      flagId: study.id,
      sourceId: source?.id ?? '',
    })
    expect(detached.sources).toEqual([])
    expect((await store.getReview(review.id)).flags[1]?.sources).toHaveLength(1)
  })

  it('refuses to share a source that is not on the named claim', async () => {
    const flag = await commands.createFlag(DANA, {
      reviewId: review.id,
      kind: 'claim',
      range: rangeOf(text, 'A new study reveals'),
    })
    await expect(
      commands.attachSource(DANA, {
        reviewId: review.id,
        flagId: flag.id,
        fromSource: { flagId: flag.id, sourceId: 'no-such-source' },
      }),
    ).rejects.toMatchObject({ code: 'source-not-found' })
  })

  it('adds notes to a flag with their author', async () => {
    const flag = await commands.createFlag(SAM, {
      reviewId: review.id,
      kind: 'medical',
      range: rangeOf(text, 'ten-minute walk'),
    })
    const noted = await commands.addFlagNote(DANA, {
      reviewId: review.id,
      flagId: flag.id,
      text: 'Fine for adults.',
    })
    expect(noted.notes).toEqual([
      expect.objectContaining({ author: DANA, text: 'Fine for adults.' }),
    ])
  })

  it('dismisses an automatic flag with its reason, once, updating the same flag the second time', async () => {
    const check = {
      reviewId: review.id,
      range: rangeOf(text, 'Its'),
      kind: 'typo' as const,
      ruleId: 'grammar/its-its',
      severity: 'warning' as const,
      message: 'Did you mean “It’s”?',
      expected: ['It’s'],
    }
    const first = await commands.dismissCheckFlag(SAM, { ...check, reason: 'House style' })
    expect(first).toMatchObject({ origin: 'check', status: 'ignored', statusReason: 'House style' })
    const second = await commands.dismissCheckFlag(SAM, { ...check, reason: 'Quoted speech' })
    expect(second.id).toBe(first.id)
    expect((await store.getReview(review.id)).flags).toHaveLength(1)
    expect(entries.at(-1)).toMatchObject({
      action: 'flag.dismissed',
      details: { reason: 'Quoted speech' },
    })
  })

  it('keeps an accepted suggestion as a fixed flag on the corrected words, with what changed', async () => {
    // The editor has already saved "Its" corrected to "simple" stand-in: any word of the text.
    const fixed = await commands.fixCheckFlag(DANA, {
      reviewId: review.id,
      range: rangeOf(text, 'simple'),
      kind: 'typo',
      ruleId: 'spelling/unknown-word',
      severity: 'error',
      message: 'Unknown word',
      expected: ['simple'],
      original: 'simpel',
      replacement: 'simple',
    })
    expect(fixed).toMatchObject({ origin: 'check', status: 'fixed', createdBy: DANA })
    expect(fixed.anchor.exact).toBe('simple')
    expect(fixed.history.at(-1)).toMatchObject({
      change: 'status',
      from: 'open',
      to: 'fixed',
      reason: 'Suggestion accepted: “simpel” → “simple”',
    })
    expect((await store.getReview(review.id)).flags).toEqual([fixed])
    expect(entries.at(-1)).toMatchObject({
      action: 'flag.fixed',
      actor: DANA,
      details: { flagId: fixed.id, original: 'simpel', replacement: 'simple' },
    })
  })

  it('refuses to mark a claim fixed by a suggestion, and records nothing', async () => {
    const before = entries.length
    await expect(
      commands.fixCheckFlag(DANA, {
        reviewId: review.id,
        range: rangeOf(text, 'A new study reveals'),
        kind: 'claim',
        ruleId: 'claims/research-reporting',
        severity: 'warning',
        message: 'Needs a source',
        expected: [],
        original: 'A new study reveals',
        replacement: 'A new study reveals',
      }),
    ).rejects.toThrow(/cannot be marked fixed/)
    expect(entries).toHaveLength(before)
    expect((await store.getReview(review.id)).flags).toEqual([])
  })

  it('saves content, re-anchors stored flags and records the save; an unchanged save records nothing', async () => {
    const flag = await commands.createFlag(DANA, {
      reviewId: review.id,
      kind: 'claim',
      range: rangeOf(text, 'A new study reveals'),
    })
    const content = structuredClone(review.content)
    content.content?.splice(1, 0, {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Updated in November.' }],
    })
    const newText = documentText(content).text
    const saved = await commands.saveContent(DANA, {
      reviewId: review.id,
      metadata: review.metadata,
      content,
      anchors: [{ flagId: flag.id, ...rangeOf(newText, 'A new study reveals') }],
    })
    expect(saved.flags[0]?.anchor.start).toBe(newText.indexOf('A new study reveals'))
    expect(saved.contentHash).not.toBe(review.contentHash)
    expect(entries.at(-1)).toMatchObject({
      action: 'content.saved',
      details: {
        previousContentHash: review.contentHash,
        contentHash: saved.contentHash,
        flags: { kept: 0, moved: 1, orphaned: 0 },
      },
    })
    const count = entries.length
    await commands.saveContent(DANA, {
      reviewId: review.id,
      metadata: review.metadata,
      content,
      anchors: [{ flagId: flag.id, ...rangeOf(newText, 'A new study reveals') }],
    })
    expect(entries).toHaveLength(count)
  })

  it('never trusts a reported anchor whose text is not there: the flag is re-found by its quote or orphaned', async () => {
    const flag = await commands.createFlag(DANA, {
      reviewId: review.id,
      kind: 'claim',
      range: rangeOf(text, 'A new study reveals'),
    })
    const content = structuredClone(review.content)
    const saved = await commands.saveContent(DANA, {
      reviewId: review.id,
      metadata: { ...review.metadata, title: 'Walks after meals' },
      content,
      anchors: [{ flagId: flag.id, start: 0, end: 5, exact: 'Short' }],
    })
    expect(saved.flags[0]?.anchor).toEqual(flag.anchor)

    const withoutClaim = structuredClone(review.content)
    withoutClaim.content?.splice(1, 1)
    const orphaned = await commands.saveContent(DANA, {
      reviewId: review.id,
      metadata: review.metadata,
      content: withoutClaim,
      anchors: [],
    })
    expect(orphaned.flags[0]).toMatchObject({ id: flag.id, orphaned: true })
  })

  it('re-attaches an orphan to a new selection, keeping its status and notes, and records both quotes', async () => {
    const flag = await commands.createFlag(DANA, {
      reviewId: review.id,
      kind: 'claim',
      range: rangeOf(text, 'A new study reveals'),
      note: 'Which study?',
    })
    const withoutClaim = structuredClone(review.content)
    withoutClaim.content?.splice(1, 1)
    await commands.saveContent(DANA, {
      reviewId: review.id,
      metadata: review.metadata,
      content: withoutClaim,
      anchors: [],
    })
    const savedText = documentText(withoutClaim).text
    const range = rangeOf(savedText, 'a simple habit')

    const reattached = await commands.reattachFlag(SAM, {
      reviewId: review.id,
      flagId: flag.id,
      range,
    })

    expect(reattached).toMatchObject({
      id: flag.id,
      orphaned: false,
      status: 'needs-source',
      anchor: range,
      notes: [expect.objectContaining({ text: 'Which study?' })],
    })
    expect(reattached.history.at(-1)).toMatchObject({
      by: SAM,
      change: 're-attached to “a simple habit”',
    })
    expect((await store.getReview(review.id)).flags).toEqual([reattached])
    expect(entries.at(-1)).toMatchObject({
      actor: SAM,
      action: 'flag.reattached',
      details: {
        flagId: flag.id,
        wasOrphaned: true,
        from: { quote: 'A new study reveals' },
        to: { start: range.start, quote: 'a simple habit' },
      },
    })
  })

  it('moves a flag that is not orphaned to other words as well', async () => {
    const flag = await commands.createFlag(DANA, {
      reviewId: review.id,
      kind: 'comment',
      range: rangeOf(text, 'Short Walks'),
    })
    const range = rangeOf(text, 'ten-minute walk')
    const moved = await commands.reattachFlag(DANA, { reviewId: review.id, flagId: flag.id, range })
    expect(moved.anchor).toMatchObject(range)
    expect(entries.at(-1)).toMatchObject({ details: { wasOrphaned: false } })
  })

  it('refuses to re-attach to a range whose text is not there, and records nothing', async () => {
    const flag = await commands.createFlag(DANA, {
      reviewId: review.id,
      kind: 'comment',
      range: rangeOf(text, 'Short Walks'),
    })
    const count = entries.length
    const range = rangeOf(text, 'simple habit')
    await expect(
      commands.reattachFlag(DANA, {
        reviewId: review.id,
        flagId: flag.id,
        range: { ...range, start: range.start - 2, end: range.end - 2 },
      }),
    ).rejects.toThrow('The flag was not re-attached: “simple habit” is not at that place')
    expect(entries).toHaveLength(count)
    expect((await store.getReview(review.id)).flags).toEqual([flag])
  })

  it('refuses content the editor schema does not allow', async () => {
    await expect(
      commands.saveContent(DANA, {
        reviewId: review.id,
        metadata: review.metadata,
        content: { type: 'doc', content: [{ type: 'script', content: [] }] },
        anchors: [],
      }),
    ).rejects.toThrow(/^The draft could not be saved: /)
  })

  it('imports a new version: keeps it with its content and says how the flags fared', async () => {
    const kept = await commands.createFlag(DANA, {
      reviewId: review.id,
      kind: 'claim',
      range: rangeOf(text, 'lowers blood sugar'),
    })
    const typo = await commands.createFlag(DANA, {
      reviewId: review.id,
      kind: 'typo',
      range: rangeOf(text, 'Its'),
    })
    const gone = await commands.createFlag(DANA, {
      reviewId: review.id,
      kind: 'comment',
      range: rangeOf(text, 'A new study reveals'),
    })
    const revised = DRAFT.replace('Its a simple habit', 'It is a simple habit')
      .replace('A new study reveals', 'Doctors have long said')
      .replace('Short Walks After Meals', 'Short Walks After Meals\n\nBy Lena Okoro')
    const draft = await importDraftBytes('walks-v2.txt', Buffer.from(revised))
    const { review: updated, flags } = await commands.importNewVersion(DANA, review.id, draft)
    expect(flags).toEqual({ kept: 0, moved: 2, orphaned: 1 })
    expect(
      updated.versions.map((version) => [version.number, version.reason, version.sourceName]),
    ).toEqual([
      [1, 'imported', 'walks.txt'],
      [2, 'new-version', 'walks-v2.txt'],
    ])
    expect(updated.versions[1]?.content).toEqual(draft.content)
    expect(updated.source).toMatchObject({ name: 'walks-v2.txt', sha256: draft.sha256 })
    const outcome = (id: string) => {
      const flag = updated.flags.find((candidate) => candidate.id === id)
      return [flag?.orphaned, flag?.anchor.exact, flag?.history.at(-1)?.change]
    }
    expect(outcome(kept.id)).toEqual([false, 'lowers blood sugar', 'created'])
    expect(outcome(typo.id)).toEqual([false, 'It is', 'text changed from “Its” to “It is”'])
    expect(outcome(gone.id)).toEqual([true, 'A new study reveals', 'orphaned: its text is gone'])
    expect(entries.at(-1)).toMatchObject({ action: 'version.imported', details: { version: 2 } })
  })

  it('runs concurrent commands on one review one after another, losing none', async () => {
    await Promise.all(
      ['ten-minute walk', 'blood sugar', 'simple habit', 'most people'].map((quote) =>
        commands.createFlag(DANA, {
          reviewId: review.id,
          kind: 'comment',
          range: rangeOf(text, quote),
        }),
      ),
    )
    const stored = await store.getReview(review.id)
    expect(stored.flags).toHaveLength(4)
    expect(stored.auditHead?.seq).toBe(5)
  })

  it('records a deletion in the log before the review is removed', async () => {
    await commands.deleteReview(DANA, review.id)
    expect(entries.at(-1)).toMatchObject({ action: 'review.deleted', actor: DANA })
    expect(store.listReviews()).toEqual([])
  })
})
