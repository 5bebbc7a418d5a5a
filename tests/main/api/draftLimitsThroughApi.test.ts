import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { invokeChannel } from '../../../src/main/api/invokeChannel'
import type { SavedReview } from '../../../src/shared/api/channels'
import type { DocumentNode, Review } from '../../../src/shared/review/reviewSchema'
import { DRAFT_LIMITS } from '../../../src/shared/validation/draftLimits'
import type { TestWorkspace } from '../support/testWorkspace'
import { base64, openTestWorkspace } from '../support/testWorkspace'

async function call<Value>(workspace: TestWorkspace, name: string, input: unknown): Promise<Value> {
  const result = await invokeChannel(name, input, workspace.context)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as Value
}

function nestedQuotes(levels: number): DocumentNode {
  let node: DocumentNode = { type: 'paragraph', content: [{ type: 'text', text: 'deep' }] }
  for (let level = 0; level < levels; level++) node = { type: 'blockquote', content: [node] }
  return { type: 'doc', content: [node] }
}

describe('draft limits and the content sanitiser through the API', () => {
  let workspace: TestWorkspace
  let review: Review

  beforeEach(async () => {
    workspace = await openTestWorkspace()
    review = await call<Review>(workspace, 'importFile', {
      fileName: 'walks.txt',
      dataBase64: base64('Evening Walks\n\nWalking helps you sleep.'),
    })
  })

  afterEach(async () => {
    await workspace.close()
  })

  function save(content: unknown) {
    return invokeChannel(
      'saveContent',
      { reviewId: review.id, metadata: review.metadata, content, anchors: [] },
      workspace.context,
    )
  }

  it('refuses content nested 770 levels deep with a clear message, writes nothing, and the folder still opens', async () => {
    const before = await workspace.snapshot()
    const result = await save(nestedQuotes(770))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/levels deep/)
    expect(await workspace.snapshot()).toEqual(before)
  })

  it('refuses content with more paragraphs than the limit and writes nothing', async () => {
    const before = await workspace.snapshot()
    const paragraphs = Array.from({ length: DRAFT_LIMITS.paragraphs + 1 }, () => ({
      type: 'paragraph',
      content: [{ type: 'text', text: 'x' }],
    }))
    const result = await save({ type: 'doc', content: paragraphs })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
    if (!result.ok) expect(result.error.message).toContain('more than 10,000 paragraphs')
    expect(await workspace.snapshot()).toEqual(before)
  })

  it('stores saved content sanitised: no javascript: or data: links, no unknown attributes, rel forced', async () => {
    const link = (href: string) => ({
      type: 'link',
      attrs: { href, target: '_blank', rel: 'opener', onclick: 'steal()' },
    })
    const saved = await save({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { style: 'background:url(javascript:alert(1))' },
          content: [
            { type: 'text', text: 'one ', marks: [link('javascript:alert(1)')] },
            { type: 'text', text: 'two ', marks: [link('data:text/html,<script>1</script>')] },
            { type: 'text', text: 'three', marks: [link('https://example.org/')] },
          ],
        },
      ],
    })
    expect(saved.ok).toBe(true)
    const stored = await call<Review>(workspace, 'openReview', { id: review.id })
    const json = JSON.stringify(stored.content)
    expect(json).not.toMatch(/javascript|data:|_blank|onclick|style|opener"/)
    expect(stored.content.content?.[0]?.content?.at(-1)?.marks?.[0]?.attrs).toMatchObject({
      href: 'https://example.org/',
      rel: 'noopener noreferrer nofollow',
      target: null,
    })
    expect((saved as { value: SavedReview }).value.contentHash).toBe(stored.contentHash)
  })

  it('refuses a 500,000-line text file and 100,000 nested lists quickly, naming the limit, and writes nothing', async () => {
    const before = await workspace.snapshot()
    const started = performance.now()
    const lines = Array.from({ length: 500_000 }, (_, index) => `l${index}`).join('\n')
    const result = await invokeChannel(
      'importFile',
      { fileName: 'lines.txt', dataBase64: base64(lines) },
      workspace.context,
    )
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'import-failed',
        message:
          'Could not open “lines.txt”: it has more than 10,000 paragraphs (the limit is 10,000).',
      },
    })
    const nested = await invokeChannel(
      'importPastedContent',
      { html: '<ul><li>'.repeat(100_000) + 'x', text: '' },
      workspace.context,
    )
    expect(nested.ok).toBe(false)
    if (!nested.ok)
      expect(nested.error.message).toMatch(
        /^Could not open “Pasted text”: it nests blocks more than 32 levels deep/,
      )
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(await workspace.snapshot()).toEqual(before)
  })
})
