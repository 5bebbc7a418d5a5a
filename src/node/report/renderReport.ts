import { renderReportCsv } from '../../shared/report/renderReportCsv'
import { renderReportHtml } from '../../shared/report/renderReportHtml'
import { renderReportJson } from '../../shared/report/renderReportJson'
import { renderReportMarkdown } from '../../shared/report/renderReportMarkdown'
import type { PaperSize, ReportFormat } from '../../shared/report/reportFormats'
import type { ReviewReport } from '../../shared/report/reviewReportSchema'
import { renderReportPdf } from './renderReportPdf'

/** The report's file contents in one format. */
export async function renderReport(
  report: ReviewReport,
  format: ReportFormat,
  paperSize: PaperSize = 'A4',
): Promise<Buffer> {
  switch (format) {
    case 'pdf':
      return renderReportPdf(report, paperSize)
    case 'html':
      return Buffer.from(renderReportHtml(report), 'utf8')
    case 'md':
      return Buffer.from(renderReportMarkdown(report), 'utf8')
    case 'csv':
      return Buffer.from(renderReportCsv(report), 'utf8')
    case 'json':
      return Buffer.from(renderReportJson(report), 'utf8')
  }
}
