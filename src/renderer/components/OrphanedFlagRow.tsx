import { useId, useState } from 'react'
import { FLAG_STATUS_LABELS, STATUSES_NEEDING_A_REASON } from '../../shared/review/flagStatus'
import type { FlagStatus, ReviewFlag } from '../../shared/review/reviewSchema'
import { KIND_LABELS, OPEN_STATUSES, orphanClosingStatuses } from '../review/flagsPanelModel'
import { FlagHistory } from './FlagHistory'

/** What the panel can do with a flag whose words were deleted. */
export interface OrphanActions {
  /** True while the editor has words selected to re-attach a flag to. */
  canReattach: boolean
  reattach: (flagId: string) => Promise<boolean>
  close: (flagId: string, status: FlagStatus, reason: string | null) => Promise<boolean>
}

interface OrphanedFlagRowProps {
  flag: ReviewFlag
  actions: OrphanActions
}

/**
 * A flag whose words are gone: its quote and history, and the two ways out — move it to words
 * selected in the text, or close it with a status its kind allows.
 */
export function OrphanedFlagRow({ flag, actions }: OrphanedFlagRowProps) {
  const closing = orphanClosingStatuses(flag)
  const [closeFormOpen, setCloseFormOpen] = useState(false)
  const [status, setStatus] = useState<FlagStatus | null>(closing[0] ?? null)
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const ids = { status: useId(), reason: useId(), hint: useId() }
  const needsReason = status !== null && STATUSES_NEEDING_A_REASON.has(status)
  const canClose = status !== null && (!needsReason || reason.trim() !== '') && !busy
  const isOpen = OPEN_STATUSES.has(flag.status)

  const run = async (action: () => Promise<boolean>) => {
    setBusy(true)
    const done = await action()
    setBusy(false)
    if (done) setCloseFormOpen(false)
  }

  return (
    <div className={`orphan-row flags-row--${flag.kind}`} data-testid="orphan-row">
      <p className="flags-row-quote">“{flag.anchor.exact}”</p>
      <p className="flags-row-meta">
        {KIND_LABELS[flag.kind]} · {FLAG_STATUS_LABELS[flag.status]} · its text is gone
      </p>
      <details className="orphan-details">
        <summary>Details and history</summary>
        <p className="orphan-message">{flag.message}</p>
        {flag.statusReason ? <p className="orphan-message">Reason: {flag.statusReason}</p> : null}
        <FlagHistory history={flag.history} />
      </details>
      <div className="orphan-actions">
        <button
          type="button"
          className="button button--small"
          disabled={!actions.canReattach || busy}
          aria-describedby={actions.canReattach ? undefined : ids.hint}
          onClick={() => void run(() => actions.reattach(flag.id))}
        >
          Re-attach to selection
        </button>
        {isOpen && closing.length > 0 ? (
          <button
            type="button"
            className="button button--small"
            aria-expanded={closeFormOpen}
            onClick={() => setCloseFormOpen(!closeFormOpen)}
          >
            Close…
          </button>
        ) : null}
      </div>
      {actions.canReattach ? null : (
        <p id={ids.hint} className="orphan-hint">
          To re-attach it, select the words it is about in the text.
        </p>
      )}
      {closeFormOpen && status !== null ? (
        <form
          className="orphan-close-form"
          onSubmit={(event) => {
            event.preventDefault()
            if (canClose) void run(() => actions.close(flag.id, status, reason.trim() || null))
          }}
        >
          <p className="orphan-hint">
            Closing keeps the flag in the review, with its history, under this status.
          </p>
          <label className="field-label" htmlFor={ids.status}>
            Close as
          </label>
          <select
            id={ids.status}
            className="text-input"
            value={status}
            onChange={(event) => setStatus(event.target.value as FlagStatus)}
          >
            {closing.map((option) => (
              <option key={option} value={option}>
                {FLAG_STATUS_LABELS[option]}
              </option>
            ))}
          </select>
          <label className="field-label" htmlFor={ids.reason}>
            {needsReason ? 'Reason (required)' : 'Reason (optional)'}
          </label>
          <input
            id={ids.reason}
            className="text-input"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="orphan-actions">
            <button
              type="submit"
              className="button button--small button--primary"
              disabled={!canClose}
            >
              Close flag
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => setCloseFormOpen(false)}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </div>
  )
}
