import { useId, useState } from 'react'
import { FLAG_STATUS_LABELS } from '../../shared/review/flagStatus'
import type { ReviewerProfile } from '../../shared/review/reviewerSchema'
import { printedName, REVIEWER_ROLE_LABELS } from '../../shared/review/reviewerSchema'
import type { ReviewFlag, SignOffMeaning } from '../../shared/review/reviewSchema'
import { SIGN_OFF_MEANINGS } from '../../shared/review/reviewSchema'
import { SIGN_OFF_MEANING_LABELS, SIGN_OFF_ROLE } from '../../shared/review/signOffState'
import { useModalDialog } from '../hooks/useModalDialog'
import { errorMessage } from '../lib/formatting'
import { plural } from './VersionDiffView'

export interface SignOffRequest {
  meaning: SignOffMeaning
  note: string
  passphrase: string
  overrideReason?: string
}

interface SignOffDialogProps {
  title: string
  reviewer: ReviewerProfile | null
  /** Claims that block "Approved" (advisory: main checks again when signing). */
  openClaims: readonly ReviewFlag[]
  /** Resolves once main has signed; rejects with main's reason when it refused. */
  onSign: (request: SignOffRequest) => Promise<void>
  onJumpToClaim: (flag: ReviewFlag) => void
  onSetPassphrase: () => void
  onSwitchReviewer: () => void
  onClose: () => void
}

const MEANING_DESCRIPTIONS: Readonly<Record<SignOffMeaning, string>> = {
  approved: 'The text is medically accurate as it stands.',
  'approved-with-changes': 'Accurate once the changes in the note are made.',
  'changes-required': 'Not ready: the text must change before it is approved.',
}

function truncate(text: string, length = 90): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

/**
 * Review › Sign Off…: the active medical reviewer signs the saved text with a meaning, a note
 * and their passphrase. "Approved" lists the claims still open, each a link to its words, and
 * asks for a reason to approve anyway.
 */
