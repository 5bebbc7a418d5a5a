import { useId, useState } from 'react'
import { MANUAL_FLAGS } from '../../shared/review/manualFlags'
import { useModalDialog } from '../hooks/useModalDialog'
import type { PendingManualFlag } from '../review/useManualFlags'

interface FlagNoteDialogProps {
  pending: PendingManualFlag
  onConfirm: (note: string) => Promise<boolean>
  onCancel: () => void
}

const NOTE_PROMPTS = {
  claim: 'Note (optional)',
  typo: 'Note (optional)',
  medical: 'Your question for the medical reviewer',
  comment: 'Your comment',
}

/** Asks for the first note of a comment or medical question before it is stored. */
export function FlagNoteDialog({ pending, onConfirm, onCancel }: FlagNoteDialogProps) {
  const dialogRef = useModalDialog()
  const titleId = useId()
  const noteId = useId()
  const [note, setNote] = useState('')
  const [saving, setSaving] = useState(false)
  const { label } = MANUAL_FLAGS[pending.kind]

  const submit = async () => {
    if (note.trim() === '' || saving) return
    setSaving(true)
    if (!(await onConfirm(note.trim()))) setSaving(false)
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      data-testid="flag-note-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <div className="dialog-body">
          <h2 id={titleId} className="dialog-title">
            {label}
          </h2>
          <blockquote className="flag-note-quote">{pending.range.exact}</blockquote>
          <label className="field-label" htmlFor={noteId}>
            {NOTE_PROMPTS[pending.kind]}
          </label>
          <textarea
            id={noteId}
            className="text-input text-area"
            rows={4}
            required
            autoFocus
            value={note}
            data-testid="flag-note-text"
            onChange={(event) => setNote(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void submit()
            }}
          />
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button
            type="submit"
            className="button button--primary"
            disabled={note.trim() === '' || saving}
            data-testid="flag-note-save"
          >
            Add {label.toLowerCase()}
          </button>
        </div>
      </form>
    </dialog>
  )
}
