import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { inlineLeafText } from '../../shared/text/documentText'

export interface Range {
  from: number
  to: number
}

export interface Textblock {
  /** Position just before the block. */
  pos: number
  node: ProseMirrorNode
}

/** A textblock's text in the shared text model: each inline leaf is one character, like its position. */
export function textblockText(node: ProseMirrorNode): string {
  let text = ''
  node.forEach((child) => {
    text += child.isText ? (child.text ?? '') : inlineLeafText(child.type.name)
  })
  return text
}

/** The ranges of the new document a transaction changed, in the new document's positions. */
export function changedRanges(transaction: Transaction): Range[] {
  const ranges: Range[] = []
  transaction.mapping.maps.forEach((stepMap, index) => {
    stepMap.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      const later = transaction.mapping.slice(index + 1)
      ranges.push({ from: later.map(newStart, -1), to: later.map(newEnd, 1) })
    })
  })
  return ranges
}

/** Maps earlier ranges through a transaction, keeping ones whose content was deleted as points. */
export function mapRanges(ranges: readonly Range[], transaction: Transaction): Range[] {
  return ranges.map(({ from, to }) => {
    const start = transaction.mapping.map(from, -1)
    return { from: start, to: Math.max(start, transaction.mapping.map(to, 1)) }
  })
}

/** Every textblock touching one of the ranges, each once, in document order. */
export function textblocksInRanges(doc: ProseMirrorNode, ranges: readonly Range[]): Textblock[] {
  const found = new Map<number, ProseMirrorNode>()
  for (const range of ranges) {
    const from = Math.max(0, Math.min(range.from, doc.content.size))
    const to = Math.max(from, Math.min(range.to, doc.content.size))
    doc.nodesBetween(from, to, (node, pos) => {
      if (node.isTextblock) {
        found.set(pos, node)
        return false
      }
      return true
    })
    // An empty range inside a block (e.g. a deletion) touches that block too.
    const resolved = doc.resolve(from)
    if (resolved.parent.isTextblock && resolved.depth > 0) {
      found.set(resolved.before(), resolved.parent)
    }
  }
  return [...found.entries()].sort(([a], [b]) => a - b).map(([pos, node]) => ({ pos, node }))
}

/** Every textblock in the document, in order. */
export function allTextblocks(doc: ProseMirrorNode): Textblock[] {
  const blocks: Textblock[] = []
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      blocks.push({ pos, node })
      return false
    }
    return true
  })
  return blocks
}
