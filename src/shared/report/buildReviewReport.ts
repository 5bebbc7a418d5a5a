import type { CheckFlag } from '../checks/checkFlag'
import type { Review } from '../review/reviewSchema'
import { countWords } from '../text/countWords'
import { documentText } from '../text/documentText'
import { assembleReport } from './assembleReport'
import { reportFlagFromCheckFlag, reportFlagFromReviewFlag } from './reportFlag'
import { reportSignOffFromReview } from './reportSignOffFromReview'
import type { ReportAudit, ReviewReport } from './reviewReportSchema'
import { unhandledCheckFlags } from './unhandledCheckFlags'

export interface ReviewReportInput {
  review: Review
  /** What the automatic checks find in the review's text now; those no one acted on count as open. */
  checkFlags: readonly CheckFlag[]
  /** The audit log as verified when the report was made. */
  audit: ReportAudit
  generatedAt: string
  generatedBy: string | null
  /** Carry the draft's text with the flags highlighted. */
  includeText: boolean
}

/** The report of a stored review: its flags, sign-off and audit trail. */
export function buildReviewReport({
  review,
  checkFlags,
  audit,
  generatedAt,
  generatedBy,
  includeText,
}: ReviewReportInput): ReviewReport {
  const latestVersion = review.versions.at(-1)
  const { text } = documentText(review.content)
  const { signOff, status } = reportSignOffFromReview(review)
  return assembleReport({
    reportType: 'review',
    generatedAt,
    generatedBy,
    draft: {
      title: review.metadata.title,
      author: review.metadata.author,
      authorRole: review.metadata.authorRole,
      publishedDate: review.metadata.publishedDate,
      updatedDate: review.metadata.updatedDate,
      sourceName: review.source.name,
      reviewId: review.id,
      createdAt: review.createdAt,
      updatedAt: review.updatedAt,
    },
    version: {
      number: latestVersion?.number ?? null,
      contentHash: review.contentHash,
      wordCount: countWords(text),
    },
    signOff,
    signOffStatus: status,
    audit,
    flags: [
      ...review.flags.map((flag) => ({
        flag: reportFlagFromReviewFlag(flag),
        range: flag.orphaned ? null : { start: flag.anchor.start, end: flag.anchor.end },
      })),
      ...unhandledCheckFlags(checkFlags, review.flags).map((flag) => ({
        flag: reportFlagFromCheckFlag(flag),
        range: { start: flag.start, end: flag.end },
      })),
    ],
    text: includeText ? text : null,
  })
}
