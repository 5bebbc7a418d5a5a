import { useEffect, useId, useState } from 'react'
import type { AuditVerification } from '../../shared/audit/auditVerification'
import type { CopydeskApi } from '../../shared/api/channels'
import { errorMessage } from '../lib/formatting'
import { useModalDialog } from '../hooks/useModalDialog'

interface AuditTrailDialogProps {
  api: CopydeskApi
  reviewId: string
  title: string
  onClose: () => void
}

/** Tools › Verify Audit Trail: checks the hash chain of this review's log and says what it found. */
export function AuditTrailDialog({ api, reviewId, title, onClose }: AuditTrailDialogProps) {
  const dialogRef = useModalDialog()
  const titleId = useId()
  const [result, setResult] = useState<AuditVerification | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    api
      .verifyAuditTrail({ reviewId })
      .then(setResult, (error: unknown) =>
        setProblem(`The audit trail could not be checked: ${errorMessage(error)}`),
      )
  }, [api, reviewId])

  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog--wide"
      aria-labelledby={titleId}
      data-testid="audit-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <div className="dialog-body">
        <h2 id={titleId} className="dialog-title">
          Audit trail of “{title || 'Untitled draft'}”
        </h2>
        <div role="status" aria-live="polite" data-testid="audit-result">
          {result === null && problem === null && <p className="dialog-message">Checking…</p>}
          {problem && <p className="dialog-message dialog-message--error">{problem}</p>}
          {result?.intact === true && (
            <p className="dialog-message audit-result audit-result--intact">
              Intact: {result.entries} {result.entries === 1 ? 'entry' : 'entries'}, each linked to
              the one before.
              {result.head && (
                <>
                  {' '}
                  Latest entry {result.head.seq}, hash{' '}
                  <code className="audit-hash">{result.head.hash}</code>
                </>
              )}
            </p>
          )}
          {result?.intact === false && (
            <p className="dialog-message dialog-message--error audit-result">
              Broken at entry {result.firstBadSeq ?? `on line ${result.firstBadLine}`}:{' '}
              {result.reason}. The log may have been edited outside Copydesk.
            </p>
          )}
        </div>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  )
}
