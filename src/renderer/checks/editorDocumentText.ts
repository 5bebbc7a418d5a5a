import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import {
  joinBlocks,
  offsetInBlock,
  type BlockInDocument,
  type DocumentText,
} from '../../shared/text/documentText'
import { allTextblocks, textblockText, type Textblock } from './changedTextblocks'

export type EditorBlock = Textblock & BlockInDocument

/**
 * The editor document in the shared text model (`documentText` of its JSON gives the same
 * text and blocks), with each block's ProseMirror position, for offsets of stored anchors.
 */
export function editorDocumentText(doc: ProseMirrorNode): DocumentText<EditorBlock> {
  return joinBlocks(
    allTextblocks(doc).map(({ pos, node }) => ({
      pos,
      node,
      text: textblockText(node),
      type: node.type.name,
    })),
  )
}

/** Where a block's content starts: one position after the block's opening. */
function contentStart(block: EditorBlock): number {
  return block.pos + 1
}

/** The block whose content holds a ProseMirror position (its start and end included), or null. */
export function editorBlockAt(
  { blocks }: DocumentText<EditorBlock>,
  position: number,
): EditorBlock | null {
  let low = 0
  let high = blocks.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const block = blocks[middle]
    if (block === undefined) break
    const start = contentStart(block)
    if (position < start) high = middle - 1
    else if (position > start + block.node.content.size) low = middle + 1
    else return block
  }
  return null
}

/** The document text offset of a ProseMirror position inside a textblock, or null outside one. */
export function textOffsetAtPosition(
  text: DocumentText<EditorBlock>,
  position: number,
): number | null {
  const block = editorBlockAt(text, position)
  return block === null ? null : block.start + (position - contentStart(block))
}

/** The ProseMirror position of a document text offset, or null inside a separator. */
export function positionAtTextOffset(
  text: DocumentText<EditorBlock>,
  offset: number,
): number | null {
  const found = offsetInBlock(text, offset)
  const block = found === null ? undefined : text.blocks[found.blockIndex]
  return found === null || block === undefined ? null : contentStart(block) + found.offsetInBlock
}
