import type { ReportFlagKind } from './reviewReportSchema'

/** What a report calls each kind of flag: one flag, and the heading of several. */
export const REPORT_KIND_LABELS: Readonly<
  Record<ReportFlagKind, { singular: string; plural: string }>
> = {
  claim: { singular: 'Claim', plural: 'Claims' },
  typo: { singular: 'Typo', plural: 'Typos' },
  medical: { singular: 'Medical question', plural: 'Medical questions' },
  comment: { singular: 'Comment', plural: 'Comments' },
  furniture: { singular: 'Page furniture', plural: 'Page furniture' },
}

/** The order kinds are counted and charted in: what matters most for publishing first. */
export const REPORT_KIND_ORDER: readonly ReportFlagKind[] = [
  'claim',
  'medical',
  'typo',
  'furniture',
  'comment',
]

export const SIGN_OFF_MEANING_LABELS = {
  approved: 'Approved',
  'approved-with-changes': 'Approved with changes',
  'changes-required': 'Changes required',
} as const

/** The chart's colours for where flags stand, the same in the HTML and the PDF report. */
export const REPORT_PROGRESS_COLORS = {
  open: '#d9822b',
  done: '#2f855a',
  dismissed: '#a0aec0',
} as const

export const REPORT_PROGRESS_LABELS = {
  open: 'Open',
  done: 'Done',
  dismissed: 'Dismissed',
} as const

/** The highlight of each kind of flag in the annotated text. */
export const REPORT_KIND_HIGHLIGHTS: Readonly<Record<ReportFlagKind, string>> = {
  claim: '#fde7b0',
  typo: '#f9c9c4',
  medical: '#e3d5fb',
  furniture: '#dde3ea',
  comment: '#cfe3fb',
}
