import { CLOSED_STATUSES, DISMISSED_STATUSES, FLAG_STATUS_LABELS } from '../review/flagStatus'
import type { FlagStatus } from '../review/reviewSchema'
import { REPORT_KIND_LABELS, REPORT_KIND_ORDER } from './reportLabels'
import { reportVerdict } from './reportVerdict'
import {
  REPORT_SCHEMA_VERSION,
  type ReportCount,
  type ReportFlag,
  type ReviewReport,
} from './reviewReportSchema'

export interface HighlightedFlag {
  flag: ReportFlag
  /** Where the flag is in the draft's text; null when its text is gone. */
  range: { start: number; end: number } | null
}

export type ReportParts = Omit<
  ReviewReport,
  | 'schemaVersion'
  | 'verdict'
  | 'counts'
  | 'claims'
  | 'typos'
  | 'otherFlags'
  | 'dismissed'
  | 'annotatedText'
> & {
  flags: readonly HighlightedFlag[]
  /** The draft's text, when the report should carry it with the flags highlighted. */
  text: string | null
}

/** The sections every report has, sorted and counted the same way for both kinds of report. */
export function assembleReport({ flags: located, text, ...header }: ReportParts): ReviewReport {
  const inTextOrder = [...located].sort(
    (first, second) =>
      (first.range?.start ?? Number.MAX_SAFE_INTEGER) -
      (second.range?.start ?? Number.MAX_SAFE_INTEGER),
  )
  const flags = inTextOrder.map(({ flag }) => flag)
  const isDismissed = (flag: ReportFlag) => DISMISSED_STATUSES.has(flag.status as FlagStatus)
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    ...header,
    verdict: reportVerdict({
      reportType: header.reportType,
      flags,
      signOff: header.signOff,
    }),
    counts: countFlags(flags),
    claims: flags.filter((flag) => flag.kind === 'claim' && !isDismissed(flag)),
    typos: {
      open: flags.filter((flag) => flag.kind === 'typo' && flag.status === 'open'),
      fixed: flags.filter((flag) => flag.kind === 'typo' && flag.status === 'fixed'),
    },
    otherFlags: flags.filter(
      (flag) =>
        (flag.kind === 'furniture' || flag.kind === 'medical' || flag.kind === 'comment') &&
        !isDismissed(flag),
    ),
    dismissed: flags.filter(isDismissed),
    annotatedText:
      text === null
        ? null
        : {
            text,
            highlights: inTextOrder.flatMap(({ flag, range }) =>
              range === null || isDismissed(flag)
                ? []
                : [{ start: range.start, end: range.end, kind: flag.kind, flagId: flag.id }],
            ),
          },
  }
}

function countFlags(flags: readonly ReportFlag[]): ReportCount[] {
  return REPORT_KIND_ORDER.map((kind) => {
    const ofKind = flags.filter((flag) => flag.kind === kind)
    const statuses = new Map<string, number>()
    for (const flag of ofKind) statuses.set(flag.status, (statuses.get(flag.status) ?? 0) + 1)
    const dismissed = ofKind.filter((flag) => DISMISSED_STATUSES.has(flag.status as FlagStatus))
    const done = ofKind.filter(
      (flag) =>
        CLOSED_STATUSES.has(flag.status as FlagStatus) &&
        !DISMISSED_STATUSES.has(flag.status as FlagStatus),
    )
    return {
      kind,
      label: REPORT_KIND_LABELS[kind].plural,
      total: ofKind.length,
      open: ofKind.length - dismissed.length - done.length,
      done: done.length,
      dismissed: dismissed.length,
      byStatus: [...statuses].map(([status, count]) => ({
        status,
        label: FLAG_STATUS_LABELS[status as FlagStatus],
        count,
      })),
    }
  })
}
