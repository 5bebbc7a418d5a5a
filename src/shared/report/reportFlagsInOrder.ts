import type { ReportFlag, ReviewReport } from './reviewReportSchema'

/** Every flag of the report once, section by section: claims, typos, the rest, dismissed. */
export function reportFlagsInOrder(report: ReviewReport): ReportFlag[] {
  return [
    ...report.claims,
    ...report.typos.open,
    ...report.typos.fixed,
    ...report.otherFlags,
    ...report.dismissed,
  ]
}
