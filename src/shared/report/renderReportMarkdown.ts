import { annotatedParagraphs } from './annotatedSegments'
import { formatReportDate, formatReportTime } from './formatReportTime'
import { reportDisplayTitle, reportKindLine } from './reportDisplayTitle'
import type { ReportFlag, ReviewReport } from './reviewReportSchema'

/**
 * Draft text as inert Markdown: HTML's special characters become entities (so no tag survives
 * any renderer that allows HTML) and Markdown's punctuation is backslash-escaped (so no link,
 * autolink, image or emphasis can be made from it). Line breaks become spaces: every use is inline.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\r\n]+/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]()#|!~{}@]/g, '\\$&')
      // Breaks what autolinking renderers would turn into links (URLs, www. names, e-mail).
      .replace(/:\/\//g, '\\://')
      .replace(/\bwww\./gi, (www) => `${www.slice(0, -1)}\\.`)
  )
}

/** A paragraph of draft text that cannot start a heading, list, quote or code block. */
function markdownParagraph(text: string): string {
  return text.replace(/^(\s*)([-+=>])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2')
}

const md = escapeMarkdown

function time(value: string | null): string {
  return value === null ? '—' : md(formatReportTime(value))
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

function flagRows(flags: readonly ReportFlag[], withReason: boolean): string[][] {
  return flags.map((flag) => [
    md(flag.kindLabel),
    `“${md(flag.text)}”${flag.orphaned ? ' (text no longer in the draft)' : ''}`,
    md(flag.message),
    ...(withReason ? [md(flag.reason ?? '—')] : []),
    md(flag.statusLabel),
    md(flag.changedBy ?? '—'),
    time(flag.changedAt),
  ])
}

function flagSection(flags: readonly ReportFlag[], empty: string, withReason = false): string {
  if (flags.length === 0) return `_${empty}_`
  const header = [
    'Kind',
    'Text',
    'Message',
    ...(withReason ? ['Reason'] : []),
    'Status',
    'Who',
    'When',
  ]
  return table(header, flagRows(flags, withReason))
}

/** The report as Markdown; every piece of draft text is escaped. */
export function renderReportMarkdown(report: ReviewReport): string {
  const { draft, version, verdict, signOff, audit } = report
  const facts: [string, string][] = [
    [
      'Author',
      md([draft.author, draft.authorRole].filter((part) => part.trim() !== '').join(', ') || '—'),
    ],
    ['File', md(draft.sourceName || '—')],
    ['Version', version.number === null ? 'Not stored (check only)' : `Version ${version.number}`],
    ['Words', String(version.wordCount)],
    ['Content hash', `\`${version.contentHash}\``],
  ]
  if (draft.publishedDate !== null)
    facts.push(['Published', md(formatReportDate(draft.publishedDate))])
  if (draft.updatedDate !== null) facts.push(['Updated', md(formatReportDate(draft.updatedDate))])
  if (draft.createdAt !== null) facts.push(['Review started', time(draft.createdAt)])
  if (draft.updatedAt !== null) facts.push(['Last change', time(draft.updatedAt)])
  facts.push(['Report made', time(report.generatedAt)])

  const sections: string[] = [
    `# ${md(reportDisplayTitle(report))}`,
    `_${reportKindLine(report)}_`,
    table(['', ''], facts),
    `## Verdict: ${verdict.headline}`,
    verdict.reasons
      .map(
        (reason) =>
          `- ${reason.severity === 'blocking' ? '**Blocking:**' : 'Note:'} ${md(reason.text)}`,
      )
      .join('\n'),
    '## Flags',
    table(
      ['Kind', 'Total', 'Open', 'Done', 'Dismissed'],
      report.counts.map((count) => [
        md(count.label),
        String(count.total),
        String(count.open),
        String(count.done),
        String(count.dismissed),
      ]),
    ),
    '## Claims',
    report.claims.length === 0
      ? '_No claims flagged._'
      : table(
          ['Claim', 'Status', 'Source(s)', 'Who', 'When'],
          report.claims.map((claim) => [
            `“${md(claim.text)}”`,
            md(claim.statusLabel),
            claim.sources.map((source) => md(source.label)).join('; ') || 'None',
            md(claim.changedBy ?? '—'),
            time(claim.changedAt),
          ]),
        ),
    '## Typos',
    '### Open',
    flagSection(report.typos.open, 'No open typos.'),
    '### Fixed',
    flagSection(report.typos.fixed, 'No typos fixed.'),
    '## Medical questions, comments, page furniture',
    flagSection(report.otherFlags, 'None.'),
    '## Dismissed',
    flagSection(report.dismissed, 'Nothing dismissed.', true),
    '## Medical sign-off',
    signOff === null
      ? `_${md(report.signOffStatus)}._`
      : [
          `**${md(signOff.byline)}**`,
          '',
          `- Signed by: ${md(signOff.name)}${signOff.credentials ? `, ${md(signOff.credentials)}` : ''}`,
          `- Meaning: ${md(signOff.meaningLabel)}`,
          `- Signed: ${time(signOff.signedAt)}`,
          `- State: ${md(report.signOffStatus)}${signOff.current ? '' : ' — the text changed after it was signed'}`,
          ...(signOff.override === null
            ? []
            : [
                `- Override: ${md(signOff.override.reason)} (${signOff.override.claimFlagIds.length} open claims)`,
              ]),
        ].join('\n'),
    '## Audit trail',
    audit === null
      ? '_A check-only report has no audit trail._'
      : [
          `- Entries: ${audit.entries}`,
          `- Head hash: \`${audit.headHash ?? '—'}\``,
          `- Integrity: ${audit.verified ? 'verifies: every entry is intact and chained' : `does not verify: ${md(audit.problem ?? 'the trail is broken')}`}`,
        ].join('\n'),
  ]
  if (report.annotatedText !== null) {
    sections.push(
      '## Annotated text',
      '_Flagged text is in bold._',
      ...annotatedParagraphs(report.annotatedText).map((paragraph) =>
        markdownParagraph(
          paragraph
            .map((segment) =>
              segment.kind === null ? md(segment.text) : `**${md(segment.text)}**`,
            )
            .join(''),
        ),
      ),
    )
  }
  sections.push(
    `---\n_Made by Copydesk on ${time(report.generatedAt)}${report.generatedBy === null ? '' : ` for ${md(report.generatedBy)}`}. Report format ${report.schemaVersion}._`,
  )
  return `${sections.join('\n\n')}\n`
}
