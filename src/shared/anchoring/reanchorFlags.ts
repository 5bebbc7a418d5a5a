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
 * Where a flag that was not found exactly is expected now: its stored position, moved by as
 * much as the nearest flag before it (in the stored order) that was found. Text inserted or
 * deleted earlier in the draft moves every later flag alike.
 */
function expectedStarts(
  flags: readonly ReviewFlag[],
  found: readonly (TextRange | null)[],
): (index: number) => number {
  const shifts = flags
    .map((flag, index) => ({ stored: flag.anchor.start, range: found[index] ?? null }))
    .filter((entry): entry is { stored: number; range: TextRange } => entry.range !== null)
    .map(({ stored, range }) => ({ stored, shift: range.start - stored }))
    .sort((first, second) => first.stored - second.stored)
  return (index) => {
    const stored = flags[index]?.anchor.start ?? 0
    let low = 0
    let high = shifts.length - 1
    let shift = 0
    while (low <= high) {
      const middle = (low + high) >> 1
      const entry = shifts[middle]
      if (entry !== undefined && entry.stored <= stored) {
        shift = entry.shift
        low = middle + 1
      } else {
        high = middle - 1
      }
    }
    return Math.max(0, stored + shift)
  }
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
  const exact = flags.map((flag): TextRange | null => {
    const fromEditor = reportedById.get(flag.id)
    return fromEditor && !flag.orphaned && isCredible(text, fromEditor, flag.anchor)
      ? fromEditor
      : findExactAnchor(text, flag.anchor)
  })
  const expectedStart = expectedStarts(flags, exact)
  const result = flags.map((flag, index): ReviewFlag => {
    const range = exact[index] ?? findChangedAnchor(text, flag.anchor, expectedStart(index))
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
