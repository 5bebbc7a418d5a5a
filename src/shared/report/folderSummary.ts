import { escapeHtml } from './escapeHtml'
import { csvTable } from './renderReportCsv'
import { REPORT_CONTENT_SECURITY_POLICY } from './renderReportHtml'
import type { ReviewReport } from './reviewReportSchema'

export type FolderEntry =
  | { fileName: string; reportFile: string; report: ReviewReport }
  | { fileName: string; problem: string }

export interface FolderSummaryRow {
  fileName: string
  /** The report's file name, relative to the summary; null when the draft could not be read. */
  reportFile: string | null
  verdict: string
  claims: number
  typos: number
  furniture: number
  /** Every open flag that counts against publishing; drafts are listed by it, worst first. */
  open: number
  words: number | null
  problem: string | null
}

function openOf(report: ReviewReport, kind: 'claim' | 'typo' | 'furniture'): number {
  return report.counts.find((count) => count.kind === kind)?.open ?? 0
}

/** One row per draft, worst first (most open flags); drafts that could not be read last. */
export function folderSummaryRows(entries: readonly FolderEntry[]): FolderSummaryRow[] {
  const rows = entries.map((entry): FolderSummaryRow => {
    if ('problem' in entry) {
      return {
        fileName: entry.fileName,
        reportFile: null,
        verdict: 'Could not be read',
        claims: 0,
        typos: 0,
        furniture: 0,
        open: 0,
        words: null,
        problem: entry.problem,
      }
    }
    const { report } = entry
    const claims = openOf(report, 'claim')
    const typos = openOf(report, 'typo')
    const furniture = openOf(report, 'furniture')
    return {
      fileName: entry.fileName,
      reportFile: entry.reportFile,
      verdict: report.verdict.headline,
      claims,
      typos,
      furniture,
      open: claims + typos + furniture,
      words: report.version.wordCount,
      problem: null,
    }
  })
  return rows.sort(
    (first, second) =>
      Number(first.problem !== null) - Number(second.problem !== null) ||
      second.open - first.open ||
      first.fileName.localeCompare(second.fileName),
  )
}

export function renderFolderSummaryCsv(rows: readonly FolderSummaryRow[]): string {
  return csvTable([
    [
      'file',
      'report',
      'verdict',
      'open flags',
      'claims to source',
      'typos',
      'page furniture',
      'words',
      'problem',
    ],
    ...rows.map((row) => [
      row.fileName,
      row.reportFile ?? '',
      row.verdict,
      String(row.open),
      String(row.claims),
      String(row.typos),
      String(row.furniture),
      row.words === null ? '' : String(row.words),
      row.problem ?? '',
    ]),
  ])
}

/** index.html: the drafts worst first, each linked to its report in the same folder. */
export function renderFolderSummaryHtml(
  rows: readonly FolderSummaryRow[],
  folderName: string,
  generatedAt: string,
): string {
  const body = rows
    .map((row) => {
      // A relative link that starts with ./ and is percent-encoded: a file name such as
      // "javascript:x.txt" can never become a scheme.
      const name =
        row.reportFile === null
          ? escapeHtml(row.fileName)
          : `<a href="./${escapeHtml(encodeURIComponent(row.reportFile))}">${escapeHtml(row.fileName)}</a>`
      const verdictClass = row.problem !== null ? 'problem' : row.open === 0 ? 'clean' : 'open'
      return `<tr><td>${name}</td><td class="${verdictClass}">${escapeHtml(row.problem === null ? row.verdict : `Could not be read: ${row.problem}`)}</td><td class="number">${row.problem === null ? row.open : '—'}</td><td class="number">${row.problem === null ? row.claims : '—'}</td><td class="number">${row.problem === null ? row.typos : '—'}</td><td class="number">${row.problem === null ? row.furniture : '—'}</td><td class="number">${row.words ?? '—'}</td></tr>`
    })
    .join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(`Check reports — ${folderName}`)}</title>
<style>
body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2933; max-width: 960px; margin: 32px auto; padding: 0 24px; font-size: 14px; }
h1 { font-size: 22px; margin-bottom: 4px; } p { color: #52606d; margin-top: 0; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e4e7eb; overflow-wrap: anywhere; }
th { background: #f5f7fa; } .number { text-align: right; } .problem { color: #c53030; } .open { color: #9c4221; } .clean { color: #2f855a; }
</style>
</head>
<body>
<h1>${escapeHtml(`Check reports — ${folderName}`)}</h1>
<p>${rows.length} ${rows.length === 1 ? 'draft' : 'drafts'}, most open flags first. Made by Copydesk on ${escapeHtml(generatedAt)}.</p>
<table><thead><tr><th>Draft</th><th>Verdict</th><th class="number">Open flags</th><th class="number">Claims to source</th><th class="number">Typos</th><th class="number">Page furniture</th><th class="number">Words</th></tr></thead><tbody>${body}</tbody></table>
</body>
</html>
`
}
