import { classifyFurnitureLine, type FurnitureReason } from './classifyFurnitureLine'
import { isDateline } from '../../import/isDateline'
import { describeRemovedFurnitureBlocks } from './describeRemovedFurnitureBlocks'

export type FurnitureLineReason = FurnitureReason | 'image alt text' | 'reading list'

export interface FurnitureLine {
  blockIndex: number
  /** Offsets inside the block. */
  start: number
  end: number
  text: string
  reason: FurnitureLineReason
}

export interface FurnitureReport {
  /** Every furniture line, in order. */
  lines: FurnitureLine[]
  /** Blocks that are furniture from start to end: the UI deletes these in one transaction. */
  wholeBlocks: number[]
  removedCharacters: number
  /** E.g. "Removed 5 blocks of page furniture (31 lines, 1,204 characters)". */
  summary: string
}

interface Line {
  blockIndex: number
  text: string
  start: number
  end: number
}

function splitLines(block: string, blockIndex: number): Line[] {
  const lines: Line[] = []
  let start = 0
  for (const text of block.split('\n')) {
    if (text.trim() !== '') lines.push({ blockIndex, text, start, end: start + text.length })
    start += text.length + 1
  }
  return lines
}

const BYLINE =
  /^(?:by|written by|words by|(?:medically\s+|fact\s+|expert\s+)?reviewed by|fact[- ]checked by)\s+\p{Lu}/iu
const BYLINE_RUN_GAP = 4
const ALT_TEXT_MAX_WORDS = 20

function wordCount(text: string): number {
  return text.trim().split(/\s+/).length
}

/** A short line that reads like a caption or a headline, not like a sentence of the article. */
function isCaptionLike(text: string): boolean {
  const words = wordCount(text)
  return words <= 12 || (words <= 40 && !/[.!?]["”’)]?$/u.test(text.trim()))
}

/**
 * Reading lists copied with an article: after a heading such as "Next on Your Reading List", or
 * wherever three or more bylines follow each other closely, every short headline, byline and
 * image description line belongs to the list.
 */
function markReadingLists(lines: Line[], reasons: (FurnitureLineReason | null)[]): void {
  const mark = (from: number): void => {
    for (let index = from; index < lines.length; index += 1) {
      const line = lines[index]
      if (line === undefined || !isCaptionLike(line.text)) break
      reasons[index] ??= 'reading list'
    }
  }
  reasons.forEach((reason, index) => {
    if (reason === 'reading-list heading') mark(index + 1)
  })
  const bylines = lines.flatMap((line, index) => (BYLINE.test(line.text.trim()) ? [index] : []))
  for (let first = 0; first < bylines.length;) {
    let last = first
    while (
      last + 1 < bylines.length &&
      (bylines[last + 1] ?? 0) - (bylines[last] ?? 0) <= BYLINE_RUN_GAP
    ) {
      last += 1
    }
    const runEnd = bylines[last] ?? 0
    // The headline (and image line) before the first byline, if they are in the same block.
    let runStart = bylines[first] ?? 0
    for (let step = 0; step < 2; step += 1) {
      const previous = lines[runStart - 1]
      if (previous === undefined || previous.blockIndex !== lines[runStart]?.blockIndex) break
      runStart -= 1
    }
    const between = lines.slice(runStart, runEnd + 1)
    if (last - first >= 2 && between.every((line) => isCaptionLike(line.text))) {
      for (let index = runStart; index <= runEnd; index += 1) {
        reasons[index] ??= 'reading list'
      }
    }
    first = last + 1
  }
}

/** Page furniture in a draft copied from a web page, by line, and the blocks that are all furniture. */
export function findFurniture(blocks: readonly string[]): FurnitureReport {
  const lines = blocks.flatMap((block, blockIndex) => splitLines(block, blockIndex))
  const reasons: (FurnitureLineReason | null)[] = lines.map((line) =>
    classifyFurnitureLine(line.text),
  )
  // Image alt text: a short caption-like line right before an image credit.
  lines.forEach((line, index) => {
    const text = line.text.trim()
    if (
      reasons[index] === null &&
      reasons[index + 1] === 'image credit' &&
      wordCount(text) <= ALT_TEXT_MAX_WORDS &&
      !/[.!?]$/.test(text)
    ) {
      reasons[index] = 'image alt text'
    }
  })
  markReadingLists(lines, reasons)
  // The article's date is content the reviewer checks, even among captions and reading lists.
  lines.forEach((line, index) => {
    if (isDateline(line.text)) reasons[index] = null
  })
  const found: FurnitureLine[] = []
  lines.forEach((line, index) => {
    const reason = reasons[index]
    if (reason) found.push({ ...line, reason })
  })
  // A block is furniture from start to end when it has lines and every one of them is furniture.
  const blockState = new Array<'none' | 'all' | 'some'>(blocks.length).fill('none')
  lines.forEach((line, index) => {
    const isFurniture = (reasons[index] ?? null) !== null
    const state = blockState[line.blockIndex]
    if (state === 'none') blockState[line.blockIndex] = isFurniture ? 'all' : 'some'
    else if (state === 'all' && !isFurniture) blockState[line.blockIndex] = 'some'
  })
  const wholeBlocks = blockState.flatMap((state, blockIndex) =>
    state === 'all' ? [blockIndex] : [],
  )
  const whole = new Set(wholeBlocks)
  const removedCharacters = wholeBlocks.reduce(
    (sum, index) => sum + (blocks[index]?.length ?? 0),
    0,
  )
  const removedLines = found.filter((line) => whole.has(line.blockIndex)).length
  const summary =
    wholeBlocks.length === 0
      ? 'No whole blocks of page furniture found'
      : describeRemovedFurnitureBlocks({
          blocks: wholeBlocks.length,
          lines: removedLines,
          characters: removedCharacters,
        })
  return { lines: found, wholeBlocks, removedCharacters, summary }
}
