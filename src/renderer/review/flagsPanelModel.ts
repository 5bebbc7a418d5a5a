import type { FlagInDocument } from '../checks/flagDecoration'
import {
  CLOSED_STATUSES,
  DISMISSED_STATUSES,
  FLAG_STATUS_LABELS,
  FLAG_STATUS_POLICY,
  statusChangeProblem,
} from '../../shared/review/flagStatus'
import type { FlagStatus, ReviewFlag, ReviewFlagKind } from '../../shared/review/reviewSchema'

/** One row of the flags panel: an automatic flag, a stored one, or both where they meet. */
export interface PanelFlag {
  key: string
  kind: ReviewFlagKind
  status: FlagStatus
  quote: string
  message: string
  /** Who raised or last kept it; null for an automatic flag nobody has acted on. */
  reviewer: string | null
  /** Where it is in the editor now; null for an orphan. */
  from: number | null
  to: number | null
  orphaned: boolean
  /** The flag the review stores; null for an automatic flag nobody has acted on. */
  stored: ReviewFlag | null
}

/** `dismissed`: ignored once or "not a claim", the flags the reviewer may want back. */
export type PanelStatusFilter = 'open' | 'closed' | 'dismissed' | 'all'

export interface PanelFilters {
  kind: ReviewFlagKind | 'all'
  status: PanelStatusFilter
  reviewer: string | 'all'
}

export interface PanelGroup {
  key: string
  label: string
  flags: PanelFlag[]
}

/** Statuses that still need someone's attention. */
export const OPEN_STATUSES: ReadonlySet<FlagStatus> = new Set([
  'open',
  'needs-source',
  'source-attached',
  'disputed',
])

export const KIND_LABELS: Readonly<Record<ReviewFlagKind, string>> = {
  claim: 'Claims',
  typo: 'Typos',
  medical: 'Medical questions',
  comment: 'Comments',
  furniture: 'Page furniture',
}

const KIND_ORDER: readonly ReviewFlagKind[] = ['claim', 'medical', 'typo', 'comment', 'furniture']

type Positions = ReadonlyMap<string, { from: number; to: number }>

/**
 * Every flag the panel lists: the automatic flags in the editor and the flags the review
 * stores. A stored flag kept from a check stands in for the automatic flag on the same words.
 */
export function panelFlags(
  checkFlags: readonly FlagInDocument[],
  stored: readonly ReviewFlag[],
  positions: Positions,
): PanelFlag[] {
  const rows: PanelFlag[] = []
  const storedAt = new Set<string>()
  for (const flag of stored) {
    const position = positions.get(flag.id)
    const orphaned = flag.orphaned || position === undefined
    if (position) storedAt.add(`${flag.ruleId}@${position.from}-${position.to}`)
    rows.push({
      key: `stored-${flag.id}`,
      kind: flag.kind,
      status: flag.status,
      quote: flag.anchor.exact,
      message: flag.message,
      reviewer: flag.createdBy.name,
      from: orphaned ? null : (position?.from ?? null),
      to: orphaned ? null : (position?.to ?? null),
      orphaned,
      stored: flag,
    })
  }
  for (const { flag, from, to } of checkFlags) {
    if (storedAt.has(`${flag.ruleId}@${from}-${to}`)) continue
    rows.push({
      key: `check-${flag.id}-${from}`,
      kind: flag.kind,
      status: FLAG_STATUS_POLICY[flag.kind].initial,
      quote: flag.actual,
      message: flag.message,
      reviewer: null,
      from,
      to,
      orphaned: false,
      stored: null,
    })
  }
  return rows
}

function matches(flag: PanelFlag, filters: PanelFilters): boolean {
  if (filters.kind !== 'all' && flag.kind !== filters.kind) return false
  if (filters.status === 'open' && !OPEN_STATUSES.has(flag.status)) return false
  if (filters.status === 'closed' && OPEN_STATUSES.has(flag.status)) return false
  if (filters.status === 'dismissed' && !DISMISSED_STATUSES.has(flag.status)) return false
  return filters.reviewer === 'all' || flag.reviewer === filters.reviewer
}

/**
 * The panel's groups: by kind, then status (in the order the kind's statuses move), each in
 * document order; orphans last, in a group of their own. Empty groups are left out.
 */
export function groupPanelFlags(flags: readonly PanelFlag[], filters: PanelFilters): PanelGroup[] {
  const shown = flags.filter((flag) => matches(flag, filters))
  const groups: PanelGroup[] = []
  for (const kind of KIND_ORDER) {
    for (const status of FLAG_STATUS_POLICY[kind].allowed) {
      const inGroup = shown
        .filter((flag) => !flag.orphaned && flag.kind === kind && flag.status === status)
        .sort((a, b) => (a.from ?? 0) - (b.from ?? 0))
      if (inGroup.length > 0) {
        groups.push({
          key: `${kind}-${status}`,
          label: `${KIND_LABELS[kind]} · ${FLAG_STATUS_LABELS[status]}`,
          flags: inGroup,
        })
      }
    }
  }
  const orphans = shown.filter((flag) => flag.orphaned)
  if (orphans.length > 0) groups.push({ key: 'orphaned', label: 'Orphaned', flags: orphans })
  return groups
}

/** The reviewers who raised stored flags, for the reviewer filter. */
export function panelReviewers(flags: readonly PanelFlag[]): string[] {
  return [
    ...new Set(flags.flatMap((flag) => (flag.reviewer === null ? [] : [flag.reviewer]))),
  ].sort()
}

/**
 * The statuses an orphan can be closed with: its kind's closed statuses, less those it cannot
 * take yet (a claim is only verified with a source attached). A reason is asked for separately.
 */
export function orphanClosingStatuses(
  flag: Pick<ReviewFlag, 'kind' | 'status' | 'sources'>,
): FlagStatus[] {
  return FLAG_STATUS_POLICY[flag.kind].allowed.filter(
    (status) =>
      CLOSED_STATUSES.has(status) &&
      status !== flag.status &&
      statusChangeProblem(flag, status, 'a reason') === null,
  )
}

/** Whether a row is an automatic flag the reviewer dismissed, which can be brought back. */
export function isRestorable(flag: PanelFlag): boolean {
  return (
    flag.stored !== null &&
    flag.stored.origin === 'check' &&
    DISMISSED_STATUSES.has(flag.stored.status)
  )
}
