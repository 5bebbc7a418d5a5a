import type {
  Content,
  ContentTable,
  CustomTableLayout,
  TableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces'
import { annotatedParagraphs } from '../../shared/report/annotatedSegments'
import { formatReportDate, formatReportTime } from '../../shared/report/formatReportTime'
import { reportChartBars } from '../../shared/report/reportChart'
import { reportDisplayTitle, reportKindLine } from '../../shared/report/reportDisplayTitle'
import {
  REPORT_KIND_HIGHLIGHTS,
  REPORT_KIND_LABELS,
  REPORT_PROGRESS_COLORS,
  REPORT_PROGRESS_LABELS,
} from '../../shared/report/reportLabels'
import type { PaperSize } from '../../shared/report/reportFormats'
import type { ReportFlag, ReviewReport } from '../../shared/report/reviewReportSchema'

const INK = '#1f2933'
const MUTED = '#616e7c'
const RULE = '#d5dbe1'
const CHART_WIDTH = 260
const CHART_BAR_HEIGHT = 10

const tableLayout: CustomTableLayout = {
  hLineWidth: (index, node) => (index === 0 || index === node.table.body.length ? 0 : 0.5),
  vLineWidth: () => 0,
  hLineColor: (index) => (index === 1 ? '#9aa5b1' : RULE),
  fillColor: (rowIndex) => (rowIndex === 0 ? '#f0f3f7' : null),
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
}

const factsLayout: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: (index) => (index === 0 ? 0 : 8),
  paddingRight: () => 0,
  paddingTop: () => 1,
  paddingBottom: () => 1,
}

function time(value: string | null): string {
  return value === null ? '—' : formatReportTime(value)
}

function heading(text: string): Content {
  return { text, style: 'heading', headlineLevel: 1 }
}

function header(cells: readonly string[]): TableCell[] {
  return cells.map((text) => ({ text, style: 'tableHeader' }))
}

function whoAndWhen(flag: ReportFlag): Content {
  if (flag.changedBy === null) return { text: '—', color: MUTED }
  return { stack: [flag.changedBy, { text: time(flag.changedAt), color: MUTED, fontSize: 7.5 }] }
}

function quoted(flag: ReportFlag): Content {
  return {
    text: [
      `“${flag.text}”`,
      ...(flag.orphaned ? [{ text: ' (text no longer in the draft)', color: MUTED }] : []),
    ],
  }
}

function table(
  columns: readonly string[],
  widths: (string | number)[],
  rows: TableCell[][],
  empty: string,
): Content {
  if (rows.length === 0) return { text: empty, italics: true, color: MUTED, margin: [0, 0, 0, 8] }
  const content: ContentTable = {
    table: { headerRows: 1, dontBreakRows: true, widths, body: [header(columns), ...rows] },
    layout: tableLayout,
    style: 'table',
  }
  return content
}

function flagTable(flags: readonly ReportFlag[], empty: string, withReason = false): Content {
  const columns = [
    'Kind',
    'Text',
    'Message',
    ...(withReason ? ['Reason'] : []),
    'Status',
    'Who, when',
  ]
  const widths = withReason ? [44, '*', '*', '*', 48, 74] : [54, '*', '*', 60, 80]
  const rows = flags.map((flag): TableCell[] => [
    flag.kindLabel,
    quoted(flag),
    flag.message,
    ...(withReason ? [flag.reason ?? '—'] : []),
    { text: flag.statusLabel, bold: true },
    whoAndWhen(flag),
  ])
  return table(columns, widths, rows, empty)
}

function claimsTable(claims: readonly ReportFlag[]): Content {
  const rows = claims.map((claim): TableCell[] => [
    quoted(claim),
    { text: claim.statusLabel, bold: true },
    claim.sources.length === 0
      ? { text: 'None', color: MUTED }
      : { stack: claim.sources.map((source) => source.label) },
    whoAndWhen(claim),
  ])
  return table(
    ['Claim', 'Status', 'Source(s)', 'Who, when'],
    ['*', 62, '*', 80],
    rows,
    'No claims flagged.',
  )
}

