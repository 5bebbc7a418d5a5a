import { auditLogPath } from '../audit/auditLogPath'
import { verifyAuditLog } from '../audit/verifyAuditLog'
import { formatLocalTimestamp } from '../../shared/audit/formatLocalTimestamp'
import { checkDocumentText } from '../../shared/checks/checkDocumentText'
import type { SpellChecker } from '../../shared/checks/spelling/createSpellChecker'
import { buildReviewReport } from '../../shared/report/buildReviewReport'
import type { ReportAudit, ReviewReport } from '../../shared/report/reviewReportSchema'
import type { Review } from '../../shared/review/reviewSchema'
import { documentText } from '../../shared/text/documentText'

export interface ReviewReportOptions {
  /** Who the report is made for (the active reviewer); null from the command line. */
  generatedBy: string | null
  includeText: boolean
  /** Runs the automatic checks on the review's text, as the editor does. */
  spellChecker: SpellChecker
  now?: Date
}

/**
 * The report of a stored review: its flags, what the checks still find that no one acted on,
 * and its audit log verified against the head the review records.
 */
export async function reviewReportFromStore(
  dataDir: string,
  review: Review,
  { generatedBy, includeText, spellChecker, now = new Date() }: ReviewReportOptions,
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
    checkFlags: checkDocumentText(documentText(review.content), spellChecker),
    audit,
    generatedAt: formatLocalTimestamp(now),
    generatedBy,
    includeText,
  })
}
