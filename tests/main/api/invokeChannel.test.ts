import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Review } from '../../../src/shared/review/reviewSchema'
import { invokeChannel } from '../../../src/main/api/invokeChannel'
import type { TestWorkspace } from '../support/testWorkspace'
import { base64, openTestWorkspace } from '../support/testWorkspace'

const DRAFT =
  'Evening Walks and Sleep\n\nBy Dana Whitfield, Associate Editor\n\nA new study reveals that walking helps.'

function nestedBlockquotes(depth: number): unknown {
  let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] }
  for (let level = 0; level < depth; level++) node = { type: 'blockquote', content: [node] }
  return { type: 'doc', content: [node] }
}

describe('invokeChannel', () => {
  let workspace: TestWorkspace
  let review: Review

  beforeEach(async () => {
    workspace = await openTestWorkspace()
    const result = await invokeChannel(
      'importFile',
      { fileName: 'walks.txt', dataBase64: base64(DRAFT) },
      workspace.context,
    )
    if (!result.ok) throw new Error(result.error.message)
    review = result.value as Review
  })

  afterEach(async () => {
    await workspace.close()
  })

  it('imports a file into a new review with its metadata', () => {
    expect(review.metadata.title).toBe('Evening Walks and Sleep')
    expect(review.metadata.author).toBe('Dana Whitfield')
    expect(review.metadata.authorRole).toBe('Associate Editor')
    expect(review.source).toMatchObject({ name: 'walks.txt', format: 'txt', path: null })
  })

  it('saves an edit and returns the new content hash', async () => {
    const content = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Edited text.' }] }],
    }
    const saved = await invokeChannel(
      'saveContent',
      {
        reviewId: review.id,
        metadata: { ...review.metadata, title: 'New title' },
        content,
        anchors: [],
      },
      workspace.context,
    )
    expect(saved.ok).toBe(true)
    const reopened = await invokeChannel('openReview', { id: review.id }, workspace.context)
    expect(reopened).toMatchObject({
      ok: true,
      value: { metadata: { title: 'New title' }, content },
    })
    const value = (reopened as { value: Review }).value
    expect(value.contentHash).not.toBe(review.contentHash)
    // Autosaves are recorded in the audit log; only imported and signed versions are kept.
    expect(value.versions).toEqual(review.versions)
  })

  it('gives a title-only edit a new content hash: the hash covers the metadata', async () => {
    const saved = await invokeChannel(
      'saveContent',
      {
        reviewId: review.id,
        metadata: { ...review.metadata, title: 'Evening Walks and Naps' },
        content: review.content,
        anchors: [],
      },
      workspace.context,
    )
    expect(saved).toMatchObject({ ok: true })
    const reopened = await invokeChannel('openReview', { id: review.id }, workspace.context)
    const value = (reopened as { value: Review }).value
    expect(value.contentHash).not.toBe(review.contentHash)
  })

  it('keeps the content hash for a whitespace-only edit', async () => {
    const content = {
      ...review.content,
      content: [...(review.content.content ?? []), { type: 'paragraph' }],
    }
    const saved = await invokeChannel(
      'saveContent',
      {
        reviewId: review.id,
        metadata: { ...review.metadata, title: ` ${review.metadata.title}  ` },
        content,
        anchors: [],
      },
      workspace.context,
    )
    expect(saved).toMatchObject({ ok: true, value: { contentHash: review.contentHash } })
    const reopened = await invokeChannel('openReview', { id: review.id }, workspace.context)
    expect((reopened as { value: Review }).value.versions).toEqual(review.versions)
  })

  describe('rejects bad requests and leaves the store as it was', () => {
    const badRequests: [string, string, unknown][] = [
      ['an unknown channel', 'deleteEverything', {}],
      ['a payload that is not an object', 'listReviews', 'please'],
      ['an extra field', 'listReviews', { admin: true }],
      ['an id that is not a UUID', 'deleteReview', { id: '../../index' }],
      [
        'missing metadata',
        'saveContent',
        { reviewId: '00000000-0000-4000-8000-000000000000', content: { type: 'doc' }, anchors: [] },
      ],
      [
        'a save that carries a flags array (only main writes flags)',
        'saveContent',
        {
          reviewId: '00000000-0000-4000-8000-000000000000',
          metadata: {},
          content: { type: 'doc' },
          anchors: [],
          flags: [{ id: 'x', status: 'verified' }],
        },
      ],
      [
        'a document nested 1,000 levels deep',
        'saveContent',
        {
          reviewId: '00000000-0000-4000-8000-000000000000',
          metadata: {},
          content: nestedBlockquotes(1_000),
          anchors: [],
        },
      ],
      [
        'an anchor whose quote is not as long as its range',
        'saveContent',
        {
          reviewId: '00000000-0000-4000-8000-000000000000',
          metadata: {},
          content: { type: 'doc' },
          anchors: [{ flagId: 'f', start: 0, end: 9, exact: 'abc' }],
        },
      ],
      [
        'an audit entry sent as a status change',
        'setFlagStatus',
        {
          reviewId: '00000000-0000-4000-8000-000000000000',
          flagId: 'f',
          status: 'verified',
          audit: { actor: 'someone else' },
        },
      ],
      ['file data that is not base64', 'importFile', { fileName: 'a.txt', dataBase64: '<script>' }],
      ['a link that is not http(s) or mailto', 'openExternalLink', { url: 'javascript:alert(1)' }],
      ['a file that was never opened', 'openRecentFile', { path: '/etc/passwd' }],
      [
        'a file of an unsupported type',
        'importFile',
        { fileName: 'virus.exe', dataBase64: base64('MZ') },
      ],
      ['an empty file', 'importFile', { fileName: 'empty.txt', dataBase64: '' }],
    ]

    it.each(badRequests)('%s', async (_description, channel, payload) => {
      const before = await workspace.snapshot()
      const result = await invokeChannel(channel, payload, workspace.context)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(10)
      expect(await workspace.snapshot()).toEqual(before)
    })

    it('content that does not fit the editor schema', async () => {
      const before = await workspace.snapshot()
      const result = await invokeChannel(
        'saveContent',
        {
          reviewId: review.id,
          metadata: review.metadata,
          anchors: [],
          content: {
            type: 'doc',
            content: [{ type: 'iframe', attrs: { src: 'https://evil.example' } }],
          },
        },
        workspace.context,
      )
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-content' } })
      expect(await workspace.snapshot()).toEqual(before)
    })

    it('a save for a review that does not exist', async () => {
      const before = await workspace.snapshot()
      const result = await invokeChannel(
        'saveContent',
        {
          reviewId: '00000000-0000-4000-8000-000000000000',
          metadata: review.metadata,
          content: review.content,
          anchors: [],
        },
        workspace.context,
      )
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
      expect(await workspace.snapshot()).toEqual(before)
    })
  })

  it('reports a store error the user triggered with the file and the reason, not as “Something went wrong”', async () => {
    const result = await invokeChannel(
      'restoreBackup',
      { file: `reviews/${review.id}.json` },
      workspace.context,
    )
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'store-failed',
        message: `There is no problem with reviews/${review.id}.json to restore a backup for.`,
      },
    })
  })

  it('names the channel and the field in an invalid-input message', async () => {
    const result = await invokeChannel('openReview', { id: 42 }, workspace.context)
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (!result.ok) expect(result.error.message).toMatch(/^Invalid request to openReview: .*id/)
  })

  it('says the native dialog is desktop-only in browser mode', async () => {
    const result = await invokeChannel('showOpenDialog', {}, workspace.context)
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not-available',
        message: 'The native Open dialog is only available in the desktop app.',
      },
    })
  })

  it('opens the system clipboard as a new, sanitised review where the app can read it', async () => {
    workspace.context.readClipboard = async () => ({
      html: '<h1>Clipped Headline</h1><p onclick="steal()">Body <script>steal()</script>text.</p>',
      text: 'Clipped Headline\n\nBody text.',
    })
    const result = await invokeChannel('importClipboard', {}, workspace.context)
    if (!result.ok) throw new Error(result.error.message)
    const clipped = result.value as Review
    expect(clipped.source).toMatchObject({ name: 'Pasted text', format: 'paste' })
    expect(clipped.metadata.title).toBe('Clipped Headline')
    expect(JSON.stringify(clipped.content)).not.toMatch(/onclick|script|steal/)
  })

  it('says reading the clipboard directly is desktop-only in browser mode', async () => {
    expect(await invokeChannel('importClipboard', {}, workspace.context)).toMatchObject({
      ok: false,
      error: { code: 'not-available' },
    })
  })

  it('deletes a review', async () => {
    expect(await invokeChannel('deleteReview', { id: review.id }, workspace.context)).toEqual({
      ok: true,
      value: null,
    })
    expect(await invokeChannel('listReviews', {}, workspace.context)).toEqual({
      ok: true,
      value: [],
    })
  })
})

describe('openStartupReview', () => {
  let workspace: TestWorkspace

  beforeEach(async () => {
    workspace = await openTestWorkspace()
  })

  afterEach(async () => {
    await workspace.close()
  })

  it('opens the sample draft on first launch, and the last review after that', async () => {
    const first = await invokeChannel('openStartupReview', {}, workspace.context)
    if (!first.ok) throw new Error(first.error.message)
    const sample = (first.value as { review: Review }).review
    expect(sample.source.format).toBe('sample')
    expect(sample.metadata.author).toBe('Marisol Okafor')
    const again = await invokeChannel('openStartupReview', {}, workspace.context)
    expect(again).toMatchObject({ ok: true, value: { review: { id: sample.id } } })
  })

  it('does not bring the sample back once the library has been emptied', async () => {
    const first = await invokeChannel('openStartupReview', {}, workspace.context)
    if (!first.ok) throw new Error(first.error.message)
    const sample = (first.value as { review: Review }).review
    await invokeChannel('deleteReview', { id: sample.id }, workspace.context)
    expect(await invokeChannel('openStartupReview', {}, workspace.context)).toEqual({
      ok: true,
      value: { review: null, problems: [] },
    })
  })
})
