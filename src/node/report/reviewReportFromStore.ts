import { auditLogPath } from '../audit/auditLogPath'
import { verifyAuditLog } from '../audit/verifyAuditLog'
import { formatLocalTimestamp } from '../../shared/audit/formatLocalTimestamp'
import { buildReviewReport } from '../../shared/report/buildReviewReport'
import type { ReportAudit, ReviewReport } from '../../shared/report/reviewReportSchema'
import type { Review } from '../../shared/review/reviewSchema'

export interface ReviewReportOptions {
  /** Who the report is made for (the active reviewer); null from the command line. */
  generatedBy: string | null
  includeText: boolean
  now?: Date
}

/** The report of a stored review, with its audit log verified against the head it records. */
export async function reviewReportFromStore(
  dataDir: string,
  review: Review,
  { generatedBy, includeText, now = new Date() }: ReviewReportOptions,
): Promise<ReviewReport> {
  const verification = await verifyAuditLog(auditLogPath(dataDir, review.id), review.auditHead)
  const audit: ReportAudit = verification.intact
    ? {
        entries: verification.entries,
        headHash: verification.head?.hash ?? null,
        verified: true,
        problem: null,
      }
    : {
        entries: verification.entries,
        headHash: review.auditHead?.hash ?? null,
        verified: false,
        problem: verification.reason,
      }
  return buildReviewReport({
    review,
    audit,
    generatedAt: formatLocalTimestamp(now),
    generatedBy,
    includeText,
  })
}
