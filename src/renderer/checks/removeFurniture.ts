import type { EditorState, Transaction } from '@tiptap/pm/state'
import { createFlag } from '../../shared/checks/checkFlag'
import { describeRemovedFurnitureBlocks } from '../../shared/checks/furniture/describeRemovedFurnitureBlocks'
import { findFurniture, type FurnitureLine } from '../../shared/checks/furniture/findFurniture'
import { furnitureFlags } from '../../shared/checks/furniture/furnitureFlags'
import type { ReviewFlag } from '../../shared/review/reviewSchema'
import { allTextblocks, textblockText, type Range, type Textblock } from './changedTextblocks'
import { isIgnoredFlag } from './ignoredFlags'

export interface FurnitureRemoval {
  transaction: Transaction
  /** What was removed, for the notice. */
  summary: string
}

function linesByBlock(lines: readonly FurnitureLine[]): Map<number, FurnitureLine[]> {
  const byBlock = new Map<number, FurnitureLine[]>()
  for (const line of lines) {
    const blockLines = byBlock.get(line.blockIndex)
    if (blockLines) blockLines.push(line)
    else byBlock.set(line.blockIndex, [line])
  }
  return byBlock
}

/** The block's furniture lines minus those under a flag the reviewer ignored once. */
function removableLines(
  text: string,
  lines: readonly FurnitureLine[],
  isWholeBlock: boolean,
  ignored: readonly ReviewFlag[],
): FurnitureLine[] {
  const kept = furnitureFlags(text, lines, isWholeBlock)
    .map(createFlag)
    .filter((flag) => isIgnoredFlag(flag, text, ignored))
  return lines.filter(
    (line) => !kept.some((flag) => flag.start <= line.start && line.end <= flag.end),
  )
}

/**
 * Furniture lines of one block with their hard breaks: each takes the break after it, except a
 * run of lines at the end of the block, which takes the break before it.
 */
function lineDeletions(block: Textblock, text: string, lines: readonly FurnitureLine[]): Range[] {
  const runs: { start: number; end: number; takesFollowingBreak: boolean }[] = []
  for (const line of lines) {
    const takesFollowingBreak = text[line.end] === '\n'
    const end = takesFollowingBreak ? line.end + 1 : line.end
    const last = runs[runs.length - 1]
    if (last?.takesFollowingBreak && last.end === line.start) {
      last.end = end
      last.takesFollowingBreak = takesFollowingBreak
    } else {
      runs.push({ start: line.start, end, takesFollowingBreak })
    }
  }
  const last = runs[runs.length - 1]
  if (last && !last.takesFollowingBreak && last.start > 0 && text[last.start - 1] === '\n') {
    last.start -= 1
  }
  return runs.map(({ start, end }) => ({ from: block.pos + 1 + start, to: block.pos + 1 + end }))
}

/**
 * One transaction (so one undo) that deletes page furniture from the bottom up: whole blocks,
 * and furniture lines inside blocks that mix them with article text (lines are hard breaks).
 * Furniture the reviewer ignored once stays. Null when there is nothing to remove.
 */
export function removeFurniture(
  state: EditorState,
  ignored: readonly ReviewFlag[],
): FurnitureRemoval | null {
  const blocks = allTextblocks(state.doc)
  const texts = blocks.map(({ node }) => textblockText(node))
  const report = findFurniture(texts)
  const whole = new Set(report.wholeBlocks)
  const deletions: Range[] = []
  const removedBlocks = { blocks: 0, lines: 0, characters: 0 }
  let partialLines = 0
  let removedLineCharacters = 0
  for (const [blockIndex, lines] of linesByBlock(report.lines)) {
    const block = blocks[blockIndex]
    const text = texts[blockIndex] ?? ''
    if (!block) continue
    const removable = removableLines(text, lines, whole.has(blockIndex), ignored)
    if (whole.has(blockIndex) && removable.length === lines.length) {
      deletions.push({ from: block.pos, to: block.pos + block.node.nodeSize })
      removedBlocks.blocks += 1
      removedBlocks.lines += lines.length
      removedBlocks.characters += text.length
      continue
    }
    deletions.push(...lineDeletions(block, text, removable))
    partialLines += removable.length
    for (const line of removable) removedLineCharacters += line.text.length
  }
  if (deletions.length === 0) return null
  const transaction = state.tr
  deletions.sort((a, b) => b.from - a.from)
  for (const deletion of deletions) transaction.delete(deletion.from, deletion.to)
  const blocksSummary =
    removedBlocks.blocks > 0
      ? describeRemovedFurnitureBlocks(removedBlocks)
      : 'Removed page furniture'
  const summary =
    partialLines === 0
      ? blocksSummary
      : `${blocksSummary}; also ${partialLines.toLocaleString('en-US')} ${partialLines === 1 ? 'line' : 'lines'} (${removedLineCharacters.toLocaleString('en-US')} characters) inside paragraphs`
  return { transaction, summary }
}
