import { useEffect, useId, useState } from 'react'
import type { CopydeskApi } from '../../shared/api/channels'
import { errorMessage } from '../lib/formatting'
import { useModalDialog } from '../hooks/useModalDialog'

interface HouseDictionaryDialogProps {
  api: CopydeskApi
  /** Takes a word out of the dictionary and re-checks the draft without it. */
  onRemoveWord: (word: string) => Promise<void>
  onImport: () => void
  onExport: () => void
  onClose: () => void
}

/** The house dictionary: its words (a wrongly added one can be removed), export and import. */
export function HouseDictionaryDialog({
  api,
  onRemoveWord,
  onImport,
  onExport,
  onClose,
}: HouseDictionaryDialogProps) {
  const dialogRef = useModalDialog()
  const titleId = useId()
  const [words, setWords] = useState<string[] | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    api.getCheckResources({}).then(
      (resources) => setWords(resources.houseWords),
      (error: unknown) => setProblem(`The words could not be loaded: ${errorMessage(error)}`),
    )
  }, [api])

  const remove = (word: string) => {
    onRemoveWord(word).then(
      () => setWords((current) => current?.filter((entry) => entry !== word) ?? null),
      (error: unknown) => setProblem(`“${word}” could not be removed: ${errorMessage(error)}`),
    )
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog--wide"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <div className="dialog-body">
        <h2 id={titleId} className="dialog-title">
          House dictionary
          {words !== null ? (
            <span className="dialog-title-count" data-testid="house-word-count">
              {words.length} {words.length === 1 ? 'word' : 'words'}
            </span>
          ) : null}
        </h2>
        <p className="dialog-message">
          Words added from a flag are accepted in every draft. The dictionary is a plain text file,
          one word per line: export it to share with your team, and import theirs to merge it.
        </p>
        {problem !== null ? (
          <p className="dialog-message dialog-message--error">{problem}</p>
        ) : null}
        {words !== null && words.length > 0 ? (
          <ul className="dialog-list word-list" aria-label="Words in the house dictionary">
            {words.map((word) => (
              <li key={word} data-testid="house-word">
                <span>{word}</span>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Remove “${word}”`}
                  onClick={() => remove(word)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : null}
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
