import { useId, useState } from 'react'
import type { CopydeskApi } from '../../shared/api/channels'
import type { ReviewerProfile } from '../../shared/review/reviewerSchema'
import { PASSPHRASE_MIN_LENGTH, printedName } from '../../shared/review/reviewerSchema'
import { useModalDialog } from '../hooks/useModalDialog'
import { errorMessage } from '../lib/formatting'

interface PassphraseDialogProps {
  api: CopydeskApi
  reviewer: ReviewerProfile
  onSaved: (reviewer: ReviewerProfile) => void
  onClose: () => void
}

/**
 * Sets the active reviewer's signing passphrase, or changes it (the current one is asked for).
 * Main keeps only a slow salted hash; nothing here keeps the text once the dialog closes.
 */
export function PassphraseDialog({ api, reviewer, onSaved, onClose }: PassphraseDialogProps) {
  const dialogRef = useModalDialog()
  const titleId = useId()
  const currentId = useId()
  const newId = useId()
  const repeatId = useId()
  const [current, setCurrent] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [repeated, setRepeated] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const changing = reviewer.hasPassphrase

  const save = async () => {
    if (passphrase.length < PASSPHRASE_MIN_LENGTH) {
      setProblem(`Use at least ${PASSPHRASE_MIN_LENGTH} characters.`)
      return
    }
    if (passphrase !== repeated) {
      setProblem('The two passphrases are not the same.')
      return
    }
    setBusy(true)
    try {
      onSaved(
        await api.setReviewerPassphrase({
          passphrase,
          ...(changing ? { currentPassphrase: current } : {}),
        }),
      )
    } catch (error) {
      setProblem(errorMessage(error))
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      data-testid="passphrase-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <form
        className="dialog-body"
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <h2 id={titleId} className="dialog-title">
          {changing ? 'Change signing passphrase' : 'Set a signing passphrase'}
        </h2>
        <p className="dialog-message">
          {printedName(reviewer)} types it to sign off, so nobody at this computer signs as them by
          accident. Copydesk keeps only a one-way hash of it and cannot tell it to anyone.
        </p>
        <div className="reviewer-form">
          {changing ? (
            <>
              <label htmlFor={currentId}>Current passphrase</label>
              <input
                id={currentId}
                className="text-input"
                type="password"
                autoComplete="current-password"
                value={current}
                onChange={(event) => setCurrent(event.target.value)}
                autoFocus
              />
            </>
          ) : null}
          <label htmlFor={newId}>{changing ? 'New passphrase' : 'Passphrase'}</label>
          <input
            id={newId}
            className="text-input"
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(event) => setPassphrase(event.target.value)}
            autoFocus={!changing}
          />
          <label htmlFor={repeatId}>Type it again</label>
          <input
            id={repeatId}
            className="text-input"
            type="password"
            autoComplete="new-password"
            value={repeated}
            onChange={(event) => setRepeated(event.target.value)}
          />
        </div>
        {problem ? (
          <p className="dialog-message dialog-message--error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {changing ? 'Change passphrase' : 'Set passphrase'}
          </button>
        </div>
      </form>
    </dialog>
  )
}
