import type { EditorView } from '@tiptap/pm/view'
import { useLayoutEffect, useRef, useState } from 'react'
import { canAddToDictionary } from '../../shared/checks/spelling/canAddToDictionary'
import type { FlagInDocument } from '../checks/flagDecoration'

interface FlagCardProps {
  target: FlagInDocument
  view: EditorView
  onAccept: (suggestion: string) => void
  onIgnore: () => void
  onAddToDictionary: (() => void) | null
  onPointerInside: (inside: boolean) => void
}

const CARD_WIDTH = 340
const KIND_LABELS = { typo: 'Typo', claim: 'Claim', furniture: 'Page furniture' }

function suggestionLabel(suggestion: string): string {
  return suggestion === '' ? 'Remove' : suggestion
}

/** The card for one flag: message, cue and suggestions; shown on hover or keyboard focus. */
export function FlagCard({
  target,
  view,
  onAccept,
  onIgnore,
  onAddToDictionary,
  onPointerInside,
}: FlagCardProps) {
  const cardRef = useRef<HTMLDivElement>(null)
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null)
  const { flag } = target

  useLayoutEffect(() => {
    let start: { left: number; top: number; bottom: number }
    try {
      start = view.coordsAtPos(target.from)
    } catch {
      setPosition(null)
      return
    }
    const height = cardRef.current?.offsetHeight ?? 160
    const below = start.bottom + 6
    const top = below + height > window.innerHeight - 32 ? start.top - height - 6 : below
    setPosition({
      top,
      left: Math.max(8, Math.min(start.left, window.innerWidth - CARD_WIDTH - 8)),
    })
  }, [target.from, view])

  const suggestions = flag.suggestions.slice(0, 5)
  return (
    <div
      ref={cardRef}
      className={`flag-card flag-card--${flag.kind}`}
      role="dialog"
      aria-label={`${KIND_LABELS[flag.kind]}: ${flag.message}`}
      data-testid="flag-card"
      style={{ top: position?.top ?? -9999, left: position?.left ?? -9999, width: CARD_WIDTH }}
      onMouseEnter={() => onPointerInside(true)}
      onMouseLeave={() => onPointerInside(false)}
      // Clicks in the card must not take the selection out of the flag.
      onMouseDown={(event) => event.preventDefault()}
    >
      <div className="flag-card-kind">
        <span className={`flag-swatch flag-swatch--${flag.kind}`} aria-hidden="true" />
        {KIND_LABELS[flag.kind]}
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
      <div className="flag-card-actions">
        <button type="button" className="link-button" data-testid="flag-ignore" onClick={onIgnore}>
          Ignore once
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
