import { getSchema } from '@tiptap/core'
import type { Schema } from '@tiptap/pm/model'
import { draftSchemaExtensions } from '../../shared/editor/editorExtensions'
import type { DocumentNode } from '../../shared/review/reviewSchema'

let draftSchema: Schema | undefined

/**
 * Checks a document against the editor's schema (node types, marks, nesting).
 * Returns null when valid, otherwise the reason.
 */
export function findDraftContentProblem(content: DocumentNode): string | null {
  draftSchema ??= getSchema(draftSchemaExtensions())
  try {
    draftSchema.nodeFromJSON(content).check()
    return null
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}
