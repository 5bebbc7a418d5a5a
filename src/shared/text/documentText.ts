import type { DocumentNode } from '../review/reviewSchema'

/**
 * The one text model of a draft: how a document becomes plain text. The checks, the CLI, the
 * stored flag anchors, the editor's offsets and the content hash all read a document this way.
 *
 * - Every textblock (a node of `TEXTBLOCK_TYPES`) is one block, empty ones included, in
 *   document order; list items and blockquotes contribute their textblocks in order.
 * - Blocks are joined by `BLOCK_SEPARATOR`.
 * - Inside a block, text is as is and every other inline node is `inlineLeafText` of its type:
 *   one character, like its one ProseMirror position, so an offset inside a block is the
 *   editor position minus the block's content start.
 */

/** The node types of the editor schema whose content is inline (their `isTextblock`). */
export const TEXTBLOCK_TYPES: readonly string[] = ['paragraph', 'heading']

export const BLOCK_SEPARATOR = '\n\n'

const HARD_BREAK_TEXT = '\n'
/** Unicode OBJECT REPLACEMENT CHARACTER: stands for an inline node that has no text. */
const OTHER_INLINE_LEAF_TEXT = '\uFFFC'

/** The text of an inline node that is not a text node: always exactly one character. */
export function inlineLeafText(typeName: string): string {
  return typeName === 'hardBreak' ? HARD_BREAK_TEXT : OTHER_INLINE_LEAF_TEXT
}

export interface BlockInDocument {
  /** Position of the block among all blocks, from 0. */
  index: number
  /** Where the block's text starts in the document text. */
  start: number
  /** Where it ends (exclusive); `end - start` is its length. */
  end: number
  text: string
  /** The textblock's node type, e.g. `paragraph` or `heading`. */
  type: string
}

export interface DocumentText<Block extends BlockInDocument = BlockInDocument> {
  text: string
  blocks: readonly Block[]
}

/** A block as read from a document, before it is placed in the document text. */
export interface ReadBlock {
  text: string
  type: string
}

/** Places blocks one after another in the document text; extra fields of each block are kept. */
export function joinBlocks<Block extends ReadBlock>(
  read: readonly Block[],
): DocumentText<Block & BlockInDocument> {
  let start = 0
  const blocks = read.map((block, index) => {
    const placed = { ...block, index, start, end: start + block.text.length }
    start = placed.end + BLOCK_SEPARATOR.length
    return placed
  })
  return { text: read.map((block) => block.text).join(BLOCK_SEPARATOR), blocks }
}

/** The text of a textblock of TipTap JSON. */
function textblockText(node: DocumentNode): string {
  return (node.content ?? [])
    .map((child) => (child.type === 'text' ? (child.text ?? '') : inlineLeafText(child.type)))
    .join('')
}

export interface JsonBlock extends BlockInDocument {
  /** The textblock itself, for readers that need its attributes or marks. */
  node: DocumentNode
}

/** A document's text and its blocks, from TipTap/ProseMirror JSON. */
export function documentText(root: DocumentNode): DocumentText<JsonBlock> {
  const read: { text: string; type: string; node: DocumentNode }[] = []
  const visit = (node: DocumentNode): void => {
    if (TEXTBLOCK_TYPES.includes(node.type)) {
      read.push({ text: textblockText(node), type: node.type, node })
      return
    }
    node.content?.forEach(visit)
  }
  visit(root)
  return joinBlocks(read)
}

/** The document text offset of an offset inside a block. */
export function documentOffset(
  { blocks }: DocumentText,
  blockIndex: number,
  offsetInBlock: number,
): number {
  const block = blocks[blockIndex]
  if (block === undefined) throw new RangeError(`there is no block ${blockIndex}`)
  if (offsetInBlock < 0 || offsetInBlock > block.end - block.start) {
    throw new RangeError(`offset ${offsetInBlock} is outside block ${blockIndex}`)
  }
  return block.start + offsetInBlock
}

export interface OffsetInBlock {
  blockIndex: number
  offsetInBlock: number
}

/**
 * The block a document text offset falls in, and the offset inside it. A block's end belongs
 * to it; an offset inside a separator or outside the text is in no block (null).
 */
export function offsetInBlock({ blocks }: DocumentText, offset: number): OffsetInBlock | null {
  let low = 0
  let high = blocks.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const block = blocks[middle]
    if (block === undefined) break
    if (offset < block.start) high = middle - 1
    else if (offset > block.end) low = middle + 1
    else return { blockIndex: block.index, offsetInBlock: offset - block.start }
  }
  return null
}
