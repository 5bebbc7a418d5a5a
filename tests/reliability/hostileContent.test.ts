import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { invokeChannel } from '../../src/main/api/invokeChannel'
import { importDraftBytes } from '../../src/node/import/importDraft'
import { isAllowedLinkUrl } from '../../src/shared/editor/linkPolicy'
import {
  MARK_ATTRIBUTE_POLICY,
  NODE_ATTRIBUTE_POLICY,
} from '../../src/shared/editor/sanitizeDraftDocument'
import type { DocumentNode, Review } from '../../src/shared/review/reviewSchema'
import type { TestWorkspace } from '../main/support/testWorkspace'
import { base64, openTestWorkspace, testImportOptions } from '../main/support/testWorkspace'
import { printFigures } from './support/reliabilityScale'
import { HOSTILE_LINKS, XSS_MARKUP } from './support/xssVectors'
import { wordDocument, wordParagraph } from './support/zipArchive'

const NODE_TYPES = new Set([
  'doc',
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'text',
  'hardBreak',
])
const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks', 'text'])

/** What in a stored document could become markup or an active link; empty when it is inert. */
function activeParts(document: DocumentNode): string[] {
  const found: string[] = []
  const pending = [document]
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (!NODE_TYPES.has(node.type)) found.push(`node ${node.type}`)
    for (const key of Object.keys(node)) if (!NODE_KEYS.has(key)) found.push(`key ${key}`)
    const policy = NODE_ATTRIBUTE_POLICY[node.type]
    const allowed = policy === undefined ? [] : Object.keys(policy({}))
    for (const name of Object.keys(node.attrs ?? {})) {
      if (!allowed.includes(name)) found.push(`attribute ${name} on ${node.type}`)
    }
    for (const mark of node.marks ?? []) {
      if (!Object.hasOwn(MARK_ATTRIBUTE_POLICY, mark.type)) found.push(`mark ${mark.type}`)
      const href = mark.attrs?.href
      if (mark.type === 'link') {
        if (typeof href !== 'string' || !isAllowedLinkUrl(href)) found.push(`link ${String(href)}`)
        if (mark.attrs?.rel !== 'noopener noreferrer nofollow') found.push('link rel')
        if (mark.attrs?.target !== null) found.push('link target')
      }
    }
    pending.push(...(node.content ?? []))
  }
  return found
}

let workspace: TestWorkspace
let review: Review

beforeAll(async () => {
  workspace = await openTestWorkspace()
  const created = await invokeChannel(
    'importFile',
    { fileName: 'base.txt', dataBase64: base64('A draft to save hostile content into.') },
    workspace.context,
  )
  if (!created.ok) throw new Error(created.error.message)
  review = created.value as Review
})

afterAll(async () => {
  await workspace.close()
})

describe('hostile content', () => {
  it('keeps no script, handler, unknown attribute or refused link from any vector, by any route', async () => {
    const survivors: string[] = []
    let attempts = 0
    const inspect = (route: string, vector: string, content: DocumentNode | null) => {
      attempts += 1
      const parts = content === null ? [] : activeParts(content)
      if (parts.length > 0)
        survivors.push(`${route} ${JSON.stringify(vector)}: ${parts.join(', ')}`)
    }
    const imported = async (fileName: string, bytes: Uint8Array) =>
      importDraftBytes(fileName, bytes, testImportOptions).then(
        (draft) => draft.content,
        () => null,
      )
    const stored = async () => {
      const opened = await invokeChannel('openReview', { id: review.id }, workspace.context)
      return opened.ok ? (opened.value as Review).content : null
    }

    for (const vector of XSS_MARKUP) {
      const page = `<p>Before</p>${vector}<p>After</p>`
      inspect('html import', vector, await imported('page.html', Buffer.from(page)))
      inspect(
        'markdown import',
        vector,
        await imported('page.md', Buffer.from(`Before\n\n${vector}`)),
      )
      const pasted = await invokeChannel(
        'importPastedContent',
        { html: page, text: 'Before After' },
        workspace.context,
      )
      inspect('paste', vector, pasted.ok ? (pasted.value as Review).content : null)
      const saved = await invokeChannel(
        'saveContent',
        {
          reviewId: review.id,
          metadata: review.metadata,
          content: {
            type: 'doc',
            attrs: { onload: vector },
            content: [
              {
                type: 'paragraph',
                attrs: { style: vector },
                content: [{ type: 'text', text: vector }],
              },
            ],
          },
          anchors: [],
        },
        workspace.context,
      )
      inspect('saveContent', vector, saved.ok ? await stored() : null)
    }
    for (const href of [...HOSTILE_LINKS, ...XSS_MARKUP.slice(0, 10)]) {
      const linked = {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'linked words',
                marks: [{ type: 'link', attrs: { href, target: '_blank', onclick: 'alert(1)' } }],
              },
            ],
          },
        ],
      }
      const saved = await invokeChannel(
        'saveContent',
        { reviewId: review.id, metadata: review.metadata, content: linked, anchors: [] },
        workspace.context,
      )
      inspect('link editing', href, saved.ok ? await stored() : null)
      const html = `<p><a href="${href.replaceAll('"', '&quot;')}">linked words</a></p>`
      inspect('html link', href, await imported('link.html', Buffer.from(html)))
      const docx = wordDocument(
        `<w:p><w:hyperlink r:id="rId9"><w:r><w:t>linked words</w:t></w:r></w:hyperlink></w:p>${wordParagraph('More.')}`,
        {
          relationships:
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            `<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${href.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')}" TargetMode="External"/></Relationships>`,
        },
      )
      inspect('docx link', href, await imported('link.docx', docx))
    }

    printFigures('hostile content', {
      vectors: XSS_MARKUP.length + HOSTILE_LINKS.length,
      'routes tried': attempts,
      'active parts kept in stored content': survivors.length,
    })
    expect(survivors).toEqual([])
  }, 600_000)
})
