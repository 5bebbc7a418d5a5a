import type { CheckFlag } from '../checks/checkFlag'
import type { ReviewMetadata } from '../review/reviewSchema'
import { countWords } from '../text/countWords'
import { assembleReport } from './assembleReport'
import { reportFlagFromCheckFlag } from './reportFlag'
import type { ReviewReport } from './reviewReportSchema'

export interface CheckReportInput {
  /** The draft's file name, as given. */
  sourceName: string
  /** What the importer read from the draft (title, author…), when it found any. */
  metadata: Partial<ReviewMetadata>
  text: string
  contentHash: string
  flags: readonly CheckFlag[]
  generatedAt: string
  includeText: boolean
}

/** The report of a draft that has no review yet: what the automatic checks found. */
export function buildCheckReport({
  sourceName,
  metadata,
  text,
  contentHash,
  flags,
  generatedAt,
  includeText,
}: CheckReportInput): ReviewReport {
  return assembleReport({
    reportType: 'check',
    generatedAt,
    generatedBy: null,
    draft: {
      title: metadata.title ?? '',
      author: metadata.author ?? '',
      authorRole: metadata.authorRole ?? '',
      publishedDate: metadata.publishedDate ?? null,
      updatedDate: metadata.updatedDate ?? null,
      sourceName,
      reviewId: null,
      createdAt: null,
      updatedAt: null,
    },
    version: { number: null, contentHash, wordCount: countWords(text) },
    signOff: null,
    signOffStatus: 'No medical sign-off (the draft has no review)',
    audit: null,
    flags: flags.map((flag) => ({
      flag: reportFlagFromCheckFlag(flag),
      range: { start: flag.start, end: flag.end },
    })),
    text: includeText ? text : null,
  })
}
