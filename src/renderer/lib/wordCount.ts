import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

const cachedCounts = new WeakMap<ProseMirrorNode, number>()

/** Words in a document; cached per document so selection-only transactions cost nothing. */
export function countWords(documentNode: ProseMirrorNode): number {
  const cached = cachedCounts.get(documentNode)
  if (cached !== undefined) return cached
  const text = documentNode.textBetween(0, documentNode.content.size, ' ', ' ')
  const count = text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0
  cachedCounts.set(documentNode, count)
  return count
}
