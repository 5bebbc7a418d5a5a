import { getSchema } from '@tiptap/core'
import { Node } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import {
  editorBlockAt,
  editorDocumentText,
  positionAtTextOffset,
  textOffsetAtPosition,
} from '../../../src/renderer/checks/editorDocumentText'
import { draftSchemaExtensions } from '../../../src/shared/editor/editorExtensions'
import type { DocumentNode } from '../../../src/shared/review/reviewSchema'
import { documentText, inlineLeafText } from '../../../src/shared/text/documentText'

const schema = getSchema(draftSchemaExtensions())

/** mulberry32: a small seeded generator, so a failing document can be rebuilt from its seed. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = ['vitamin', 'D', 'café', 'levels', 'drop', 'in', 'winter', 'naïve', '40%', '—']

function randomDocument(random: () => number): DocumentNode {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const inline = (): DocumentNode[] => {
    const nodes: DocumentNode[] = []
    const count = Math.floor(random() * 5)
    for (let index = 0; index < count; index += 1) {
      if (random() < 0.25) {
        nodes.push({ type: 'hardBreak' })
        continue
      }
      const words = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(WORDS))
      const value = `${random() < 0.3 ? ' ' : ''}${words.join(random() < 0.2 ? '\u00a0' : ' ')} `
      const marks = random() < 0.3 ? [{ type: pick(['bold', 'italic']) }] : undefined
      nodes.push(
        marks === undefined ? { type: 'text', text: value } : { type: 'text', text: value, marks },
      )
    }
    return nodes
  }
  const textblock = (): DocumentNode => {
    const content = inline()
    const base =
      random() < 0.2
        ? { type: 'heading', attrs: { level: 1 + Math.floor(random() * 4) } }
        : { type: 'paragraph' }
    return content.length === 0 ? base : { ...base, content }
  }
  const paragraph = (): DocumentNode => {
    const content = inline()
    return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content }
  }
  const block = (depth: number): DocumentNode => {
    const roll = random()
    if (depth < 3 && roll < 0.15) {
      return {
        type: 'blockquote',
        content: Array.from({ length: 1 + Math.floor(random() * 3) }, () => block(depth + 1)),
      }
    }
    if (depth < 3 && roll < 0.3) {
      return {
        type: pick(['bulletList', 'orderedList']),
        content: Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
          type: 'listItem',
          content: [
            paragraph(),
            ...Array.from({ length: Math.floor(random() * 2) }, () => block(depth + 1)),
          ],
        })),
      }
    }
    return textblock()
  }
  return {
    type: 'doc',
    content: Array.from({ length: 1 + Math.floor(random() * 8) }, () => block(0)),
  }
}

const SEEDS = Array.from({ length: 60 }, (_, index) => index + 1)

describe('editorDocumentText', () => {
  it('is tested on documents with empty paragraphs, headings, lists, quotes and hard breaks', () => {
    const seen = new Set<string>()
    for (const seed of SEEDS) {
      Node.fromJSON(schema, randomDocument(randomSource(seed))).descendants((node) => {
        seen.add(node.isTextblock && node.content.size === 0 ? 'empty textblock' : node.type.name)
      })
    }
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'blockquote',
        'bulletList',
        'empty textblock',
        'hardBreak',
        'heading',
        'orderedList',
      ]),
    )
  })

  it.each(SEEDS)('gives the same text and blocks as documentText (document %i)', (seed) => {
    const json = randomDocument(randomSource(seed))
    const doc = Node.fromJSON(schema, json)
    doc.check()
    const editor = editorDocumentText(doc)
    const stored = documentText(doc.toJSON() as DocumentNode)
    expect(editor.text).toBe(stored.text)
    expect(editor.text).toBe(documentText(json).text)
    expect(
      editor.blocks.map(({ index, start, end, text, type }) => ({ index, start, end, text, type })),
    ).toEqual(
      stored.blocks.map(({ index, start, end, text, type }) => ({ index, start, end, text, type })),
    )
    for (const block of editor.blocks) expect(block.text.length).toBe(block.node.content.size)
  })

  it.each(SEEDS)(
    'maps every position inside a textblock to the document text and back (document %i)',
    (seed) => {
      const doc = Node.fromJSON(schema, randomDocument(randomSource(seed)))
      const editor = editorDocumentText(doc)
      for (const block of editor.blocks) {
        const contentStart = block.pos + 1
        const contentEnd = contentStart + block.node.content.size
        for (let position = contentStart; position <= contentEnd; position += 1) {
          const offset = textOffsetAtPosition(editor, position)
          expect(offset).not.toBeNull()
          expect(positionAtTextOffset(editor, offset ?? -1)).toBe(position)
          if (position < contentEnd) {
            const character = doc.textBetween(position, position + 1, '', (leaf) =>
              inlineLeafText(leaf.type.name),
            )
            expect(editor.text.charAt(offset ?? -1)).toBe(character)
          }
        }
      }
    },
  )

  it('finds no text offset for a position between blocks', () => {
    const doc = Node.fromJSON(schema, {
      type: 'doc',
      content: [
        {
          type: 'blockquote',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quoted' }] }],
        },
        { type: 'paragraph' },
      ],
    })
    const editor = editorDocumentText(doc)
    // 0 is before the blockquote, 1 before its paragraph, 9 after the paragraph inside the quote.
    expect([0, 1, 9, 10].map((position) => textOffsetAtPosition(editor, position))).toEqual([
      null,
      null,
      null,
      null,
    ])
    expect(textOffsetAtPosition(editor, 11)).toBe(8)
    expect(editorBlockAt(editor, 11)?.index).toBe(1)
    expect(positionAtTextOffset(editor, 7)).toBeNull()
  })

  it('gives a flag after an empty paragraph the offset it has in the stored text', () => {
    const json: DocumentNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'First paragraph.' }] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 'Second recieve.' }] },
      ],
    }
    const doc = Node.fromJSON(schema, json)
    const editor = editorDocumentText(doc)
    let flagPosition = -1
    doc.descendants((node, pos) => {
      const at = node.text?.indexOf('recieve') ?? -1
      if (at >= 0) flagPosition = pos + at
    })
    const offset = textOffsetAtPosition(editor, flagPosition) ?? -1
    expect(documentText(json).text.slice(offset, offset + 'recieve'.length)).toBe('recieve')
  })
})
