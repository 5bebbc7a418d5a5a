import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { editorDocumentText, textOffsetAtPosition } from './editorDocumentText'

const WORD_BEFORE = /[\p{L}\p{N}][\p{L}\p{N}’'-]*$/u
const WORD_AFTER = /^[\p{L}\p{N}][\p{L}\p{N}’'-]*/u

/**
 * Where an accepted suggestion left its mark, in the text model, once the replacement is in
 * `doc` at `from`: the replacement itself, or — when the suggestion deleted the words (a
 * repeated word) — the word just before the gap, else the one after it. Null when neither
 * can be found (the fix is still made; it is just not recorded on a range).
 */
export function acceptedSuggestionRange(
  doc: ProseMirrorNode,
  from: number,
  replacement: string,
): { start: number; end: number; exact: string } | null {
  const model = editorDocumentText(doc)
  const start = textOffsetAtPosition(model, from)
  if (start === null) return null
  if (replacement !== '') {
    const exact = model.text.slice(start, start + replacement.length)
    return exact === replacement ? { start, end: start + replacement.length, exact } : null
  }
  const before = WORD_BEFORE.exec(model.text.slice(0, start).trimEnd())
  if (before) {
    const end = model.text.slice(0, start).trimEnd().length
    return { start: end - before[0].length, end, exact: before[0] }
  }
  const rest = model.text.slice(start)
  const leading = rest.length - rest.trimStart().length
  const after = WORD_AFTER.exec(rest.trimStart())
  if (!after) return null
  return { start: start + leading, end: start + leading + after[0].length, exact: after[0] }
}
