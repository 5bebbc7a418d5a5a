import type { EditorView } from '@tiptap/pm/view'
import { useId, useRef, useState } from 'react'
import { canAddToDictionary } from '../../shared/checks/spelling/canAddToDictionary'
import { FLAG_KIND_LABELS } from '../../shared/review/flagKindLabels'
import type { FlagInDocument } from '../checks/flagDecoration'
import { useCardFocus, useCardPlacement } from '../hooks/useCardPlacement'

interface FlagCardProps {
  target: FlagInDocument
  view: EditorView
  onAccept: (suggestion: string) => void
  /** Dismisses the flag with the reviewer's reason ("Ignore once", "Not a claim"). */
  onIgnore: (reason: string) => void
  /** For claims: keeps the flag and opens its source form. */
  onAddSource: (() => void) | null
  onAddToDictionary: (() => void) | null
  onPointerInside: (inside: boolean) => void
  /** Escape in the card: it closes and the text gets the focus back. */
  onClose: () => void
  /** Opened from the keyboard: the card takes the focus, then calls `onFocusTaken`. */
  takeFocus: boolean
  onFocusTaken: () => void
}

const CARD_WIDTH = 340
const DISMISS_LABELS = { typo: 'Ignore once', claim: 'Not a claim', furniture: 'Ignore once' }
const QUICK_REASONS = {
  typo: ['House style', 'Quoted speech', 'Proper name'],
  claim: ['Common knowledge', 'Quoted speech', 'Opinion, not a fact'],
  furniture: ['Part of the article'],
}

function suggestionLabel(suggestion: string): string {
  return suggestion === '' ? 'Remove' : suggestion
}

/** The card for one flag: message, cue and suggestions; shown on hover or keyboard focus. */
export function FlagCard({
  target,
  view,
  onAccept,
  onIgnore,
  onAddSource,
  onAddToDictionary,
  onPointerInside,
  onClose,
  takeFocus,
  onFocusTaken,
}: FlagCardProps) {
  const cardRef = useRef<HTMLDivElement>(null)
  const [askingReason, setAskingReason] = useState(false)
  const [reason, setReason] = useState('')
  const reasonId = useId()
  const { flag } = target

  const askReason = () => {
    setAskingReason(true)
    onPointerInside(true)
  }

  const cancelReason = () => {
    setAskingReason(false)
    setReason('')
    if (!cardRef.current?.matches(':hover')) onPointerInside(false)
    view.focus()
  }

  const position = useCardPlacement(view, target, cardRef, CARD_WIDTH)
  useCardFocus(cardRef, takeFocus, onFocusTaken)

  const suggestions = flag.suggestions.slice(0, 5)
  return (
    <div
      ref={cardRef}
      className={`flag-card flag-card--${flag.kind}`}
      role="dialog"
      aria-label={`${FLAG_KIND_LABELS[flag.kind]}: ${flag.message}`}
      data-testid="flag-card"
      style={{
        top: position?.top ?? -9999,
        left: position?.left ?? -9999,
        maxHeight: position?.maxHeight,
        overflow: 'auto',
        width: CARD_WIDTH,
      }}
      onMouseEnter={() => onPointerInside(true)}
      // While the reviewer types a reason the card stays open wherever the pointer goes.
      onMouseLeave={() => {
        if (!askingReason) onPointerInside(false)
      }}
      // Clicks in the card must not take the selection out of the flag (typing a reason may).
      onMouseDown={(event) => {
        if (!(event.target as Element).closest('input, textarea')) event.preventDefault()
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        event.stopPropagation()
        onClose()
      }}
    >
      <div className="flag-card-kind">
        <span className={`flag-swatch flag-swatch--${flag.kind}`} aria-hidden="true" />
        {FLAG_KIND_LABELS[flag.kind]}
        {flag.severity === 'info' ? <span className="flag-card-severity">· suggestion</span> : null}
      </div>
      <p className="flag-card-message">{flag.message}</p>
      {flag.note !== '' ? <p className="flag-card-note">{flag.note}</p> : null}
      {suggestions.length > 0 ? (
        <div className="flag-card-suggestions" role="group" aria-label="Suggestions">
          {suggestions.map((suggestion) => (
            <button
              key={suggestion}
              type="button"
              className="button button--small flag-card-suggestion"
              data-testid="flag-suggestion"
              onClick={() => onAccept(suggestion)}
            >
              {suggestionLabel(suggestion)}
            </button>
          ))}
        </div>
      ) : null}
      {askingReason ? (
        <form
          className="stored-flag-form flag-card-reason"
          onSubmit={(event) => {
            event.preventDefault()
            if (reason.trim() !== '') onIgnore(reason.trim())
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return
            event.preventDefault()
            event.stopPropagation()
            cancelReason()
          }}
        >
          <label className="field-label" htmlFor={reasonId}>
            {DISMISS_LABELS[flag.kind]}: why? (required)
          </label>
          <input
            id={reasonId}
            className="text-input"
            value={reason}
            required
            autoFocus
            data-testid="flag-dismiss-reason"
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="flag-card-quick-reasons" aria-label="Quick reasons">
            {QUICK_REASONS[flag.kind].map((quick) => (
              <button
                key={quick}
                type="button"
                className="button button--small"
                aria-pressed={reason === quick}
                onClick={() => setReason(quick)}
              >
                {quick}
              </button>
            ))}
          </div>
          <div className="popover-actions">
            <button type="button" className="button button--small" onClick={cancelReason}>
              Cancel
            </button>
            <button
              type="submit"
              className="button button--small"
              disabled={reason.trim() === ''}
              data-testid="flag-dismiss-confirm"
            >
              {DISMISS_LABELS[flag.kind]}
            </button>
          </div>
        </form>
      ) : null}
      <div className="flag-card-actions" hidden={askingReason}>
        {onAddSource && flag.kind === 'claim' ? (
          <button
            type="button"
            className="link-button"
            data-testid="flag-add-source"
            onClick={onAddSource}
          >
            Add a source…
          </button>
        ) : null}
        <button type="button" className="link-button" data-testid="flag-ignore" onClick={askReason}>
          {DISMISS_LABELS[flag.kind]}
        </button>
        {onAddToDictionary && canAddToDictionary(flag) ? (
          <button
            type="button"
            className="link-button"
            data-testid="flag-add-to-dictionary"
            onClick={onAddToDictionary}
          >
            Add to dictionary
          </button>
        ) : null}
        {flag.url !== '' ? (
          <a className="link-button" href={flag.url} target="_blank" rel="noopener noreferrer">
            Why?
          </a>
        ) : null}
      </div>
    </div>
  )
}
