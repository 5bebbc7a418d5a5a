import { getSchema } from '@tiptap/core'
import { Node } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { allTextblocks, textblockText } from '../../../src/renderer/checks/changedTextblocks'
import { draftSchemaExtensions } from '../../../src/shared/editor/editorExtensions'
import type { DocumentNode } from '../../../src/shared/review/reviewSchema'
import { documentText } from '../../../src/shared/text/documentText'

const schema = getSchema(draftSchemaExtensions())

function paragraph(text: string): DocumentNode {
  return text === ''
    ? { type: 'paragraph' }
    : { type: 'paragraph', content: [{ type: 'text', text }] }
}

/** Where a word starts in the document text, counted the way the editor's ignore-once does. */
function rendererOffsetOf(json: DocumentNode, word: string): number {
  const doc = Node.fromJSON(schema, json)
  let blockOffset = 0
  for (const block of allTextblocks(doc)) {
    const text = textblockText(block.node)
    if (text.includes(word)) return blockOffset + text.indexOf(word)
    blockOffset += text.length + 2
  }
  throw new Error(`“${word}” is not in the document`)
}

/** Where a word starts in the document text, counted the way the stored text is built. */
function storedTextOffsetOf(json: DocumentNode, word: string): number {
  for (const block of documentText(json).blocks) {
    if (block.text.includes(word)) return block.start + block.text.indexOf(word)
  }
  throw new Error(`“${word}” is not in the document`)
}

describe('document offsets of the editor and the stored text', () => {
  it('agree on a flag after an empty paragraph', () => {
    const json: DocumentNode = {
      type: 'doc',
      content: [paragraph('First paragraph.'), paragraph(''), paragraph('Second recieve.')],
    }
    expect(rendererOffsetOf(json, 'recieve')).toBe(storedTextOffsetOf(json, 'recieve'))
  })
})
