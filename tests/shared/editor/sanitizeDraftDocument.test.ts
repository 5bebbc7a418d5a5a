import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { draftSchemaExtensions } from '../../../src/shared/editor/editorExtensions'
import { DRAFT_LINK_REL } from '../../../src/shared/editor/linkPolicy'
import {
  MARK_ATTRIBUTE_POLICY,
  NODE_ATTRIBUTE_POLICY,
  sanitizeDraftDocument,
} from '../../../src/shared/editor/sanitizeDraftDocument'
import type { DocumentNode } from '../../../src/shared/review/reviewSchema'

function linked(href: string, attrs: Record<string, unknown> = {}): DocumentNode {
  return {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'words', marks: [{ type: 'link', attrs: { href, ...attrs } }] },
        ],
      },
    ],
  }
}

function firstMarks(document: DocumentNode): unknown {
  return document.content?.[0]?.content?.[0]?.marks
}

describe('sanitizeDraftDocument', () => {
  it('drops link marks the link policy refuses and keeps their text', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html;base64,PHNjcmlwdD4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example.com/',
    ]) {
      const sanitized = sanitizeDraftDocument(linked(href))
      expect(firstMarks(sanitized)).toBeUndefined()
      expect(sanitized.content?.[0]?.content?.[0]?.text).toBe('words')
    }
  })

  it('forces rel, drops target, class, title and any other attribute of an allowed link', () => {
    const sanitized = sanitizeDraftDocument(
      linked('https://example.org/', { target: '_blank', rel: 'opener', onclick: 'x', class: 'c' }),
    )
    expect(firstMarks(sanitized)).toEqual([
      {
        type: 'link',
        attrs: {
          href: 'https://example.org/',
          target: null,
          rel: DRAFT_LINK_REL,
          class: null,
          title: null,
        },
      },
    ])
    expect(DRAFT_LINK_REL.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))
  })

  it('keeps only the attributes the schema defines, with values it allows', () => {
    const sanitized = sanitizeDraftDocument({
      type: 'doc',
      attrs: { style: 'x' },
      content: [
        { type: 'heading', attrs: { level: 9, id: 'x' } },
        { type: 'heading', attrs: { level: 3 } },
        { type: 'orderedList', attrs: { start: -4, type: 'disc', onmouseover: 'x' } },
        { type: 'orderedList', attrs: { start: 3, type: 'a' } },
        {
          type: 'paragraph',
          attrs: { 'data-pm-slice': '1 1 []' },
          marks: [{ type: 'bold', attrs: { x: 1 } }],
        },
      ],
    })
    expect(sanitized).toEqual({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 } },
        { type: 'heading', attrs: { level: 3 } },
        { type: 'orderedList', attrs: { start: 1, type: null } },
        { type: 'orderedList', attrs: { start: 3, type: 'a' } },
        { type: 'paragraph', marks: [{ type: 'bold' }] },
      ],
    })
  })

  it('has a policy for exactly the attributes of the editor schema', () => {
    const schema = getSchema(draftSchemaExtensions())
    const withAttributes = (types: Record<string, { spec: { attrs?: object | null } }>) =>
      Object.entries(types)
        .filter(([, type]) => Object.keys(type.spec.attrs ?? {}).length > 0)
        .map(([name]) => name)
        .sort()
    expect(withAttributes(schema.nodes)).toEqual(Object.keys(NODE_ATTRIBUTE_POLICY).sort())
    expect(Object.keys(schema.marks).sort()).toEqual(Object.keys(MARK_ATTRIBUTE_POLICY).sort())
    for (const [name, policy] of Object.entries(NODE_ATTRIBUTE_POLICY)) {
      expect(Object.keys(policy({})).sort()).toEqual(
        Object.keys(schema.nodes[name]?.spec.attrs ?? {}).sort(),
      )
    }
    const link = MARK_ATTRIBUTE_POLICY.link?.({ href: 'https://example.org/' }) ?? {}
    expect(Object.keys(link).sort()).toEqual(
      Object.keys(schema.marks.link?.spec.attrs ?? {}).sort(),
    )
  })
})
