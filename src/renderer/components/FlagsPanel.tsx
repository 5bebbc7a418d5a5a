import { memo, useId, useMemo, useState } from 'react'
import { FLAG_STATUS_LABELS } from '../../shared/review/flagStatus'
import type { ReviewFlag, ReviewFlagKind } from '../../shared/review/reviewSchema'
import type { PanelFilters, PanelFlag, PanelStatusFilter } from '../review/flagsPanelModel'
import {
  groupPanelFlags,
  isRestorable,
  KIND_LABELS,
  panelReviewers,
} from '../review/flagsPanelModel'
import { OrphanedFlagRow, type OrphanActions } from './OrphanedFlagRow'

/** Rows shown per group before "Show all", so a draft with a thousand flags stays quick. */
const ROWS_PER_GROUP = 100
const QUOTE_LENGTH = 80

interface FlagsPanelProps {
  flags: readonly PanelFlag[]
  onJump: (flag: PanelFlag) => void
  /** Re-attaching and closing orphans; without it their rows only show what they were. */
  orphanActions?: OrphanActions
  /** Brings back an automatic flag the reviewer dismissed; without it there is no Restore. */
  onRestore?: (flag: ReviewFlag) => void
}

function shortQuote(quote: string): string {
  const oneLine = quote.replace(/\s+/g, ' ').trim()
  return oneLine.length > QUOTE_LENGTH ? `${oneLine.slice(0, QUOTE_LENGTH - 1)}…` : oneLine
}

/** Every flag of the draft beside the text: grouped by kind and status, filterable, each a way to its words. */
export const FlagsPanel = memo(function FlagsPanel({
  flags,
  onJump,
  orphanActions,
  onRestore,
}: FlagsPanelProps) {
  const [filters, setFilters] = useState<PanelFilters>({
    kind: 'all',
    status: 'open',
    reviewer: 'all',
  })
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set())
  const kindId = useId()
  const statusId = useId()
  const reviewerId = useId()
  const groups = useMemo(() => groupPanelFlags(flags, filters), [flags, filters])
  const reviewers = useMemo(() => panelReviewers(flags), [flags])
  const shown = groups.reduce((total, group) => total + group.flags.length, 0)

  return (
    <aside className="flags-panel" aria-label="Flags" data-testid="flags-panel">
      <div className="flags-panel-header">
        <h2 className="flags-panel-title">
          Flags <span className="flags-panel-count">{shown}</span>
        </h2>
        <div className="flags-panel-filters">
          <label htmlFor={kindId}>Kind</label>
          <select
            id={kindId}
            className="text-input"
            value={filters.kind}
            onChange={(event) =>
              setFilters({ ...filters, kind: event.target.value as ReviewFlagKind | 'all' })
            }
          >
            <option value="all">All kinds</option>
            {(Object.keys(KIND_LABELS) as ReviewFlagKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
          <label htmlFor={statusId}>Status</label>
          <select
            id={statusId}
            className="text-input"
            value={filters.status}
            onChange={(event) =>
              setFilters({ ...filters, status: event.target.value as PanelStatusFilter })
            }
          >
            <option value="open">Open</option>
            <option value="closed">Closed</option>
            <option value="dismissed">Dismissed</option>
            <option value="all">All</option>
          </select>
          <label htmlFor={reviewerId}>Reviewer</label>
          <select
            id={reviewerId}
            className="text-input"
            value={filters.reviewer}
            onChange={(event) => setFilters({ ...filters, reviewer: event.target.value })}
          >
            <option value="all">Anyone</option>
            {reviewers.map((reviewer) => (
              <option key={reviewer} value={reviewer}>
                {reviewer}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flags-panel-groups">
        {groups.length === 0 ? (
          <p className="flags-panel-empty">No flags match these filters.</p>
        ) : null}
        {groups.map((group) => {
          const all = expanded.has(group.key)
          const rows = all ? group.flags : group.flags.slice(0, ROWS_PER_GROUP)
          return (
            <section
              key={group.key}
              className={`flags-group flags-group--${group.key}`}
              aria-label={`${group.label}: ${group.flags.length}`}
            >
              <h3 className="flags-group-title">
                {group.label} <span className="flags-panel-count">{group.flags.length}</span>
              </h3>
              <ul className="flags-group-list">
                {rows.map((flag) => (
                  <li
                    key={flag.key}
                    className={
                      onRestore && isRestorable(flag) ? 'flags-item--restorable' : undefined
                    }
                  >
                    {flag.orphaned && flag.stored && orphanActions ? (
                      <OrphanedFlagRow flag={flag.stored} actions={orphanActions} />
                    ) : (
                      <button
                        type="button"
                        className={`flags-row flags-row--${flag.kind}`}
                        data-testid="flags-row"
                        disabled={flag.from === null}
                        onClick={() => onJump(flag)}
                      >
                        {/* The name is the visible text with the kind before it and the
                            message after, so speech input can use what is on screen. */}
                        <span className="flags-row-quote">
                          <span className="visually-hidden">{KIND_LABELS[flag.kind]}:</span>
                          {shortQuote(flag.quote)}
                        </span>
                        <span className="flags-row-meta">
                          {FLAG_STATUS_LABELS[flag.status]}
                          {flag.reviewer ? ` · ${flag.reviewer}` : ''}
                          <span className="visually-hidden">
                            — {flag.orphaned ? 'its text is gone. ' : ''}
                            {flag.message}
                          </span>
                        </span>
                      </button>
                    )}
                    {onRestore && flag.stored && isRestorable(flag) ? (
                      <button
                        type="button"
                        className="button button--small flags-row-restore"
                        data-testid="flags-restore"
                        aria-label={`Restore the flag on “${shortQuote(flag.quote)}”`}
                        onClick={() => flag.stored && onRestore(flag.stored)}
                      >
                        Restore
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
              {!all && group.flags.length > ROWS_PER_GROUP ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setExpanded(new Set([...expanded, group.key]))}
                >
                  Show all {group.flags.length}
                </button>
              ) : null}
            </section>
          )
        })}
      </div>
    </aside>
  )
})
