import type { EditorState, Transaction } from '@tiptap/pm/state'
import { findFurniture } from '../../shared/checks/furniture/findFurniture'
import { allTextblocks, textblockText } from './changedTextblocks'

export interface FurnitureRemoval {
  transaction: Transaction
  /** What was removed, for the notice. */
  summary: string
}

/**
 * One transaction (so one undo) that deletes page furniture from the bottom up: whole blocks,
 * and furniture lines inside blocks that mix them with article text (lines are hard breaks).
 * Null when there is nothing to remove.
 */
export function removeFurniture(state: EditorState): FurnitureRemoval | null {
  const blocks = allTextblocks(state.doc)
  const texts = blocks.map(({ node }) => textblockText(node))
  const report = findFurniture(texts)
  const whole = new Set(report.wholeBlocks)
  const deletions: { from: number; to: number }[] = []
  for (const index of report.wholeBlocks) {
    const block = blocks[index]
    if (block) deletions.push({ from: block.pos, to: block.pos + block.node.nodeSize })
  }
  let partialLines = 0
  for (const line of report.lines) {
    const block = blocks[line.blockIndex]
    const text = texts[line.blockIndex] ?? ''
    if (!block || whole.has(line.blockIndex)) continue
    // Take the line's hard break with it: the one after, or before for the last line.
    let start = line.start
    let end = line.end
    if (text[end] === '\n') end += 1
    else if (start > 0 && text[start - 1] === '\n') start -= 1
    deletions.push({ from: block.pos + 1 + start, to: block.pos + 1 + end })
    partialLines += 1
  }
  if (deletions.length === 0) return null
  const transaction = state.tr
  deletions.sort((a, b) => b.from - a.from)
  for (const deletion of deletions) transaction.delete(deletion.from, deletion.to)
  const removedLineCharacters = report.lines
    .filter((line) => !whole.has(line.blockIndex))
    .reduce((sum, line) => sum + line.text.length, 0)
  const summary =
    partialLines === 0
      ? report.summary
      : `${report.wholeBlocks.length > 0 ? report.summary : 'Removed page furniture'}; also ${partialLines.toLocaleString('en-US')} ${partialLines === 1 ? 'line' : 'lines'} (${removedLineCharacters.toLocaleString('en-US')} characters) inside paragraphs`
  return { transaction, summary }
}
