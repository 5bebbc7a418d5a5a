import type { Review } from '../review/reviewSchema'
import type { ReportSignOff } from './reviewReportSchema'

export interface ReportSignOffSection {
  signOff: ReportSignOff | null
  /** The sign-off state in words, printed in the sign-off block. */
  status: string
}

/**
 * The medical sign-off as a report shows it. The one place that reads sign-offs for reports:
 * the sign-off module (current vs stale, the byline) is not on this branch yet, so until it
 * is wired in here every review reports no sign-off.
 */
export function reportSignOffFromReview(_review: Review): ReportSignOffSection {
  return { signOff: null, status: 'No medical sign-off' }
}
