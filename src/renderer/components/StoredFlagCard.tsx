import type { EditorView } from '@tiptap/pm/view'
import { useId, useRef, useState } from 'react'
import {
  FLAG_STATUS_LABELS,
  FLAG_STATUS_POLICY,
  STATUSES_NEEDING_A_REASON,
  statusChangeProblem,
} from '../../shared/review/flagStatus'
import { FLAG_KIND_LABELS } from '../../shared/review/flagKindLabels'
import { MANUAL_FLAGS } from '../../shared/review/manualFlags'
import type { ClaimSourceFields, FlagStatus, ReviewFlag } from '../../shared/review/reviewSchema'
import { useCardFocus, useCardPlacement } from '../hooks/useCardPlacement'
import { formatFullDate } from '../lib/formatting'
import type { ReusableSource } from '../review/sourcesFromOtherClaims'
import type { StoredFlagInDocument } from '../review/storedFlagDecorations'
import { ClaimSourcesSection } from './ClaimSourcesSection'
import { FlagHistory } from './FlagHistory'

interface StoredFlagCardProps {
  target: StoredFlagInDocument
  view: EditorView
  onAddNote: (text: string) => Promise<boolean>
  onSetStatus: (status: FlagStatus, reason: string | null) => Promise<boolean>
  /** For claims: what the source list and forms need. */
  sources: ClaimSourceActions
  /** Escape: the card closes and the text gets the focus back. */
  onClose: () => void
  onPointerInside: (inside: boolean) => void
  /** Opened from the keyboard: the card takes the focus, then calls `onFocusTaken`. */
  takeFocus: boolean
  onFocusTaken: () => void
}

export interface ClaimSourceActions {
  reusable: readonly ReusableSource[]
  /** The card opened to add a source ("Add a source…" on an automatic claim). */
  startAdding: boolean
  onOpenLink: (url: string) => void
  onAttach: (source: ClaimSourceFields) => Promise<string | null>
  onReuse: (from: ReusableSource) => Promise<string | null>
  onEdit: (sourceId: string, source: ClaimSourceFields) => Promise<string | null>
  onRemove: (sourceId: string) => Promise<string | null>
}

const CARD_WIDTH = 360

function flagLabel(flag: ReviewFlag): string {
  if (flag.origin === 'manual' && flag.kind !== 'furniture') return MANUAL_FLAGS[flag.kind].label
  return FLAG_KIND_LABELS[flag.kind]
}

