import { annotatedParagraphs } from './annotatedSegments'
import { escapeHtml } from './escapeHtml'
import { formatReportDate, formatReportTime } from './formatReportTime'
import { reportChartBars } from './reportChart'
import { reportDisplayTitle, reportKindLine } from './reportDisplayTitle'
import { REPORT_KIND_HIGHLIGHTS, REPORT_KIND_LABELS, REPORT_PROGRESS_COLORS } from './reportLabels'
import type { ReportFlag, ReviewReport } from './reviewReportSchema'

/**
 * Nothing may load or run: no scripts, no fetches, no frames, no forms. Inline styles only.
 * The report is opened from disk in whatever browser the reader has, so the policy travels
 * inside the file.
 */
export const REPORT_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

const CHART_WIDTH = 360
const CHART_LABEL_WIDTH = 140
const CHART_ROW_HEIGHT = 22

const STYLES = `
@page { size: A4; margin: 18mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2933; margin: 0; padding: 32px; max-width: 960px; margin-inline: auto; font-size: 14px; line-height: 1.45; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #d5dbe1; break-after: avoid; }
h3 { font-size: 14px; margin: 16px 0 6px; }
.kind-line { color: #52606d; margin: 0 0 16px; text-transform: uppercase; letter-spacing: .06em; font-size: 12px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; }
dl.facts dt { color: #52606d; }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.hash { font-family: "SFMono-Regular", Consolas, "Liberation Mono", monospace; font-size: 12px; }
.verdict { border-radius: 6px; padding: 14px 18px; margin: 20px 0; border: 2px solid; break-inside: avoid; }
.verdict.ready { border-color: #2f855a; background: #eef8f1; }
.verdict.not-ready { border-color: #c53030; background: #fdf0f0; }
.verdict .headline { font-size: 20px; font-weight: 700; margin: 0 0 6px; }
.verdict ul { margin: 0; padding-left: 20px; }
.verdict li.note { color: #52606d; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
thead { display: table-header-group; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid #e4e7eb; overflow-wrap: anywhere; }
th { background: #f5f7fa; font-weight: 600; }
tr { break-inside: avoid; }
td.number, th.number { text-align: right; }
.status { white-space: nowrap; font-weight: 600; }
.muted { color: #7b8794; }
.empty { color: #7b8794; font-style: italic; }
blockquote { margin: 0; }
.quote::before { content: "“"; } .quote::after { content: "”"; }
.chart { margin: 8px 0; }
.legend span { display: inline-block; margin-right: 14px; font-size: 12px; }
.legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; vertical-align: -1px; }
.annotated p { margin: 0 0 10px; }
.annotated mark { padding: 0 1px; border-radius: 2px; color: inherit; }
footer { margin-top: 32px; color: #7b8794; font-size: 12px; border-top: 1px solid #e4e7eb; padding-top: 8px; }
@media print { body { padding: 0; max-width: none; } .verdict, h2 { break-after: avoid; } }
`

const text = escapeHtml

function time(value: string | null): string {
  return value === null ? '<span class="muted">—</span>' : text(formatReportTime(value))
}

function emptyRow(columns: number, message: string): string {
  return `<tr><td colspan="${columns}" class="empty">${text(message)}</td></tr>`
}

function sourcesCell(flag: ReportFlag): string {
  if (flag.sources.length === 0) return '<span class="muted">None</span>'
  // Links are printed as text, never as href: a report must not become a way to open one.
  return flag.sources.map((source) => `<div>${text(source.label)}</div>`).join('')
}

function flagText(flag: ReportFlag): string {
  const orphaned = flag.orphaned ? ' <span class="muted">(text no longer in the draft)</span>' : ''
  return `<span class="quote">${text(flag.text)}</span>${orphaned}`
}

function claimsTable(claims: readonly ReportFlag[]): string {
  const rows = claims.map(
    (claim) =>
      `<tr><td>${flagText(claim)}</td><td class="status">${text(claim.statusLabel)}</td><td>${sourcesCell(claim)}</td><td>${text(claim.changedBy ?? '—')}</td><td>${time(claim.changedAt)}</td></tr>`,
  )
  return `<table><thead><tr><th>Claim</th><th>Status</th><th>Source(s)</th><th>Who</th><th>When</th></tr></thead><tbody>${rows.join('') || emptyRow(5, 'No claims flagged.')}</tbody></table>`
}

