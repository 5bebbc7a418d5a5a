import { formatLocalTimestamp } from '../shared/audit/formatLocalTimestamp'
import { buildCheckReport } from '../shared/report/buildCheckReport'
import {
  isReportFormat,
  PAPER_SIZES,
  REPORT_FORMAT_NAMES,
  type PaperSize,
  type ReportFormat,
} from '../shared/report/reportFormats'
import type { ReviewReport } from '../shared/report/reviewReportSchema'
import { describeContent } from '../node/review/describeContent'
import type { CheckedDraft } from './checkDraftFile'
import type { ParsedCommandLine } from './parseCommandLine'
import { UsageError } from './usageError'

/** The options every report-writing command takes. */
export const REPORT_OPTIONS = ['--format', '--out', '--paper', '--with-text'] as const
export const REPORT_FORMAT_CHOICES = REPORT_FORMAT_NAMES.join('|')
export const PAPER_CHOICES = 'a4|letter'

export interface ReportOptions {
  format: ReportFormat
  paperSize: PaperSize
  includeText: boolean
}

/** --format (one of the report formats), --paper a4|letter, --with-text yes|no. */
export function parseReportOptions(
  parsed: ParsedCommandLine,
  defaultFormat: ReportFormat | null,
): ReportOptions {
  const format = parsed.options.get('--format') ?? defaultFormat
  if (format === null) throw new UsageError(`--format ${REPORT_FORMAT_CHOICES} is needed`)
  if (!isReportFormat(format)) {
    throw new UsageError(`--format must be ${REPORT_FORMAT_NAMES.join(', ')}, not “${format}”`)
  }
  const paper = (parsed.options.get('--paper') ?? 'a4').toUpperCase()
  if (!Object.hasOwn(PAPER_SIZES, paper)) {
    throw new UsageError(`--paper must be a4 or letter, not “${parsed.options.get('--paper')}”`)
  }
  const withText = parsed.options.get('--with-text') ?? 'no'
  if (withText !== 'yes' && withText !== 'no') {
    throw new UsageError(`--with-text must be yes or no, not “${withText}”`)
  }
  return { format, paperSize: paper as PaperSize, includeText: withText === 'yes' }
}

/** The check-only report of a draft that has no review. */
export function checkReport(
  checked: CheckedDraft,
  includeText: boolean,
  now = new Date(),
): ReviewReport {
  return buildCheckReport({
    sourceName: checked.draft.fileName,
    metadata: checked.draft.metadata,
    text: checked.text,
    contentHash: describeContent(checked.draft.metadata, checked.draft.content).contentHash,
    flags: checked.flags,
    generatedAt: formatLocalTimestamp(now),
    includeText,
  })
}