/** A stored flag: who raised it and when, its status and its thread of notes. */
export function StoredFlagCard({
  target,
  view,
  onAddNote,
  onSetStatus,
  sources,
  onClose,
  onPointerInside,
  takeFocus,
  onFocusTaken,
}: StoredFlagCardProps) {
  const { flag } = target
  const cardRef = useRef<HTMLDivElement>(null)
  const [note, setNote] = useState('')
  const [status, setStatus] = useState<FlagStatus>(flag.status)
  // A command elsewhere in the card (attaching a source) can change the status under the list.
  const [shownStatus, setShownStatus] = useState<FlagStatus>(flag.status)
  if (shownStatus !== flag.status) {
    setShownStatus(flag.status)
    setStatus(flag.status)
  }
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const noteRef = useRef<HTMLTextAreaElement>(null)
  const statusRef = useRef<HTMLSelectElement>(null)
  const ids = { title: useId(), note: useId(), status: useId(), reason: useId(), problem: useId() }

  const position = useCardPlacement(view, target, cardRef, CARD_WIDTH)
  useCardFocus(cardRef, takeFocus, onFocusTaken)

  const label = flagLabel(flag)
  const statusChanged = status !== flag.status
  const needsReason = STATUSES_NEEDING_A_REASON.has(status)
  const problem = statusChanged
    ? statusChangeProblem(flag, status, needsReason ? reason : null)
    : null

  const submitNote = async () => {
    if (note.trim() === '' || busy) return
    setBusy(true)
    if (await onAddNote(note.trim())) setNote('')
    setBusy(false)
    // The button is disabled now; the focus stays in the card rather than falling to the page.
    noteRef.current?.focus()
  }

  const submitStatus = async () => {
    if (!statusChanged || problem !== null || busy) return
    setBusy(true)
    if (await onSetStatus(status, needsReason ? reason.trim() : null)) setReason('')
    setBusy(false)
    statusRef.current?.focus()
  }

  return (
    <div
      ref={cardRef}
      className={`flag-card stored-flag-card stored-flag-card--${flag.kind}`}
      role="dialog"
      aria-labelledby={ids.title}
      data-testid="stored-flag-card"
      style={{
        top: position?.top ?? -9999,
        left: position?.left ?? -9999,
        maxHeight: position?.maxHeight,
        width: CARD_WIDTH,
      }}
      onMouseEnter={() => onPointerInside(true)}
      onMouseLeave={() => onPointerInside(false)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        event.stopPropagation()
        onClose()
      }}
    >
      <div className="flag-card-kind" id={ids.title}>
        <span className={`flag-swatch flag-swatch--stored-${flag.kind}`} aria-hidden="true" />
        {label}
        <span className="flag-card-severity" data-testid="stored-flag-status">
          · {FLAG_STATUS_LABELS[flag.status]}
        </span>
      </div>
      <p className="flag-card-message">“{flag.anchor.exact}”</p>
      <p className="flag-card-note" data-testid="stored-flag-created">
        Flagged by {flag.createdBy.name},{' '}
        <time dateTime={flag.createdAt}>{formatFullDate(flag.createdAt)}</time>
      </p>
      {flag.statusReason ? (
        <p className="flag-card-note" data-testid="stored-flag-reason">
          Reason: {flag.statusReason}
        </p>
      ) : null}
      {flag.history.length > 1 ? (
        <details className="flag-card-history">
          <summary>History ({flag.history.length})</summary>
          <FlagHistory history={flag.history} />
        </details>
      ) : null}
      {flag.kind === 'claim' ? (
        <ClaimSourcesSection
          sources={flag.sources}
          reusable={sources.reusable}
          startAdding={sources.startAdding}
          onOpenLink={sources.onOpenLink}
          onAttach={sources.onAttach}
          onReuse={sources.onReuse}
          onEdit={sources.onEdit}
          onRemove={sources.onRemove}
        />
      ) : null}
      {flag.notes.length > 0 ? (
        <ol className="stored-flag-notes" aria-label="Notes" data-testid="stored-flag-notes">
          {flag.notes.map((entry) => (
            <li key={entry.id} className="stored-flag-note">
              <div className="stored-flag-note-meta">
                <span className="stored-flag-note-author">{entry.author.name}</span>
                <time dateTime={entry.at}>{formatFullDate(entry.at)}</time>
              </div>
              <p className="stored-flag-note-text">{entry.text}</p>
            </li>
          ))}
        </ol>
      ) : null}
      <form
        className="stored-flag-form"
        onSubmit={(event) => {
          event.preventDefault()
          void submitNote()
        }}
      >
        <label className="field-label" htmlFor={ids.note}>
          Add a note
        </label>
        <textarea
          ref={noteRef}
          id={ids.note}
          className="text-input text-area"
          rows={2}
          value={note}
          data-testid="stored-flag-note-text"
          onChange={(event) => setNote(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submitNote()
          }}
        />
        <div className="popover-actions">
          <button
            type="submit"
            className="button button--small"
            disabled={note.trim() === '' || busy}
            data-testid="stored-flag-add-note"
          >
            Add note
          </button>
        </div>
      </form>
      <form
        className="stored-flag-form stored-flag-status-form"
        onSubmit={(event) => {
          event.preventDefault()
          void submitStatus()
        }}
      >
        <label className="field-label" htmlFor={ids.status}>
          Status
        </label>
        <div className="stored-flag-status-row">
          <select
            ref={statusRef}
            id={ids.status}
            className="text-input"
            value={status}
            data-testid="stored-flag-status-select"
            onChange={(event) => setStatus(event.target.value as FlagStatus)}
          >
            {FLAG_STATUS_POLICY[flag.kind].allowed.map((allowed) => (
              <option key={allowed} value={allowed}>
                {FLAG_STATUS_LABELS[allowed]}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="button button--small"
            disabled={!statusChanged || problem !== null || busy}
            aria-describedby={problem ? ids.problem : undefined}
            data-testid="stored-flag-set-status"
          >
            Change status
          </button>
        </div>
        {statusChanged && needsReason ? (
          <>
            <label className="field-label" htmlFor={ids.reason}>
              Reason (required)
            </label>
            <input
              id={ids.reason}
              className="text-input"
              value={reason}
              required
              data-testid="stored-flag-reason-text"
              onChange={(event) => setReason(event.target.value)}
            />
          </>
        ) : null}
        {problem ? (
          <p id={ids.problem} className="stored-flag-problem">
            {problem.charAt(0).toUpperCase() + problem.slice(1)}.
          </p>
        ) : null}
      </form>
    </div>
  )
}
