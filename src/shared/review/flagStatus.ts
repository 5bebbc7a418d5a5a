import type { FlagStatus, ReviewFlag, ReviewFlagKind } from './reviewSchema'

interface StatusPolicy {
  /** The status a new flag of this kind starts in. */
  initial: FlagStatus
  /** Every status a flag of this kind may have. */
  allowed: readonly FlagStatus[]
}

/**
 * Which statuses each kind of flag moves through. Typo: open → fixed | ignored. Claim: needs
 * source → source attached → verified | disputed | not a claim. Furniture: open → fixed
 * (removed) | ignored. Medical questions and comments: open → resolved.
 */
export const FLAG_STATUS_POLICY: Readonly<Record<ReviewFlagKind, StatusPolicy>> = {
  typo: { initial: 'open', allowed: ['open', 'fixed', 'ignored'] },
  claim: {
    initial: 'needs-source',
    allowed: ['needs-source', 'source-attached', 'verified', 'disputed', 'not-a-claim'],
  },
  furniture: { initial: 'open', allowed: ['open', 'fixed', 'ignored'] },
  medical: { initial: 'open', allowed: ['open', 'resolved'] },
  comment: { initial: 'open', allowed: ['open', 'resolved'] },
}

/** Dismissals and disputes must say why; the reason is kept with the flag and in the audit log. */
export const STATUSES_NEEDING_A_REASON: ReadonlySet<FlagStatus> = new Set([
  'ignored',
  'not-a-claim',
  'disputed',
])

/** Statuses that need at least one source attached to the claim. */
export const STATUSES_NEEDING_A_SOURCE: ReadonlySet<FlagStatus> = new Set([
  'source-attached',
  'verified',
])

export const FLAG_STATUS_LABELS: Readonly<Record<FlagStatus, string>> = {
  open: 'Open',
  fixed: 'Fixed',
  ignored: 'Ignored',
  resolved: 'Resolved',
  'needs-source': 'Needs source',
  'source-attached': 'Source attached',
  verified: 'Verified',
  disputed: 'Disputed',
  'not-a-claim': 'Not a claim',
}

/** Statuses where the work on a flag is done: the editor shows such flags faded. */
export const CLOSED_STATUSES: ReadonlySet<FlagStatus> = new Set([
  'fixed',
  'verified',
  'not-a-claim',
  'ignored',
  'resolved',
])

/** Dismissed flags: hidden from the text, kept in the review with their reason. */
export const DISMISSED_STATUSES: ReadonlySet<FlagStatus> = new Set(['ignored', 'not-a-claim'])

/**
 * Why a flag may not move to `status` (with `reason`), or null when it may. Pure, so the
 * renderer can disable what main would refuse; main decides.
 */
export function statusChangeProblem(
  flag: Pick<ReviewFlag, 'kind' | 'status' | 'sources'>,
  status: FlagStatus,
  reason: string | null,
): string | null {
  const policy = FLAG_STATUS_POLICY[flag.kind]
  if (!policy.allowed.includes(status)) {
    return `a ${flag.kind} flag cannot be marked “${FLAG_STATUS_LABELS[status]}”`
  }
  if (STATUSES_NEEDING_A_REASON.has(status) && (reason === null || reason.trim() === '')) {
    return `marking it “${FLAG_STATUS_LABELS[status]}” needs a reason`
  }
  if (STATUSES_NEEDING_A_SOURCE.has(status) && flag.sources.length === 0) {
    return `marking it “${FLAG_STATUS_LABELS[status]}” needs a source attached first`
  }
  return null
}
