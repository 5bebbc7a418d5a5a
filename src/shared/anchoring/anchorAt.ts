import type { Anchor } from '../review/reviewSchema'

/** Characters of context kept on each side of a quote, enough to tell repeated words apart. */
export const QUOTE_CONTEXT_LENGTH = 32

/** The anchor of `text[start, end)`: its position plus its quote with prefix and suffix. */
export function anchorAt(text: string, start: number, end: number): Anchor {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
  }
}

/** True when the text at the anchor's position is still its quote. */
export function anchorMatches(text: string, anchor: Pick<Anchor, 'start' | 'end' | 'exact'>) {
  return (
    anchor.end > anchor.start &&
    anchor.end <= text.length &&
    text.slice(anchor.start, anchor.end) === anchor.exact
  )
}