function flagTable(flags: readonly ReportFlag[], emptyMessage: string, withReason = false): string {
  const rows = flags.map(
    (flag) =>
      `<tr><td>${text(flag.kindLabel)}</td><td>${flagText(flag)}</td><td>${text(flag.message)}</td>${withReason ? `<td>${text(flag.reason ?? '—')}</td>` : ''}<td class="status">${text(flag.statusLabel)}</td><td>${text(flag.changedBy ?? '—')}</td><td>${time(flag.changedAt)}</td></tr>`,
  )
  const reasonHeader = withReason ? '<th>Reason</th>' : ''
  const columns = withReason ? 7 : 6
  return `<table><thead><tr><th>Kind</th><th>Text</th><th>Message</th>${reasonHeader}<th>Status</th><th>Who</th><th>When</th></tr></thead><tbody>${rows.join('') || emptyRow(columns, emptyMessage)}</tbody></table>`
}

function chartSvg(report: ReviewReport): string {
  const bars = reportChartBars(report.counts, CHART_WIDTH)
  const height = bars.length * CHART_ROW_HEIGHT
  const width = CHART_LABEL_WIDTH + CHART_WIDTH + 40
  const rows = bars.map((bar, index) => {
    const y = index * CHART_ROW_HEIGHT
    const rects = bar.segments
      .map(
        (segment) =>
          `<rect x="${(CHART_LABEL_WIDTH + segment.x).toFixed(1)}" y="${y + 4}" width="${segment.width.toFixed(1)}" height="${CHART_ROW_HEIGHT - 8}" fill="${segment.color}"><title>${text(`${segment.label}: ${segment.count}`)}</title></rect>`,
      )
      .join('')
    const end = CHART_LABEL_WIDTH + bar.segments.reduce((sum, segment) => sum + segment.width, 0)
    return `<text x="${CHART_LABEL_WIDTH - 8}" y="${y + CHART_ROW_HEIGHT / 2 + 4}" text-anchor="end" font-size="12" fill="#1f2933">${text(bar.label)}</text>${rects}<text x="${end + 6}" y="${y + CHART_ROW_HEIGHT / 2 + 4}" font-size="12" fill="#52606d">${bar.total}</text>`
  })
  const legend = Object.entries(REPORT_PROGRESS_COLORS)
    .map(
      ([part, color]) =>
        `<span><i style="background:${color}"></i>${text(part[0]?.toUpperCase() + part.slice(1))}</span>`,
    )
    .join('')
  return `<svg class="chart" role="img" aria-label="Flags by kind: open, done and dismissed" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xmlns="http://www.w3.org/2000/svg">${rows.join('')}</svg><div class="legend">${legend}</div>`
}

