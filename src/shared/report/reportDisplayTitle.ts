import type { ReviewReport } from './reviewReportSchema'

/** The draft's title as the report prints it: its title, else its file name. */
export function reportDisplayTitle(report: ReviewReport): string {
  const title = report.draft.title.trim()
  if (title !== '') return title
  return report.draft.sourceName.trim() === '' ? 'Untitled draft' : report.draft.sourceName
}

/** The line under the title: what kind of report this is. */
export function reportKindLine(report: ReviewReport): string {
  return report.reportType === 'review' ? 'Review report' : 'Check report (no review yet)'
}
