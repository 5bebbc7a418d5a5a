import type { Actor, Anchor, ReviewFlag } from '../review/reviewSchema'
import { anchorAt, anchorMatches } from './anchorAt'
import type { TextRange } from './findAnchor'
import { findExactAnchor } from './findAnchor'
import { findChangedAnchor } from './findChangedAnchor'

/** Where the editor says a stored flag is now: its range and the text it covers there. */
export interface ReportedAnchor {
  flagId: string
  start: number
  end: number
  exact: string
}

export interface ReanchorSummary {
  /** Flags whose quote is at the same place. */
  kept: number
  /** Flags found again elsewhere (by the editor's mapping or by their quote). */
  moved: number
  /** Flags whose text is gone; they stay in the review, marked orphaned. */
  orphaned: number
}

export interface Reanchored {
  flags: ReviewFlag[]
  summary: ReanchorSummary
}

/** Characters of stored context that must still surround a quote the editor says was edited. */
const EDITED_QUOTE_CONTEXT = 8

/**
 * Whether to believe the editor about where a flag is now. Its text must be there; and a quote
 * that changed (the reviewer edited inside the flagged words) must still sit between the same
 * words as before, and the old quote must be gone — so a flag cannot be moved onto unrelated
 * text by a save.
 */
function isCredible(text: string, reported: ReportedAnchor, stored: Anchor): boolean {
  if (!anchorMatches(text, reported)) return false
  if (reported.exact === stored.exact) return true
  if (findExactAnchor(text, stored) !== null) return false
  const before = text.slice(Math.max(0, reported.start - EDITED_QUOTE_CONTEXT), reported.start)
  const after = text.slice(reported.end, reported.end + EDITED_QUOTE_CONTEXT)
  return (
    (before !== '' && stored.prefix.endsWith(before)) ||
    (after !== '' && stored.suffix.startsWith(after))
  )
}

/**
 * Anchors every stored flag in new text. A position the editor reports is used only when the
 * text really is there; otherwise, and for flags it did not report, the stored quote is looked
 * for (prefix, suffix, nearest position), and when it is not there exactly, a slightly changed
 * quote near where it is expected. A flag that cannot be found becomes an orphan — never
 * dropped — and an orphan whose quote reappears (e.g. after an undo) is anchored again.
 */
export function reanchorFlags(
  flags: readonly ReviewFlag[],
  text: string,
  reported: readonly ReportedAnchor[],
  at: string,
  actor: Actor,
): Reanchored {
  const reportedById = new Map(reported.map((anchor) => [anchor.flagId, anchor]))
  const summary: ReanchorSummary = { kept: 0, moved: 0, orphaned: 0 }
  // In stored order, so each flag is first looked for where the flag before it moved to: text
  // inserted or deleted earlier in the draft moves every later flag alike.
  const inStoredOrder = flags
    .map((flag, index) => ({ flag, index }))
    .sort((first, second) => first.flag.anchor.start - second.flag.anchor.start)
  const found = new Array<TextRange | null>(flags.length).fill(null)
  const expectedStart = new Array<number>(flags.length).fill(0)
  let shift = 0
  for (const { flag, index } of inStoredOrder) {
    const fromEditor = reportedById.get(flag.id)
    expectedStart[index] = Math.max(0, flag.anchor.start + shift)
    const range =
      fromEditor && !flag.orphaned && isCredible(text, fromEditor, flag.anchor)
        ? fromEditor
        : findExactAnchor(text, flag.anchor, expectedStart[index])
    found[index] = range
    if (range !== null) shift = range.start - flag.anchor.start
  }
  const result = flags.map((flag, index): ReviewFlag => {
    const range =
      found[index] ??
      findChangedAnchor(text, flag.anchor, expectedStart[index] ?? flag.anchor.start)
    if (range === null) {
      summary.orphaned += 1
      if (flag.orphaned) return flag
      return {
        ...flag,
        orphaned: true,
        history: [...flag.history, { at, by: actor, change: 'orphaned: its text is gone' }],
      }
    }
    const anchor = anchorAt(text, range.start, range.end)
    const unmoved =
      !flag.orphaned && anchor.start === flag.anchor.start && anchor.end === flag.anchor.end
    if (unmoved) summary.kept += 1
    else summary.moved += 1
    const history = [...flag.history]
    if (flag.orphaned) history.push({ at, by: actor, change: 'anchored again: its text is back' })
    if (anchor.exact !== flag.anchor.exact) {
      history.push({
        at,
        by: actor,
        change: `text changed from “${flag.anchor.exact}” to “${anchor.exact}”`,
      })
    }
    return { ...flag, anchor, orphaned: false, history }
  })
  return { flags: result, summary }
}