function chart(report: ReviewReport): Content[] {
  const bars = reportChartBars(report.counts, CHART_WIDTH)
  const rows = bars.map((bar): TableCell[] => [
    { text: bar.label, alignment: 'right' },
    {
      canvas:
        bar.segments.length === 0
          ? [
              {
                type: 'line',
                x1: 0,
                y1: CHART_BAR_HEIGHT / 2,
                x2: 1,
                y2: CHART_BAR_HEIGHT / 2,
                lineColor: RULE,
              },
            ]
          : bar.segments.map((segment) => ({
              type: 'rect' as const,
              x: segment.x,
              y: 1,
              w: Math.max(segment.width, 0.5),
              h: CHART_BAR_HEIGHT,
              color: segment.color,
            })),
    },
    { text: String(bar.total), color: MUTED },
  ])
  const legend: Content = {
    columns: Object.entries(REPORT_PROGRESS_COLORS).map(([part, color]) => ({
      width: 'auto',
      columns: [
        { canvas: [{ type: 'rect', x: 0, y: 2, w: 8, h: 8, color }], width: 12 },
        {
          text: REPORT_PROGRESS_LABELS[part as keyof typeof REPORT_PROGRESS_LABELS],
          width: 'auto',
          margin: [0, 0, 14, 0],
        },
      ],
    })),
    fontSize: 8,
    color: MUTED,
    margin: [112, 2, 0, 10],
  }
  return [
    {
      table: { widths: [100, CHART_WIDTH, 30], body: rows },
      layout: { ...factsLayout, paddingTop: () => 2, paddingBottom: () => 2 },
      fontSize: 9,
    },
    legend,
  ]
}

function countsTable(report: ReviewReport): Content {
  const rows = report.counts.map((count): TableCell[] => [
    count.label,
    { text: String(count.total), alignment: 'right' },
    { text: String(count.open), alignment: 'right' },
    { text: String(count.done), alignment: 'right' },
    { text: String(count.dismissed), alignment: 'right' },
    count.byStatus.map((entry) => `${entry.label} ${entry.count}`).join(', ') || '—',
  ])
  return table(
    ['Kind', 'Total', 'Open', 'Done', 'Dismissed', 'By status'],
    [100, 36, 36, 36, 50, '*'],
    rows,
    '',
  )
}

function facts(report: ReviewReport): Content {
  const { draft, version } = report
  const rows: [string, Content][] = [
    [
      'Author',
      [draft.author, draft.authorRole].filter((part) => part.trim() !== '').join(', ') || '—',
    ],
    ['File', draft.sourceName || '—'],
    ['Version', version.number === null ? 'Not stored (check only)' : `Version ${version.number}`],
    ['Words', String(version.wordCount)],
    ['Content hash', { text: version.contentHash, fontSize: 8 }],
  ]
  if (draft.publishedDate !== null) rows.push(['Published', formatReportDate(draft.publishedDate)])
  if (draft.updatedDate !== null) rows.push(['Updated', formatReportDate(draft.updatedDate)])
  if (draft.createdAt !== null) rows.push(['Review started', time(draft.createdAt)])
  if (draft.updatedAt !== null) rows.push(['Last change', time(draft.updatedAt)])
  rows.push(['Report made', time(report.generatedAt)])
  return {
    table: {
      widths: [80, '*'],
      body: rows.map(([term, value]) => [{ text: term, color: MUTED }, value]),
    },
    layout: factsLayout,
    margin: [0, 0, 0, 12],
  }
}

function verdictBox(report: ReviewReport): Content {
  const { verdict } = report
  const color = verdict.ready ? '#2f855a' : '#c53030'
  return {
    table: {
      widths: ['*'],
      body: [
        [
          {
            stack: [
              { text: verdict.headline, fontSize: 16, bold: true, color, margin: [0, 0, 0, 4] },
              {
                ul: verdict.reasons.map((reason) => ({
                  text: reason.text,
                  color: reason.severity === 'blocking' ? INK : MUTED,
                })),
              },
            ],
            fillColor: verdict.ready ? '#eef8f1' : '#fdf0f0',
            margin: [8, 6, 8, 8],
          },
        ],
      ],
    },
    layout: {
      hLineWidth: () => 1.5,
      vLineWidth: () => 1.5,
      hLineColor: () => color,
      vLineColor: () => color,
    },
    margin: [0, 0, 0, 10],
  }
}

function signOffBlock(report: ReviewReport): Content {
  const { signOff } = report
  if (signOff === null) {
    return { text: `${report.signOffStatus}.`, italics: true, color: MUTED, margin: [0, 0, 0, 8] }
  }
  const rows: [string, string][] = [
    ['Signed by', `${signOff.name}${signOff.credentials ? `, ${signOff.credentials}` : ''}`],
    ['Meaning', signOff.meaningLabel],
    ['Signed', time(signOff.signedAt)],
    [
      'State',
      `${report.signOffStatus}${signOff.current ? '' : ' — the text changed after it was signed'}`,
    ],
  ]
  if (signOff.override !== null) {
    rows.push([
      'Override',
      `${signOff.override.reason} (${signOff.override.claimFlagIds.length} open claims)`,
    ])
  }
  return {
    stack: [
      { text: signOff.byline, bold: true, margin: [0, 0, 0, 4] },
      {
        table: {
          widths: [80, '*'],
          body: rows.map(([term, value]) => [{ text: term, color: MUTED }, value]),
        },
        layout: factsLayout,
      },
    ],
    margin: [0, 0, 0, 8],
  }
}

