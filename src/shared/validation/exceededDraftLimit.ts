import { BLOCK_SEPARATOR, TEXTBLOCK_TYPES } from '../text/documentText'
import { DRAFT_LIMITS, type DraftLimit } from './draftLimits'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Length of a textblock's text as the one text model counts it: text as is, one per other inline node. */
function textblockLength(children: unknown[]): number {
  let length = 0
  for (const child of children) {
    length +=
      isRecord(child) && child.type === 'text' && typeof child.text === 'string'
        ? child.text.length
        : 1
  }
  return length
}

/**
 * The first draft limit a document tree (TipTap JSON, not yet validated) is over, or null.
 * Iterative and linear, so it can run before any schema or recursive code sees the tree.
 */
export function exceededDraftLimit(root: unknown): DraftLimit | null {
  const pending: { node: unknown; depth: number }[] = [{ node: root, depth: 1 }]
  let nodes = 0
  let paragraphs = 0
  let characters = 0
  while (pending.length > 0) {
    const { node, depth } = pending.pop() as { node: unknown; depth: number }
    if (!isRecord(node)) continue
    if (depth > DRAFT_LIMITS.depth) return 'depth'
    nodes += 1
    if (nodes > DRAFT_LIMITS.nodes) return 'nodes'
    const children = Array.isArray(node.content) ? (node.content as unknown[]) : []
    if (typeof node.type === 'string' && TEXTBLOCK_TYPES.includes(node.type)) {
      paragraphs += 1
      if (paragraphs > DRAFT_LIMITS.paragraphs) return 'paragraphs'
      const length = textblockLength(children)
      if (length > DRAFT_LIMITS.paragraphCharacters) return 'paragraphCharacters'
      characters += length + (paragraphs > 1 ? BLOCK_SEPARATOR.length : 0)
      if (characters > DRAFT_LIMITS.characters) return 'characters'
    }
    for (const child of children) pending.push({ node: child, depth: depth + 1 })
  }
  return null
}
