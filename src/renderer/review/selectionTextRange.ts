import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import {
  editorDocumentText,
  textOffsetAtPosition,
  type EditorBlock,
} from '../checks/editorDocumentText'
import type { DocumentText } from '../../shared/text/documentText'

/** A stretch of the document text with the words it covers, as `createFlag` takes it. */
export interface QuotedTextRange {
  start: number
  end: number
  exact: string
}

export type SelectionTextRange =
  { ok: true; range: QuotedTextRange } | { ok: false; problem: string }

/**
 * The text offset of a selection edge; an edge between blocks (Select All, a selected list)
 * moves into the nearest block inside the selection.
 */
function edgeOffset(
  text: DocumentText<EditorBlock>,
  position: number,
  inward: 1 | -1,
): number | null {
  const inside = textOffsetAtPosition(text, position)
  if (inside !== null) return inside
  const blocks = inward === 1 ? text.blocks : [...text.blocks].reverse()
  for (const block of blocks) {
    const blockStart = block.pos + 1
    const blockEnd = blockStart + block.node.content.size
    if (inward === 1 && blockStart >= position) return block.start
    if (inward === -1 && blockEnd <= position) return block.end
  }
  return null
}

export const EMPTY_SELECTION_PROBLEM = 'Select the words to flag first.'

/**
 * The text-model range of a selection, for a manual flag. Spaces and line breaks at its edges
 * are left out (a double-click often takes the space after a word); a selection may span
 * paragraphs, but must hold some text.
 */
export function selectionTextRange(
  doc: ProseMirrorNode,
  from: number,
  to: number,
): SelectionTextRange {
  const text = editorDocumentText(doc)
  const start = edgeOffset(text, Math.min(from, to), 1)
  const end = edgeOffset(text, Math.max(from, to), -1)
  if (start === null || end === null || end < start) {
    return { ok: false, problem: 'Select words in the article text to flag them.' }
  }
  const selected = text.text.slice(start, end)
  const leading = selected.length - selected.trimStart().length
  const exact = selected.trim()
  if (exact === '') return { ok: false, problem: EMPTY_SELECTION_PROBLEM }
  return { ok: true, range: { start: start + leading, end: start + leading + exact.length, exact } }
}
