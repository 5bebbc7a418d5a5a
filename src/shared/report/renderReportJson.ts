import type { ReviewReport } from './reviewReportSchema'

/** The report model as JSON (docs/report-json.md, docs/report.schema.json). */
export function renderReportJson(report: ReviewReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
