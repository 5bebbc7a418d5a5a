import { reportFlagsInOrder } from './reportFlagsInOrder'
import type { ReviewReport } from './reviewReportSchema'

const BYTE_ORDER_MARK = '\uFEFF'
const HEADER = ['kind', 'rule', 'status', 'text', 'message', 'reason', 'sources', 'who', 'when']

/**
 * A spreadsheet reads a cell that starts with one of these as a formula; a leading
 * apostrophe makes it text (OWASP's advice against CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** One CSV cell: neutralised against formulas, then quoted as RFC 4180 requires. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Rows of cells as RFC 4180 CSV: CRLF line ends, UTF-8 byte order mark first. */
export function csvTable(rows: readonly (readonly string[])[]): string {
  return BYTE_ORDER_MARK + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/** One row per flag: kind, rule, status, text, message, reason, source(s), who, when. */
export function renderReportCsv(report: ReviewReport): string {
  const rows = reportFlagsInOrder(report).map((flag) => [
    flag.kindLabel,
    flag.ruleId,
    flag.statusLabel,
    flag.text,
    flag.message,
    flag.reason ?? '',
    flag.sources.map((source) => source.label).join('; '),
    flag.changedBy ?? '',
    flag.changedAt ?? '',
  ])
  return csvTable([HEADER, ...rows])
}
