import { describe, expect, it } from 'vitest'
import type { DocumentNode } from '../../../src/shared/review/reviewSchema'
import {
  BLOCK_SEPARATOR,
  documentOffset,
  documentText,
  inlineLeafText,
  offsetInBlock,
} from '../../../src/shared/text/documentText'

function textNode(value: string): DocumentNode {
  return { type: 'text', text: value }
}
function paragraph(...content: DocumentNode[]): DocumentNode {
  return content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content }
}
function heading(level: number, value: string): DocumentNode {
  return { type: 'heading', attrs: { level }, content: [textNode(value)] }
}
function doc(...content: DocumentNode[]): DocumentNode {
  return { type: 'doc', content }
}

describe('documentText', () => {
  it('makes every textblock a block, empty paragraphs included', () => {
    const { text, blocks } = documentText(
      doc(paragraph(textNode('One.')), paragraph(), heading(2, 'Two')),
    )
    expect(blocks.map(({ text: blockText, type }) => [type, blockText])).toEqual([
      ['paragraph', 'One.'],
      ['paragraph', ''],
      ['heading', 'Two'],
    ])
    expect(text).toBe('One.\n\n\n\nTwo')
  })

  it('joins blocks with a blank line and records where each starts and ends', () => {
    const { text, blocks } = documentText(
      doc(paragraph(textNode('Alpha')), paragraph(textNode('Beta'))),
    )
    expect(BLOCK_SEPARATOR).toBe('\n\n')
    expect(blocks.map(({ index, start, end }) => ({ index, start, end }))).toEqual([
      { index: 0, start: 0, end: 5 },
      { index: 1, start: 7, end: 11 },
    ])
    for (const block of blocks) expect(text.slice(block.start, block.end)).toBe(block.text)
  })

  it('reads list items and blockquotes as their textblocks in document order', () => {
    const list: DocumentNode = {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [paragraph(textNode('First item'))] },
        {
          type: 'listItem',
          content: [
            paragraph(textNode('Second item')),
            {
              type: 'orderedList',
              content: [{ type: 'listItem', content: [paragraph(textNode('Nested item'))] }],
            },
          ],
        },
      ],
    }
    const quote: DocumentNode = {
      type: 'blockquote',
      content: [paragraph(textNode('Quoted')), paragraph()],
    }
    const { blocks } = documentText(
      doc(paragraph(textNode('Before')), list, quote, heading(1, 'After')),
    )
    expect(blocks.map((block) => block.text)).toEqual([
      'Before',
      'First item',
      'Second item',
      'Nested item',
      'Quoted',
      '',
      'After',
    ])
  })

  it('reads a hard break as a newline and keeps text with marks as it is', () => {
    const bold = { type: 'text', text: 'bold', marks: [{ type: 'bold' }] }
    const { text: plain } = documentText(
      doc(paragraph(textNode('Line  one '), { type: 'hardBreak' }, bold, textNode('\u00a0end'))),
    )
    expect(plain).toBe('Line  one \nbold\u00a0end')
  })

  it('reads any other inline leaf as one object replacement character', () => {
    expect(inlineLeafText('hardBreak')).toBe('\n')
    expect(inlineLeafText('image')).toBe('\uFFFC')
    const { text: plain } = documentText(
      doc(paragraph(textNode('a'), { type: 'image' }, textNode('b'))),
    )
    expect(plain).toBe('a\uFFFCb')
  })

  it('has no blocks and no text for an empty document', () => {
    expect(documentText({ type: 'doc' })).toEqual({ text: '', blocks: [] })
  })
})

describe('offsets between blocks and the document text', () => {
  const model = documentText(
    doc(paragraph(textNode('Alpha')), paragraph(), paragraph(textNode('Gamma'))),
  )

  it('turns an offset in a block into a document offset and back', () => {
    const offset = documentOffset(model, 2, 3)
    expect(model.text.slice(offset, offset + 2)).toBe('ma')
    expect(offsetInBlock(model, offset)).toEqual({ blockIndex: 2, offsetInBlock: 3 })
  })

  it('gives an empty block its own offset between the separators', () => {
    expect(documentOffset(model, 1, 0)).toBe(7)
    expect(offsetInBlock(model, 7)).toEqual({ blockIndex: 1, offsetInBlock: 0 })
  })

  it('counts the end of a block as in the block, and a separator as in none', () => {
    expect(offsetInBlock(model, 5)).toEqual({ blockIndex: 0, offsetInBlock: 5 })
    expect(offsetInBlock(model, 6)).toBeNull()
    expect(offsetInBlock(model, model.text.length + 1)).toBeNull()
    expect(offsetInBlock(model, -1)).toBeNull()
  })

  it('round-trips every offset of every block', () => {
    for (const block of model.blocks) {
      for (let inBlock = 0; inBlock <= block.text.length; inBlock += 1) {
        const offset = documentOffset(model, block.index, inBlock)
        expect(offsetInBlock(model, offset)).toEqual({
          blockIndex: block.index,
          offsetInBlock: inBlock,
        })
      }
    }
  })

  it('refuses a block that does not exist or an offset past its end', () => {
    expect(() => documentOffset(model, 3, 0)).toThrow(RangeError)
    expect(() => documentOffset(model, 0, 6)).toThrow(RangeError)
  })
})