function countsTable(report: ReviewReport): string {
  const rows = report.counts.map((count) => {
    const statuses = count.byStatus.map((entry) => `${entry.label} ${entry.count}`).join(', ')
    return `<tr><td>${text(count.label)}</td><td class="number">${count.total}</td><td class="number">${count.open}</td><td class="number">${count.done}</td><td class="number">${count.dismissed}</td><td>${text(statuses || '—')}</td></tr>`
  })
  return `<table><thead><tr><th>Kind</th><th class="number">Total</th><th class="number">Open</th><th class="number">Done</th><th class="number">Dismissed</th><th>By status</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

function signOffBlock(report: ReviewReport): string {
  const { signOff } = report
  if (signOff === null) return `<p class="empty">${text(report.signOffStatus)}.</p>`
  const override =
    signOff.override === null
      ? ''
      : `<dt>Override</dt><dd>${text(signOff.override.reason)} (${signOff.override.claimFlagIds.length} open claims)</dd>`
  return `<p><strong>${text(signOff.byline)}</strong></p><dl class="facts"><dt>Signed by</dt><dd>${text(signOff.name)}${signOff.credentials ? `, ${text(signOff.credentials)}` : ''}</dd><dt>Meaning</dt><dd>${text(signOff.meaningLabel)}</dd><dt>Signed</dt><dd>${time(signOff.signedAt)}</dd><dt>State</dt><dd>${text(report.signOffStatus)}${signOff.current ? '' : ' — the text changed after it was signed'}</dd>${override}</dl>`
}

function auditBlock(report: ReviewReport): string {
  const { audit } = report
  if (audit === null) return '<p class="empty">A check-only report has no audit trail.</p>'
  const state = audit.verified
    ? 'Verifies: every entry is intact and chained'
    : `Does not verify: ${audit.problem ?? 'the trail is broken'}`
  return `<dl class="facts"><dt>Entries</dt><dd>${audit.entries}</dd><dt>Head hash</dt><dd class="hash">${text(audit.headHash ?? '—')}</dd><dt>Integrity</dt><dd>${text(state)}</dd></dl>`
}

function annotatedBlock(report: ReviewReport): string {
  if (report.annotatedText === null) return ''
  const paragraphs = annotatedParagraphs(report.annotatedText).map(
    (paragraph) =>
      `<p>${paragraph
        .map((segment) =>
          segment.kind === null
            ? text(segment.text)
            : `<mark style="background:${REPORT_KIND_HIGHLIGHTS[segment.kind]}" title="${text(REPORT_KIND_LABELS[segment.kind].singular)}">${text(segment.text)}</mark>`,
        )
        .join('')}</p>`,
  )
  const legend = Object.entries(REPORT_KIND_HIGHLIGHTS)
    .map(
      ([kind, color]) =>
        `<span><i style="background:${color}"></i>${text(REPORT_KIND_LABELS[kind as keyof typeof REPORT_KIND_LABELS].singular)}</span>`,
    )
    .join('')
  return `<h2>Annotated text</h2><div class="legend">${legend}</div><div class="annotated">${paragraphs.join('')}</div>`
}

/** The report as one self-contained, print-ready HTML file; all draft text is escaped. */
export function renderReportHtml(report: ReviewReport): string {
  const title = reportDisplayTitle(report)
  const { draft, version, verdict } = report
  const facts: [string, string][] = [
    [
      'Author',
      text([draft.author, draft.authorRole].filter((part) => part.trim() !== '').join(', ') || '—'),
    ],
    ['File', text(draft.sourceName || '—')],
    [
      'Version',
      text(version.number === null ? 'Not stored (check only)' : `Version ${version.number}`),
    ],
    ['Words', String(version.wordCount)],
    ['Content hash', `<span class="hash">${text(version.contentHash)}</span>`],
  ]
  if (draft.publishedDate !== null)
    facts.push(['Published', text(formatReportDate(draft.publishedDate))])
  if (draft.updatedDate !== null) facts.push(['Updated', text(formatReportDate(draft.updatedDate))])
  if (draft.createdAt !== null) facts.push(['Review started', time(draft.createdAt)])
  if (draft.updatedAt !== null) facts.push(['Last change', time(draft.updatedAt)])
  facts.push(['Report made', time(report.generatedAt)])

  const reasons = verdict.reasons
    .map((reason) => `<li class="${reason.severity}">${text(reason.text)}</li>`)
    .join('')
  const body = [
    `<header><h1>${text(title)}</h1><p class="kind-line">${text(reportKindLine(report))}</p>`,
    `<dl class="facts">${facts.map(([term, value]) => `<dt>${text(term)}</dt><dd>${value}</dd>`).join('')}</dl></header>`,
    `<section class="verdict ${verdict.ready ? 'ready' : 'not-ready'}" aria-label="Verdict"><p class="headline">${text(verdict.headline)}</p>${reasons === '' ? '' : `<ul>${reasons}</ul>`}</section>`,
    `<h2>Flags</h2>${chartSvg(report)}${countsTable(report)}`,
    `<h2>Claims</h2>${claimsTable(report.claims)}`,
    `<h2>Typos</h2><h3>Open</h3>${flagTable(report.typos.open, 'No open typos.')}<h3>Fixed</h3>${flagTable(report.typos.fixed, 'No typos fixed.')}`,
    `<h2>Medical questions, comments, page furniture</h2>${flagTable(report.otherFlags, 'None.')}`,
    `<h2>Dismissed</h2>${flagTable(report.dismissed, 'Nothing dismissed.', true)}`,
    `<h2>Medical sign-off</h2>${signOffBlock(report)}`,
    `<h2>Audit trail</h2>${auditBlock(report)}`,
    annotatedBlock(report),
    `<footer>Made by Copydesk on ${time(report.generatedAt)}${report.generatedBy === null ? '' : ` for ${text(report.generatedBy)}`}. Report format ${report.schemaVersion}.</footer>`,
  ]
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${text(`${title} — ${reportKindLine(report)}`)}</title>
<style>${STYLES}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`
}
