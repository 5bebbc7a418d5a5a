import { useId, useMemo, useState } from 'react'
import type { KeptVersion } from '../../shared/review/reviewSchema'
import { diffVersions } from '../../shared/review/versionDiff'
import { useModalDialog } from '../hooks/useModalDialog'
import { formatFullDate } from '../lib/formatting'
import { plural, VersionDiffView } from './VersionDiffView'

interface VersionsDialogProps {
  title: string
  versions: readonly KeptVersion[]
  onClose: () => void
}

const REASON_LABELS: Record<KeptVersion['reason'], string> = {
  imported: 'First import',
  'new-version': 'New version imported',
  signed: 'Signed off',
  migrated: 'Kept when the review was upgraded',
}

const SHORT_HASH_LENGTH = 10

function ContentHash({ hash }: { hash: string }) {
  return (
    <code className="version-hash" title={hash}>
      <span aria-hidden="true">{hash.slice(0, SHORT_HASH_LENGTH)}…</span>
      <span className="visually-hidden">{hash}</span>
    </code>
  )
}

function versionOption(version: KeptVersion): string {
  return `Version ${version.number} — ${formatFullDate(version.createdAt)}`
}

/**
 * Review › Versions: every kept version of the draft, and what changed, sentence by sentence,
 * between any two of them.
 */
export function VersionsDialog({ title, versions, onClose }: VersionsDialogProps) {
  const dialogRef = useModalDialog()
  const titleId = useId()
  const olderId = useId()
  const newerId = useId()
  const [olderNumber, setOlderNumber] = useState(
    () => versions.at(-2)?.number ?? versions.at(-1)?.number ?? 0,
  )
  const [newerNumber, setNewerNumber] = useState(() => versions.at(-1)?.number ?? 0)

  const older = versions.find((version) => version.number === olderNumber)
  const newer = versions.find((version) => version.number === newerNumber)
  const diff = useMemo(() => (older && newer ? diffVersions(older, newer) : null), [older, newer])

  const choose = (setNumber: (value: number) => void) => (value: string) => {
    setNumber(Number(value))
  }

  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog--versions"
      aria-labelledby={titleId}
      data-testid="versions-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <div className="dialog-body versions-body">
        <h2 id={titleId} className="dialog-title">
          Versions of “{title || 'Untitled draft'}”
          <span className="dialog-title-count">
            {plural(versions.length, 'version', 'versions')}
          </span>
        </h2>
        <div className="versions-table-scroller">
          <table className="versions-table">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Kind</th>
                <th scope="col">When</th>
                <th scope="col">By</th>
                <th scope="col" className="versions-number">
                  Words
                </th>
                <th scope="col">Content hash</th>
                <th scope="col">File</th>
              </tr>
            </thead>
            <tbody>
              {[...versions].reverse().map((version) => (
                <tr key={version.number} data-testid="version-row">
                  <th scope="row">{version.number}</th>
                  <td>{REASON_LABELS[version.reason]}</td>
                  <td className="versions-nowrap">{formatFullDate(version.createdAt)}</td>
                  <td>{version.createdBy.name}</td>
                  <td className="versions-number">{version.wordCount.toLocaleString()}</td>
                  <td>
                    <ContentHash hash={version.contentHash} />
                  </td>
                  <td className="versions-file">{version.sourceName ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="versions-compare">
          <label htmlFor={olderId}>Compare</label>
          <select
            id={olderId}
            className="text-input"
            value={olderNumber}
            data-testid="versions-older"
            onChange={(event) => choose(setOlderNumber)(event.target.value)}
          >
            {versions.map((version) => (
              <option key={version.number} value={version.number}>
                {versionOption(version)}
              </option>
            ))}
          </select>
          <label htmlFor={newerId}>with</label>
          <select
            id={newerId}
            className="text-input"
            value={newerNumber}
            data-testid="versions-newer"
            onChange={(event) => choose(setNewerNumber)(event.target.value)}
          >
            {versions.map((version) => (
              <option key={version.number} value={version.number}>
                {versionOption(version)}
              </option>
            ))}
          </select>
        </div>
        {diff && older && newer ? (
          <>
            <p className="dialog-message" role="status" data-testid="versions-summary">
              {diff.addedSentences + diff.removedSentences === 0
                ? `Version ${newer.number} has the same text as version ${older.number}.`
                : `From version ${older.number} to version ${newer.number}: ${plural(diff.removedSentences, 'sentence', 'sentences')} removed, ${plural(diff.addedSentences, 'sentence', 'sentences')} added.`}
            </p>
            <VersionDiffView
              key={`${olderNumber}-${newerNumber}`}
              diff={diff}
              label={`Changes from version ${older.number} to version ${newer.number}`}
              testId="version-diff"
            />
          </>
        ) : (
          <p className="dialog-message">No versions are kept for this review.</p>
        )}
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  )
}
