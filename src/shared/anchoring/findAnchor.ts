import type { Anchor } from '../review/reviewSchema'
import { findChangedAnchor } from './findChangedAnchor'

export interface TextRange {
  start: number
  end: number
}

function commonSuffixLength(first: string, second: string): number {
  let length = 0
  while (
    length < first.length &&
    length < second.length &&
    first[first.length - 1 - length] === second[second.length - 1 - length]
  ) {
    length += 1
  }
  return length
}

function commonPrefixLength(first: string, second: string): number {
  let length = 0
  while (length < first.length && length < second.length && first[length] === second[length]) {
    length += 1
  }
  return length
}

/**
 * Finds an anchor's exact quote in (possibly changed) text: among every occurrence, the one
 * whose surrounding text matches the stored prefix and suffix best, and then the one nearest
 * the stored position. Null when the exact quote is gone.
 */
export function findExactAnchor(
  text: string,
  anchor: Anchor,
  expectedStart: number = anchor.start,
): TextRange | null {
  if (anchor.exact === '') return null
  // Most flags are still where they are expected, between their stored prefix and suffix: no
  // other occurrence can match better, so the rest of the text need not be searched.
  if (text.startsWith(anchor.exact, expectedStart)) {
    const end = expectedStart + anchor.exact.length
    if (
      text.slice(Math.max(0, expectedStart - anchor.prefix.length), expectedStart) ===
        anchor.prefix &&
      text.startsWith(anchor.suffix, end)
    ) {
      return { start: expectedStart, end }
    }
  }
  let best: { range: TextRange; context: number; distance: number } | null = null
  for (
    let start = text.indexOf(anchor.exact);
    start !== -1;
    start = text.indexOf(anchor.exact, start + 1)
  ) {
    const end = start + anchor.exact.length
    const context =
      commonSuffixLength(
        text.slice(Math.max(0, start - anchor.prefix.length), start),
        anchor.prefix,
      ) + commonPrefixLength(text.slice(end, end + anchor.suffix.length), anchor.suffix)
    const distance = Math.abs(start - expectedStart)
    if (
      best === null ||
      context > best.context ||
      (context === best.context && distance < best.distance)
    ) {
      best = { range: { start, end }, context, distance }
    }
  }
  return best?.range ?? null
}

/**
 * Finds an anchor's quote in (possibly changed) text: the exact quote if it is still there,
 * otherwise a slightly changed one (see `findChangedAnchor`), looked for first near
 * `expectedStart` (by default the stored position). Null when the quote is gone.
 */
export function findAnchor(
  text: string,
  anchor: Anchor,
  expectedStart: number = anchor.start,
): TextRange | null {
  return (
    findExactAnchor(text, anchor, expectedStart) ?? findChangedAnchor(text, anchor, expectedStart)
  )
}