function auditBlock(report: ReviewReport): Content {
  const { audit } = report
  if (audit === null) {
    return { text: 'A check-only report has no audit trail.', italics: true, color: MUTED }
  }
  const state = audit.verified
    ? 'Verifies: every entry is intact and chained'
    : `Does not verify: ${audit.problem ?? 'the trail is broken'}`
  return {
    table: {
      widths: [80, '*'],
      body: [
        [{ text: 'Entries', color: MUTED }, String(audit.entries)],
        [
          { text: 'Head hash', color: MUTED },
          { text: audit.headHash ?? '—', fontSize: 8 },
        ],
        [
          { text: 'Integrity', color: MUTED },
          { text: state, bold: !audit.verified, color: audit.verified ? INK : '#c53030' },
        ],
      ],
    },
    layout: factsLayout,
  }
}

function annotatedText(report: ReviewReport): Content[] {
  if (report.annotatedText === null) return []
  return [
    heading('Annotated text'),
    ...annotatedParagraphs(report.annotatedText).map((paragraph): Content => ({
      text: paragraph.map((segment) =>
        segment.kind === null
          ? segment.text
          : { text: segment.text, background: REPORT_KIND_HIGHLIGHTS[segment.kind] },
      ),
      margin: [0, 0, 0, 6],
    })),
    {
      text: Object.entries(REPORT_KIND_HIGHLIGHTS).flatMap(([kind, color]) => [
        {
          text: ` ${REPORT_KIND_LABELS[kind as keyof typeof REPORT_KIND_LABELS].singular} `,
          background: color,
        },
        '  ',
      ]),
      fontSize: 8,
      color: MUTED,
    },
  ]
}

/**
 * The report as a pdfmake document: the draft's title and page numbers on every page, the
 * verdict first, a drawn chart of the counts. pdfmake takes every string as text, so nothing
 * in a draft can become markup, a link or an action.
 */
export function reportPdfDefinition(
  report: ReviewReport,
  paperSize: PaperSize,
): TDocumentDefinitions {
  const title = reportDisplayTitle(report)
  return {
    pageSize: paperSize,
    pageMargins: [48, 60, 48, 52],
    info: {
      title: `${title} — ${reportKindLine(report)}`,
      creator: 'Copydesk',
      producer: 'Copydesk',
    },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, color: INK, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 2] },
      kindLine: { fontSize: 9, color: MUTED, characterSpacing: 0.6, margin: [0, 0, 0, 10] },
      heading: { fontSize: 13, bold: true, margin: [0, 12, 0, 6] },
      subheading: { fontSize: 10.5, bold: true, margin: [0, 4, 0, 4] },
      tableHeader: { bold: true, fontSize: 8.5, color: '#3e4c59' },
      table: { fontSize: 8.5, margin: [0, 0, 0, 8] },
    },
    header: (currentPage) => ({
      columns: [
        { text: title, bold: true, width: '*' },
        { text: reportKindLine(report), alignment: 'right', width: 'auto', color: MUTED },
      ],
      fontSize: 8.5,
      color: currentPage === 1 ? MUTED : INK,
      margin: [48, 24, 48, 0],
    }),
    footer: (currentPage, pageCount) => ({
      columns: [
        { text: `Made by Copydesk on ${time(report.generatedAt)}`, width: '*' },
        { text: `Page ${currentPage} of ${pageCount}`, alignment: 'right', width: 'auto' },
      ],
      fontSize: 8,
      color: MUTED,
      margin: [48, 18, 48, 0],
    }),
    pageBreakBefore: (node, following) =>
      node.headlineLevel === 1 && following.getFollowingNodesOnPage().length < 2,
    content: [
      { text: title, style: 'title' },
      { text: reportKindLine(report).toUpperCase(), style: 'kindLine' },
      facts(report),
      verdictBox(report),
      heading('Flags'),
      ...chart(report),
      countsTable(report),
      heading('Claims'),
      claimsTable(report.claims),
      heading('Typos'),
      { text: 'Open', style: 'subheading' },
      flagTable(report.typos.open, 'No open typos.'),
      { text: 'Fixed', style: 'subheading' },
      flagTable(report.typos.fixed, 'No typos fixed.'),
      heading('Medical questions, comments, page furniture'),
      flagTable(report.otherFlags, 'None.'),
      heading('Dismissed'),
      flagTable(report.dismissed, 'Nothing dismissed.', true),
      heading('Medical sign-off'),
      signOffBlock(report),
      heading('Audit trail'),
      auditBlock(report),
      ...annotatedText(report),
    ],
  }
}
