/** Every format a report can be exported in: what the app offers and the CLI accepts. */
export const REPORT_FORMATS = {
  pdf: { label: 'PDF', extension: 'pdf', mimeType: 'application/pdf' },
  html: { label: 'HTML (web page)', extension: 'html', mimeType: 'text/html;charset=utf-8' },
  md: { label: 'Markdown', extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  csv: { label: 'CSV (one row per flag)', extension: 'csv', mimeType: 'text/csv;charset=utf-8' },
  json: { label: 'JSON', extension: 'json', mimeType: 'application/json' },
} as const

export type ReportFormat = keyof typeof REPORT_FORMATS
export const REPORT_FORMAT_NAMES = Object.keys(REPORT_FORMATS) as ReportFormat[]

export const PAPER_SIZES = { A4: 'A4', LETTER: 'US Letter' } as const
export type PaperSize = keyof typeof PAPER_SIZES

export function isReportFormat(value: string): value is ReportFormat {
  return Object.hasOwn(REPORT_FORMATS, value)
}

/** A file name for a report: the draft's title made safe for any file system. */
export function reportFileName(title: string, format: ReportFormat): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'draft'
  return `${base}-report.${REPORT_FORMATS[format].extension}`
}
