import type { Review } from '../review/reviewSchema'
import {
  REVIEW_STATUS_LABELS,
  SIGN_OFF_MEANING_LABELS,
  STALE_SIGN_OFF_LABEL,
  medicalByline,
  reviewStatus,
  signOffState,
} from '../review/signOffState'
import type { ReportSignOff } from './reviewReportSchema'

export interface ReportSignOffSection {
  signOff: ReportSignOff | null
  /** The sign-off state in words, printed in the sign-off block. */
  status: string
}

/**
 * The medical sign-off as a report shows it: the latest sign-off, current or stale, read
 * through the one sign-off module the app and main use, and the review status in words.
 */
export function reportSignOffFromReview(review: Review): ReportSignOffSection {
  const { latest } = signOffState(review)
  const statusLabel = REVIEW_STATUS_LABELS[reviewStatus(review)]
  if (latest === null) return { signOff: null, status: `${statusLabel} · No medical sign-off` }
  const { signOff, current } = latest
  return {
    signOff: {
      name: signOff.name,
      credentials: signOff.credentials,
      meaning: signOff.meaning,
      meaningLabel: SIGN_OFF_MEANING_LABELS[signOff.meaning],
      signedAt: signOff.signedAt,
      byline: medicalByline(signOff),
      current,
      override: signOff.override
        ? {
            reason: signOff.override.reason,
            claimFlagIds: signOff.override.openClaims.map((claim) => claim.flagId),
          }
        : null,
    },
    status: current ? statusLabel : `${statusLabel} · ${STALE_SIGN_OFF_LABEL}`,
  }
}
