import { useEffect, useId, useRef } from 'react'

interface HouseDictionaryDialogProps {
  onImport: () => void
  onExport: () => void
  onClose: () => void
}

/** Sharing the house dictionary: export it for the team, import theirs. */
export function HouseDictionaryDialog({ onImport, onExport, onClose }: HouseDictionaryDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()

  useEffect(() => {
    const dialog = dialogRef.current
    dialog?.showModal()
    return () => dialog?.close()
  }, [])

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <div className="dialog-body">
        <h2 id={titleId} className="dialog-title">
          House dictionary
        </h2>
        <p className="dialog-message">
          Words added from a flag are accepted in every draft. The dictionary is a plain text file,
          one word per line: export it to share with your team, and import theirs to merge it.
        </p>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="button" onClick={onExport}>
          Export…
        </button>
        <button type="button" className="button button--primary" onClick={onImport}>
          Import…
        </button>
      </div>
    </dialog>
  )
}
