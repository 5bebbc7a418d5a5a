import type { CheckFlag } from '../../shared/checks/checkFlag'
import { currentRuleId } from '../../shared/checks/ruleIds'
import type { ReviewFlag } from '../../shared/review/reviewSchema'

/** Context stored on each side of an ignored flag. */
const STORED_CONTEXT = 32
/** Context that must still match for an ignored flag to stay hidden. */
const MATCHED_CONTEXT = 8

export interface FlagInBlock {
  flag: CheckFlag
  blockText: string
  /** Where the block starts in the document's plain text (blocks joined by a blank line). */
  blockOffset: number
}

/** A reviewer flag that records "ignore once" for one check flag, anchored by quote and context. */
export function ignoredReviewFlag(
  { flag, blockText, blockOffset }: FlagInBlock,
  now: Date,
): ReviewFlag {
  const prefix = blockText.slice(Math.max(0, flag.start - STORED_CONTEXT), flag.start)
  const suffix = blockText.slice(flag.end, flag.end + STORED_CONTEXT)
  const at = now.toISOString()
  return {
    id: `ignored-${flag.id}-${now.getTime().toString(36)}`,
    kind: flag.kind,
    ruleId: flag.ruleId,
    severity: flag.severity,
    message: flag.message,
    actual: flag.actual,
    expected: flag.suggestions,
    status: 'ignored',
    anchor: {
      start: blockOffset + flag.start,
      end: blockOffset + flag.end,
      exact: flag.actual,
      prefix,
      suffix,
    },
    createdBy: 'editor',
    sources: [],
    history: [{ at, by: 'editor', change: 'ignored once' }],
  }
}

function contextMatches(stored: string, current: string, side: 'before' | 'after'): boolean {
  if (stored.length < MATCHED_CONTEXT) return current === stored
  return side === 'before'
    ? current.endsWith(stored.slice(-MATCHED_CONTEXT))
    : current.startsWith(stored.slice(0, MATCHED_CONTEXT))
}

/**
 * Whether a check flag was ignored once: same rule (ids saved before the rule namespaces
 * count as their current ids), same text, and the same words around it (at least 8
 * characters each side, or up to the edge of the block).
 */
export function isIgnoredFlag(
  flag: CheckFlag,
  blockText: string,
  ignored: readonly ReviewFlag[],
): boolean {
  const before = blockText.slice(Math.max(0, flag.start - STORED_CONTEXT), flag.start)
  const after = blockText.slice(flag.end, flag.end + STORED_CONTEXT)
  return ignored.some(
    (reviewFlag) =>
      reviewFlag.status === 'ignored' &&
      currentRuleId(reviewFlag.ruleId) === flag.ruleId &&
      reviewFlag.anchor.exact === flag.actual &&
      contextMatches(reviewFlag.anchor.prefix, before, 'before') &&
      contextMatches(reviewFlag.anchor.suffix, after, 'after'),
  )
}
