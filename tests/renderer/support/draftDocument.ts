import { getSchema } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, type Plugin } from '@tiptap/pm/state'
import { draftSchemaExtensions } from '../../../src/shared/editor/editorExtensions'

export const draftSchema = getSchema(draftSchemaExtensions())

/** A paragraph whose "\n" are hard breaks, as pasted web copy has them. */
function paragraphOf(text: string): ProseMirrorNode {
  const content: ProseMirrorNode[] = []
  text.split('\n').forEach((line, index) => {
    if (index > 0) content.push(draftSchema.node('hardBreak'))
    if (line !== '') content.push(draftSchema.text(line))
  })
  return draftSchema.node('paragraph', null, content)
}

/** A draft of paragraphs, one per argument. */
export function draftOf(...paragraphs: string[]): ProseMirrorNode {
  return draftSchema.node('doc', null, paragraphs.map(paragraphOf))
}

export function draftState(paragraphs: readonly string[], plugins: Plugin[] = []): EditorState {
  return EditorState.create({ doc: draftOf(...paragraphs), plugins })
}

/** Each paragraph's text, hard breaks read as "\n". */
export function paragraphTexts(doc: ProseMirrorNode): string[] {
  const texts: string[] = []
  doc.forEach((block) => {
    let text = ''
    block.forEach((child) => {
      text += child.isText ? (child.text ?? '') : '\n'
    })
    texts.push(text)
  })
  return texts
}
