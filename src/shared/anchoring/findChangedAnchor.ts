import approximateSearch from 'approx-string-match'
import type { Anchor } from '../review/reviewSchema'
import { similarity } from './editDistance'
import type { TextRange } from './findAnchor'

/**
 * Fuzzy re-anchoring, for a quote that is no longer in the text exactly. The approach follows
 * Hypothesis's `match-quote` (hypothesis/client, BSD-2-Clause): an approximate search for the
 * quote (Myers' bit-parallel algorithm from `approx-string-match`), then candidates scored by
 * how alike the quote, the text before and the text after are, with the distance to the
 * expected place as a tie-breaker. Copydesk adds three things: it searches near the expected
 * place first (so a changed quote is not matched to a look-alike sentence elsewhere, and the
 * search stays cheap), it moves a candidate's ends onto the stored surroundings (an edit inside
 * the quote makes the raw match stop short), and it only accepts a candidate that is still
 * mostly the old quote — or, when the words around it are unchanged, at least half of it.
 */

/** How alike a changed quote must be when the text on one side of it is still much the same. */
const ONE_SIDE_MIN_SIMILARITY = 0.75
/** How alike that one side must be: a look-alike sentence elsewhere has other neighbours. */
const ONE_SIDE_CONTEXT_SIMILARITY = 0.5
/** Share that may differ when the text on both sides is still the stored prefix and suffix. */
const CONFIRMED_MIN_SIMILARITY = 0.5
/** How alike the surroundings must be to confirm a more changed quote. */
const CONFIRMING_CONTEXT_SIMILARITY = 0.75
/** The search algorithm works in 32-bit words: more errors would make it slower. */
const MAX_SEARCH_ERRORS = 32
/** Characters on each side of the expected place searched before the whole text. */
const NEAR_WINDOW = 2000
/** Characters of the stored prefix/suffix looked for when moving a candidate's ends. */
const BOUNDARY_CONTEXT = 8
/** Scored candidates per search at most; the search returns one per equally good end. */
const MAX_CANDIDATES = 200

const QUOTE_WEIGHT = 50
const CONTEXT_WEIGHT = 20
const POSITION_WEIGHT = 2

interface Candidate extends TextRange {
  score: number
}

/** Where, within `slack` characters of `end`, the stored suffix begins; `end` when nowhere. */
function snapEnd(text: string, start: number, end: number, suffix: string, slack: number): number {
  const head = suffix.slice(0, BOUNDARY_CONTEXT)
  if (head === '') return end
  let best = end
  let bestDistance = Number.POSITIVE_INFINITY
  const from = Math.max(start + 1, end - slack)
  for (let at = text.indexOf(head, from); at !== -1 && at <= end + slack;) {
    const distance = Math.abs(at - end)
    if (distance < bestDistance) [best, bestDistance] = [at, distance]
    at = text.indexOf(head, at + 1)
  }
  return best
}

/** Where, within `slack` characters of `start`, the stored prefix ends; `start` when nowhere. */
function snapStart(text: string, start: number, end: number, prefix: string, slack: number) {
  const tail = prefix.slice(-BOUNDARY_CONTEXT)
  if (tail === '') return start
  let best = start
  let bestDistance = Number.POSITIVE_INFINITY
  const from = Math.max(0, start - slack - tail.length)
  for (let at = text.indexOf(tail, from); at !== -1; at = text.indexOf(tail, at + 1)) {
    const after = at + tail.length
    if (after > start + slack || after >= end) break
    const distance = Math.abs(after - start)
    if (distance < bestDistance) [best, bestDistance] = [after, distance]
  }
  return best
}

function contextSimilarity(actual: string, stored: string): number {
  return stored === '' ? 1 : similarity(actual, stored)
}

function bestCandidate(
  text: string,
  anchor: Anchor,
  expectedStart: number,
  from: number,
  to: number,
): Candidate | null {
  const quote = anchor.exact
  const maxErrors = Math.min(MAX_SEARCH_ERRORS, Math.floor(quote.length / 2))
  if (maxErrors < 1) return null
  const matches = approximateSearch(text.slice(from, to), quote, maxErrors)
  // The search prefers the shortest match: an edit that lengthened the quote leaves its end a
  // few characters short of where the stored suffix now starts.
  const slack = maxErrors + BOUNDARY_CONTEXT
  const seen = new Set<string>()
  let best: Candidate | null = null
  for (const match of matches.slice(0, MAX_CANDIDATES)) {
    const rawStart = from + match.start
    const rawEnd = from + match.end
    const end = snapEnd(text, rawStart, rawEnd, anchor.suffix, slack)
    const start = snapStart(text, rawStart, end, anchor.prefix, slack)
    const key = `${start}:${end}`
    if (seen.has(key)) continue
    seen.add(key)
    const quoteScore = similarity(text.slice(start, end), quote)
    const prefixScore = contextSimilarity(
      text.slice(Math.max(0, start - anchor.prefix.length), start),
      anchor.prefix,
    )
    const suffixScore = contextSimilarity(
      text.slice(end, end + anchor.suffix.length),
      anchor.suffix,
    )
    const confirmed =
      prefixScore >= CONFIRMING_CONTEXT_SIMILARITY && suffixScore >= CONFIRMING_CONTEXT_SIMILARITY
    const oneSide = Math.max(prefixScore, suffixScore) >= ONE_SIDE_CONTEXT_SIMILARITY
    const acceptable =
      (oneSide && quoteScore >= ONE_SIDE_MIN_SIMILARITY) ||
      (confirmed && quoteScore >= CONFIRMED_MIN_SIMILARITY)
    if (!acceptable) continue
    const positionScore = 1 - Math.abs(start - expectedStart) / Math.max(1, text.length)
    const score =
      QUOTE_WEIGHT * quoteScore +
      CONTEXT_WEIGHT * (prefixScore + suffixScore) +
      POSITION_WEIGHT * positionScore
    if (best === null || score > best.score) best = { start, end, score }
  }
  return best
}

/**
 * The place of an anchor's quote that was edited a little since it was stored (a word changed,
 * a typo fixed), near `expectedStart` first and then anywhere. Null when nothing like it is
 * left: the flag is then an orphan.
 */
export function findChangedAnchor(
  text: string,
  anchor: Anchor,
  expectedStart: number,
): TextRange | null {
  if (anchor.exact === '' || text === '') return null
  const windowStart = Math.max(0, expectedStart - NEAR_WINDOW)
  const windowEnd = Math.min(text.length, expectedStart + anchor.exact.length + NEAR_WINDOW)
  const near = bestCandidate(text, anchor, expectedStart, windowStart, windowEnd)
  if (near !== null) return { start: near.start, end: near.end }
  if (windowStart === 0 && windowEnd === text.length) return null
  const anywhere = bestCandidate(text, anchor, expectedStart, 0, text.length)
  return anywhere === null ? null : { start: anywhere.start, end: anywhere.end }
}
