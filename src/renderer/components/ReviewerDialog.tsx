import { useId, useState } from 'react'
import type { CopydeskApi, Reviewers } from '../../shared/api/channels'
import type { ReviewerProfile, ReviewerRole } from '../../shared/review/reviewerSchema'
import {
  printedName,
  REVIEWER_ROLE_LABELS,
  REVIEWER_ROLES,
} from '../../shared/review/reviewerSchema'
import { errorMessage } from '../lib/formatting'
import { useModalDialog } from '../hooks/useModalDialog'

interface ReviewerDialogProps {
  api: CopydeskApi
  reviewers: Reviewers
  /** On first launch nobody is reviewing yet: the dialog cannot be dismissed without a choice. */
  required: boolean
  onChosen: (reviewer: ReviewerProfile) => void
  onClose: () => void
}

/**
 * "Who is reviewing?": pick an existing profile or add one. Every change to a review is
 * recorded with the reviewer chosen here.
 */
export function ReviewerDialog({
  api,
  reviewers,
  required,
  onChosen,
  onClose,
}: ReviewerDialogProps) {
  const dialogRef = useModalDialog()
  const titleId = useId()
  const nameId = useId()
  const roleId = useId()
  const credentialsId = useId()
  const [name, setName] = useState('')
  const [role, setRole] = useState<ReviewerRole>('associate-editor')
  const [credentials, setCredentials] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const choose = async (reviewer: ReviewerProfile) => {
    setBusy(true)
    try {
      onChosen(await api.switchReviewer({ id: reviewer.id }))
    } catch (error) {
      setProblem(`Could not switch to ${reviewer.name}: ${errorMessage(error)}`)
    } finally {
      setBusy(false)
    }
  }

  const add = async () => {
    if (name.trim() === '') {
      setProblem('Type the reviewer’s name as it should be printed.')
      return
    }
    setBusy(true)
    try {
      onChosen(await api.createReviewer({ name, role, credentials }))
    } catch (error) {
      setProblem(`Could not add the reviewer: ${errorMessage(error)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog--wide"
      aria-labelledby={titleId}
      data-testid="reviewer-dialog"
      onCancel={(event) => {
        event.preventDefault()
        if (!required) onClose()
      }}
    >
      <form
        className="dialog-body"
        onSubmit={(event) => {
          event.preventDefault()
          void add()
        }}
      >
        <h2 id={titleId} className="dialog-title">
          Who is reviewing?
        </h2>
        <p className="dialog-message">
          Every change, flag and sign-off is recorded with the reviewer’s name.
        </p>
        {reviewers.reviewers.length > 0 && (
          <ul className="dialog-list reviewer-list" aria-label="Reviewers on this computer">
            {reviewers.reviewers.map((reviewer) => (
              <li key={reviewer.id}>
                <span>
                  {printedName(reviewer)}
                  <span className="reviewer-role"> · {REVIEWER_ROLE_LABELS[reviewer.role]}</span>
                </span>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-current={reviewer.id === reviewers.activeReviewerId ? 'true' : undefined}
                  onClick={() => void choose(reviewer)}
                >
                  {reviewer.id === reviewers.activeReviewerId ? 'Reviewing' : 'Review as'}
                  <span className="visually-hidden"> {reviewer.name}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <fieldset className="reviewer-form">
          <legend>{reviewers.reviewers.length > 0 ? 'Or add a reviewer' : 'Add yourself'}</legend>
          <label htmlFor={nameId}>Name</label>
          <input
            id={nameId}
            className="text-input"
            value={name}
            autoComplete="name"
            maxLength={200}
            onChange={(event) => setName(event.target.value)}
            autoFocus
          />
          <label htmlFor={roleId}>Role</label>
          <select
            id={roleId}
            className="text-input"
            value={role}
            onChange={(event) => setRole(event.target.value as ReviewerRole)}
          >
            {REVIEWER_ROLES.map((value) => (
              <option key={value} value={value}>
                {REVIEWER_ROLE_LABELS[value]}
              </option>
            ))}
          </select>
          <label htmlFor={credentialsId}>Credentials</label>
          <input
            id={credentialsId}
            className="text-input"
            value={credentials}
            placeholder="e.g. MD, RN, PhD"
            maxLength={100}
            onChange={(event) => setCredentials(event.target.value)}
          />
        </fieldset>
        {problem && (
          <p className="dialog-message dialog-message--error" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          {!required && (
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
          )}
          <button type="submit" className="button button--primary" disabled={busy}>
            Add and review as this person
          </button>
        </div>
      </form>
    </dialog>
  )
}
