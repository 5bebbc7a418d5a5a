import { useEffect, useId, useState } from 'react'
import type { CopydeskApi, Licence } from '../../shared/api/channels'
import { errorMessage } from '../lib/formatting'
import { useModalDialog } from '../hooks/useModalDialog'

interface LicencesDialogProps {
  api: CopydeskApi
  onClose: () => void
}

/** Help › Licences: Copydesk's licence and those of the word lists the checks use. */
export function LicencesDialog({ api, onClose }: LicencesDialogProps) {
  const dialogRef = useModalDialog()
  const titleId = useId()
  const [licences, setLicences] = useState<Licence[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    api.getLicences({}).then(
      (loaded) => {
        if (current) setLicences(loaded)
      },
      (error: unknown) => {
        if (current) setProblem(errorMessage(error))
      },
    )
    return () => {
      current = false
    }
  }, [api])

  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog--wide"
      aria-labelledby={titleId}
      data-testid="licences-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onClick={(event) => {
        if (event.target === dialogRef.current) onClose()
      }}
    >
      <div className="dialog-body">
        <h2 id={titleId} className="dialog-title">
          About Copydesk &amp; licences
        </h2>
        <p className="dialog-message">
          Copydesk is free software under the MIT licence. The spell check uses these word lists and
          libraries; the medical word list is an optional download under the GPL and is listed only
          when it is installed.
        </p>
        {problem ? (
          <p className="dialog-message">The licences could not be loaded: {problem}</p>
        ) : null}
        {licences === null && problem === null ? <p className="dialog-message">Loading…</p> : null}
        <ul className="dialog-list licence-list">
          {licences?.map((licence) => (
            <li key={licence.name} data-testid="licence">
              <details>
                <summary>
                  <span className="licence-name">{licence.name}</span>
                  <span className="licence-spdx">{licence.licence}</span>
                </summary>
                <pre className="licence-text">{licence.text}</pre>
              </details>
            </li>
          ))}
        </ul>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button--primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  )
}
