import type { CheckFlag } from '../checks/checkFlag'
import { FLAG_STATUS_LABELS, FLAG_STATUS_POLICY } from '../review/flagStatus'
import type { ClaimSource, ReviewFlag } from '../review/reviewSchema'
import { REPORT_KIND_LABELS } from './reportLabels'
import type { ReportFlag, ReportSource } from './reviewReportSchema'

/** A stored flag as a report lists it: who last changed its status, and when. */
export function reportFlagFromReviewFlag(flag: ReviewFlag): ReportFlag {
  const lastStatusChange = [...flag.history].reverse().find((entry) => entry.to === flag.status)
  return {
    id: flag.id,
    kind: flag.kind,
    kindLabel: REPORT_KIND_LABELS[flag.kind].singular,
    ruleId: flag.ruleId,
    severity: flag.severity,
    status: flag.status,
    statusLabel: FLAG_STATUS_LABELS[flag.status],
    text: flag.anchor.exact,
    message: flag.message,
    reason: flag.statusReason,
    sources: flag.sources.map(reportSource),
    changedBy: lastStatusChange?.by.name ?? flag.createdBy.name,
    changedAt: lastStatusChange?.at ?? flag.createdAt,
    orphaned: flag.orphaned,
  }
}

/** A flag an automatic check raised in a draft with no review: in its kind's first status. */
export function reportFlagFromCheckFlag(flag: CheckFlag): ReportFlag {
  const status = FLAG_STATUS_POLICY[flag.kind].initial
  return {
    id: flag.id,
    kind: flag.kind,
    kindLabel: REPORT_KIND_LABELS[flag.kind].singular,
    ruleId: flag.ruleId,
    severity: flag.severity,
    status,
    statusLabel: FLAG_STATUS_LABELS[status],
    text: flag.actual,
    message: flag.message,
    reason: null,
    sources: [],
    changedBy: null,
    changedAt: null,
    orphaned: false,
  }
}

function reportSource(source: ClaimSource): ReportSource {
  const doi = source.doi?.trim() || null
  const pmid = source.pmid?.trim() || null
  const url = source.url?.trim() || null
  const citation = source.citation.trim()
  const label =
    citation !== ''
      ? citation
      : (url ?? (doi !== null ? `doi:${doi}` : pmid !== null ? `PMID ${pmid}` : '(no reference)'))
  return { label, url, doi, pmid, citation }
}
