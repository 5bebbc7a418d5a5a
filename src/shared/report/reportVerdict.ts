import { formatReportTime } from './formatReportTime'
import type {
  ReportFlag,
  ReportReason,
  ReportSignOff,
  ReportVerdict,
  ReviewReport,
} from './reviewReportSchema'

const DONE_CLAIM_STATUSES: ReadonlySet<string> = new Set(['verified', 'not-a-claim'])

interface VerdictInput {
  reportType: ReviewReport['reportType']
  flags: readonly ReportFlag[]
  signOff: ReportSignOff | null
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/**
 * Whether the draft may go out, and why: every claim verified (or published over by the
 * medical reviewer's override), no open typos, medical questions or page furniture, and a
 * current medical sign-off that does not ask for changes. In a check-only report, info flags
 * (names, claims that already cite a source) are notes, as they are for `copydesk check`.
 */
export function reportVerdict({ reportType, flags, signOff }: VerdictInput): ReportVerdict {
  const blocking: string[] = []
  const notes: string[] = []
  const counts = (flag: ReportFlag) => reportType === 'review' || flag.severity !== 'info'
  const openOf = (kind: ReportFlag['kind']) =>
    flags.filter((flag) => flag.kind === kind && flag.status === 'open' && counts(flag))

  if (reportType === 'check') {
    blocking.push('No review yet: the draft was only checked automatically')
  }

  const overridden = new Set(
    signOff?.current === true ? (signOff.override?.claimFlagIds ?? []) : [],
  )
  const openClaims = flags.filter(
    (flag) => flag.kind === 'claim' && !DONE_CLAIM_STATUSES.has(flag.status) && counts(flag),
  )
  const blockingClaims = openClaims.filter((flag) => !overridden.has(flag.id))
  if (blockingClaims.length > 0) {
    const byStatus = new Map<string, number>()
    for (const claim of blockingClaims) {
      const label = claim.statusLabel.toLowerCase()
      byStatus.set(label, (byStatus.get(label) ?? 0) + 1)
    }
    const detail = [...byStatus].map(([label, count]) => `${count} ${label}`).join(', ')
    blocking.push(
      `${plural(blockingClaims.length, 'claim is', 'claims are')} not verified (${detail})`,
    )
  }
  const overriddenCount = openClaims.length - blockingClaims.length
  if (overriddenCount > 0 && signOff?.override) {
    notes.push(
      `${plural(overriddenCount, 'open claim was', 'open claims were')} signed over by ${signOff.name}: “${signOff.override.reason}”`,
    )
  }

  const openTypos = openOf('typo').length
  if (openTypos > 0) blocking.push(`${plural(openTypos, 'typo is', 'typos are')} still open`)
  const openQuestions = openOf('medical').length
  if (openQuestions > 0) {
    blocking.push(`${plural(openQuestions, 'medical question is', 'medical questions are')} open`)
  }
  const furniture = openOf('furniture').length
  if (furniture > 0) {
    blocking.push(`${plural(furniture, 'line', 'lines')} of page furniture left in the text`)
  }

  if (signOff === null) {
    blocking.push('No medical sign-off')
  } else {
    const signed = `${signOff.name} signed on ${formatReportTime(signOff.signedAt)}`
    if (!signOff.current)
      blocking.push(`The medical sign-off is stale: the text changed after ${signed}`)
    if (signOff.meaning === 'changes-required') {
      blocking.push(`The medical reviewer asked for changes (${signed})`)
    } else if (signOff.meaning === 'approved-with-changes') {
      notes.push(`Approved with changes (${signed})`)
    }
  }

  const openComments = openOf('comment').length
  if (openComments > 0) notes.push(`${plural(openComments, 'comment is', 'comments are')} open`)
  const orphaned = flags.filter((flag) => flag.orphaned).length
  if (orphaned > 0) {
    notes.push(`${plural(orphaned, 'flag’s', 'flags’')} text is no longer in the draft`)
  }
  const infoNotes = flags.filter((flag) => !counts(flag)).length
  if (infoNotes > 0) {
    notes.push(
      `${plural(infoNotes, 'note', 'notes')} to look at (names, claims that cite a source)`,
    )
  }

  const ready = blocking.length === 0
  if (ready && signOff !== null) {
    notes.unshift(
      `${signOff.meaningLabel} by ${signOff.name} on ${formatReportTime(signOff.signedAt)}; the sign-off matches this text`,
    )
  }
  const reasons: ReportReason[] = [
    ...blocking.map((text) => ({ severity: 'blocking' as const, text })),
    ...notes.map((text) => ({ severity: 'note' as const, text })),
  ]
  return { ready, headline: ready ? 'Ready to publish' : 'Not ready to publish', reasons }
}