export function SignOffDialog({
  title,
  reviewer,
  openClaims,
  onSign,
  onJumpToClaim,
  onSetPassphrase,
  onSwitchReviewer,
  onClose,
}: SignOffDialogProps) {
  const dialogRef = useModalDialog()
  const titleId = useId()
  const gateId = useId()
  const noteId = useId()
  const reasonId = useId()
  const passphraseId = useId()
  const [meaning, setMeaning] = useState<SignOffMeaning>('approved')
  const [note, setNote] = useState('')
  const [overrideReason, setOverrideReason] = useState('')
  const [passphrase, setPassphrase] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const gated = meaning === 'approved' && openClaims.length > 0
  const canSign =
    reviewer !== null && reviewer.role === SIGN_OFF_ROLE && reviewer.hasPassphrase === true

  const sign = async () => {
    if (gated && overrideReason.trim() === '') {
      setProblem(
        'Resolve the open claims first, or write why the text may be approved with them open.',
      )
      return
    }
    if (passphrase === '') {
      setProblem('Type your passphrase to sign.')
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      await onSign({
        meaning,
        note,
        passphrase,
        ...(gated ? { overrideReason } : {}),
      })
    } catch (error) {
      setPassphrase('')
      setProblem(errorMessage(error))
      setBusy(false)
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog--wide dialog--sign-off"
      aria-labelledby={titleId}
      data-testid="sign-off-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <form
        className="dialog-body"
        onSubmit={(event) => {
          event.preventDefault()
          void sign()
        }}
      >
        <h2 id={titleId} className="dialog-title">
          Sign off “{title.trim() || 'Untitled draft'}”
        </h2>
        {reviewer === null || reviewer.role !== SIGN_OFF_ROLE ? (
          <p className="dialog-message" role="status">
            Only a medical reviewer can sign off.{' '}
            {reviewer
              ? `${printedName(reviewer)} is reviewing as ${REVIEWER_ROLE_LABELS[reviewer.role].toLowerCase()}.`
              : ''}{' '}
            <button type="button" className="link-button" onClick={onSwitchReviewer}>
              Switch reviewer…
            </button>
          </p>
        ) : (
          <>
            <p className="sign-off-signer" data-testid="sign-off-signer">
              Signing as <strong>{reviewer.name}</strong>
              {reviewer.credentials ? `, ${reviewer.credentials}` : ''} ·{' '}
              {REVIEWER_ROLE_LABELS[reviewer.role]}. The date and time are recorded when you sign;
              the signature is bound to the text as it is saved now.
            </p>
            {!reviewer.hasPassphrase ? (
              <p className="dialog-message" role="status">
                Set a signing passphrase before your first sign-off.{' '}
                <button
                  type="button"
                  className="button"
                  data-testid="sign-off-set-passphrase"
                  onClick={onSetPassphrase}
                >
                  Set passphrase…
                </button>
              </p>
            ) : null}
          </>
        )}
        {canSign ? (
          <>
            <fieldset className="sign-off-meanings">
              <legend>Meaning of this signature</legend>
              {SIGN_OFF_MEANINGS.map((value) => (
                <label key={value} className="sign-off-meaning">
                  <input
                    type="radio"
                    name="sign-off-meaning"
                    value={value}
                    checked={meaning === value}
                    onChange={() => {
                      setMeaning(value)
                      setProblem(null)
                    }}
                  />
                  <span>
                    <strong>{SIGN_OFF_MEANING_LABELS[value]}</strong>
                    <span className="sign-off-meaning-description">
                      {MEANING_DESCRIPTIONS[value]}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
            {gated ? (
              <section
                className="sign-off-gate"
                aria-labelledby={gateId}
                data-testid="sign-off-gate"
              >
                <h3 id={gateId} className="sign-off-gate-title">
                  {plural(openClaims.length, 'claim is', 'claims are')} still open
                </h3>
                <p>
                  “Approved” needs every claim sourced and verified. Go to a claim to resolve it, or
                  approve anyway with a reason.
                </p>
                <ul className="sign-off-claims">
                  {openClaims.map((flag) => (
                    <li key={flag.id}>
                      <button
                        type="button"
                        className="sign-off-claim"
                        data-testid="sign-off-claim"
                        disabled={flag.orphaned}
                        onClick={() => onJumpToClaim(flag)}
                      >
                        <span className="sign-off-claim-quote">
                          “{truncate(flag.anchor.exact)}”
                        </span>
                        <span className="sign-off-claim-status">
                          {flag.orphaned ? 'Text removed' : FLAG_STATUS_LABELS[flag.status]}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
                <label htmlFor={reasonId} className="field-label">
                  Reason to approve anyway (kept in the audit trail and printed in every report)
                </label>
                <textarea
                  id={reasonId}
                  className="text-input"
                  rows={2}
                  maxLength={2000}
                  value={overrideReason}
                  onChange={(event) => setOverrideReason(event.target.value)}
                />
              </section>
            ) : null}
            <label htmlFor={noteId} className="field-label">
              Note {meaning === 'approved' ? '(optional)' : '(what must change)'}
            </label>
            <textarea
              id={noteId}
              className="text-input"
              rows={2}
              maxLength={2000}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
            <label htmlFor={passphraseId} className="field-label">
              Passphrase
            </label>
            <div className="sign-off-passphrase">
              <input
                id={passphraseId}
                className="text-input"
                type="password"
                autoComplete="current-password"
                value={passphrase}
                onChange={(event) => setPassphrase(event.target.value)}
              />
              <button type="button" className="link-button" onClick={onSetPassphrase}>
                Change passphrase…
              </button>
            </div>
          </>
        ) : null}
        {problem ? (
          <p className="dialog-message dialog-message--error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {canSign ? (
            <button
              type="submit"
              className="button button--primary"
              data-testid="sign-off-submit"
              disabled={busy}
            >
              {gated ? 'Approve anyway and sign' : `Sign: ${SIGN_OFF_MEANING_LABELS[meaning]}`}
            </button>
          ) : null}
        </div>
      </form>
    </dialog>
  )
}
