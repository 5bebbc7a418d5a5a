import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu

/**
 * Counts are cached per node. ProseMirror shares unchanged nodes between document versions,
 * so after a keystroke only the edited block is counted again.
 */
const cachedCounts = new WeakMap<ProseMirrorNode, number>()

export function countWords(node: ProseMirrorNode): number {
  const cached = cachedCounts.get(node)
  if (cached !== undefined) return cached
  let count = 0
  if (node.isTextblock) {
    count = node.textBetween(0, node.content.size, ' ', ' ').match(WORD)?.length ?? 0
  } else {
    node.forEach((child) => {
      count += countWords(child)
    })
  }
  cachedCounts.set(node, count)
  return count
}
