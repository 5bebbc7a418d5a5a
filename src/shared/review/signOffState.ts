import type {
  KeptVersion,
  Review,
  ReviewFlag,
  ReviewStatus,
  SignOff,
  SignOffMeaning,
} from './reviewSchema'
import { diffVersions, type VersionDiff } from './versionDiff'

/**
 * What a review's sign-offs mean now: which are current (they approved exactly the text as it
 * is saved) and which are stale, the review status, the byline and the claims that block an
 * approval. Pure, so main (which decides), the renderer and the reports all read the same.
 *
 * The current text is `review.contentHash`: main stores the hash of the saved content on every
 * save, so a sign-off is current exactly when it signed that hash. Reverting an edit brings the
 * hash, and so the sign-off, back.
 */

export const SIGN_OFF_MEANING_LABELS: Readonly<Record<SignOffMeaning, string>> = {
  approved: 'Approved',
  'approved-with-changes': 'Approved with changes',
  'changes-required': 'Changes required',
}

export const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  draft: 'Draft',
  'in-review': 'In review',
  'changes-required': 'Changes required',
  'approved-with-changes': 'Approved with changes',
  approved: 'Approved',
}

/** Shown wherever a stale sign-off appears. */
export const STALE_SIGN_OFF_LABEL = 'Changed since review'

/** Only medical reviewers sign off: the byline says "Medically reviewed by". */
export const SIGN_OFF_ROLE = 'medical-reviewer'

/** Claim statuses that block "Approved": no source yet, a source not yet verified, disputed. */
export const OPEN_CLAIM_STATUSES: ReadonlySet<ReviewFlag['status']> = new Set([
  'needs-source',
  'source-attached',
  'disputed',
])

type SignedText = Pick<Review, 'signOffs' | 'contentHash'>

export interface SignOffWithState {
  signOff: SignOff
  /** False once the text differs from what it signed: "Changed since review". */
  current: boolean
}

export interface SignOffState {
  /** Every sign-off, oldest first. */
  all: SignOffWithState[]
  /** The most recent sign-off, current or stale; null when nobody has signed. */
  latest: SignOffWithState | null
  /** Each reviewer's latest sign-off, when it signed the current text. */
  standing: SignOff[]
  /** The current approval the byline comes from; null while stale, not approved or overruled. */
  approval: SignOff | null
}

export function isCurrentSignOff(signOff: SignOff, contentHash: string): boolean {
  return signOff.contentHash === contentHash
}

/** Current versus stale for every sign-off, against the hash of the saved text. */
export function signOffState(review: SignedText): SignOffState {
  const all = review.signOffs.map((signOff) => ({
    signOff,
    current: isCurrentSignOff(signOff, review.contentHash),
  }))
  const latestByReviewer = new Map<string, SignOffWithState>()
  for (const entry of all) latestByReviewer.set(entry.signOff.reviewerId, entry)
  const standing = [...latestByReviewer.values()]
    .filter((entry) => entry.current)
    .map((entry) => entry.signOff)
  return { all, latest: all.at(-1) ?? null, standing, approval: approvalOf(standing) }
}

/** A current "Changes required" wins; otherwise the weakest approval stands; the latest of it. */
function approvalOf(standing: readonly SignOff[]): SignOff | null {
  if (standing.some((signOff) => signOff.meaning === 'changes-required')) return null
  const withChanges = standing.filter((signOff) => signOff.meaning === 'approved-with-changes')
  return (withChanges.length > 0 ? withChanges : standing).at(-1) ?? null
}

/**
 * Draft (nobody has worked on it) → In review → Changes required → Approved with changes /
 * Approved. Only sign-offs of the current text count; a current "Changes required" wins.
 */
export function reviewStatus(
  review: SignedText & Pick<Review, 'flags' | 'versions'>,
): ReviewStatus {
  const { standing, approval } = signOffState(review)
  if (standing.some((signOff) => signOff.meaning === 'changes-required')) return 'changes-required'
  if (approval !== null) return approval.meaning
  const edited =
    review.versions.length > 0 && review.versions[0]?.contentHash !== review.contentHash
  const worked = review.flags.length > 0 || review.signOffs.length > 0 || edited
  return worked ? 'in-review' : 'draft'
}

/** Claims still open (needing a source, a source not verified, disputed): they block "Approved". */
export function openClaims(review: Pick<Review, 'flags'>): ReviewFlag[] {
  return review.flags.filter(
    (flag) => flag.kind === 'claim' && OPEN_CLAIM_STATUSES.has(flag.status),
  )
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * "November 25, 2026": the calendar date where the reviewer signed, read from the timestamp's
 * own offset, so the byline says the same day on every machine.
 */
export function signedDateLabel(signedAt: string): string {
  const [year, month, day] = signedAt.slice(0, 10).split('-').map(Number)
  return `${MONTHS[(month ?? 1) - 1] ?? ''} ${day}, ${year}`
}

/** "Medically reviewed by Dana Reyes, MD — November 25, 2026". */
export function medicalByline(signOff: Pick<SignOff, 'name' | 'credentials' | 'signedAt'>): string {
  const credentials = signOff.credentials.trim()
  const name = credentials === '' ? signOff.name : `${signOff.name}, ${credentials}`
  return `Medically reviewed by ${name} — ${signedDateLabel(signOff.signedAt)}`
}

/** The byline to publish: from the current approval only; null while stale or not approved. */
export function currentByline(review: SignedText): string | null {
  const { approval } = signOffState(review)
  return approval === null ? null : medicalByline(approval)
}

/** The version a sign-off approved, kept with reason "signed"; undefined if it is missing. */
export function signedVersion(
  review: Pick<Review, 'versions'>,
  signOff: Pick<SignOff, 'versionNumber'>,
): KeptVersion | undefined {
  return review.versions.find((version) => version.number === signOff.versionNumber)
}

/** What changed, sentence by sentence, from the text a sign-off approved to `current`. */
export function changesSinceSignOff(
  review: Pick<Review, 'versions'>,
  signOff: Pick<SignOff, 'versionNumber'>,
  current: Pick<KeptVersion, 'metadata' | 'content'>,
): VersionDiff | null {
  const approved = signedVersion(review, signOff)
  return approved === undefined ? null : diffVersions(approved, current)
}
