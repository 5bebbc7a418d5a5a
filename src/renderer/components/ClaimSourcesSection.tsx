import { useId, useRef, useState } from 'react'
import type { ClaimSource, ClaimSourceFields } from '../../shared/review/reviewSchema'
import { formatFullDate } from '../lib/formatting'
import type { ReusableSource } from '../review/sourcesFromOtherClaims'
import { ClaimSourceForm } from './ClaimSourceForm'

interface ClaimSourcesSectionProps {
  sources: readonly ClaimSource[]
  /** Sources of the review's other claims that this claim can share. */
  reusable: readonly ReusableSource[]
  /** Opens the "Add source" form at once, with the focus in its first field. */
  startAdding: boolean
  onOpenLink: (url: string) => void
  onAttach: (source: ClaimSourceFields) => Promise<string | null>
  onReuse: (from: ReusableSource) => Promise<string | null>
  onEdit: (sourceId: string, source: ClaimSourceFields) => Promise<string | null>
  onRemove: (sourceId: string) => Promise<string | null>
}

function ExternalLink({ url, text, onOpen }: { url: string; text: string; onOpen: () => void }) {
  return (
    <a
      href={url}
      className="claim-source-link"
      onClick={(event) => {
        event.preventDefault()
        onOpen()
      }}
    >
      {text}
    </a>
  )
}

/** A claim's sources, each with Edit and Remove, and the forms that add one. */
export function ClaimSourcesSection({
  sources,
  reusable,
  startAdding,
  onOpenLink,
  onAttach,
  onReuse,
  onEdit,
  onRemove,
}: ClaimSourcesSectionProps) {
  const [adding, setAdding] = useState(startAdding || sources.length === 0)
  const [editing, setEditing] = useState<string | null>(null)
  const [confirmingRemoval, setConfirmingRemoval] = useState<string | null>(null)
  const [reuseChoice, setReuseChoice] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const ids = { heading: useId(), reuse: useId() }
  const headingRef = useRef<HTMLHeadingElement>(null)
  // A claim without a source always shows the form (after its last source is removed too).
  const formOpen = adding || sources.length === 0

  const report = (refused: string | null) => {
    setProblem(refused)
    return refused
  }

  const chosen = reusable.find((source) => `${source.flagId} ${source.sourceId}` === reuseChoice)

  return (
    <section className="claim-sources" aria-labelledby={ids.heading} data-testid="claim-sources">
      <h3 className="claim-sources-heading" id={ids.heading} ref={headingRef} tabIndex={-1}>
        Sources
      </h3>
      {sources.length === 0 ? <p className="flag-card-note">No source attached yet.</p> : null}
      {sources.length > 0 ? (
        <ul className="claim-source-list">
          {sources.map((source) =>
            editing === source.id ? (
              <li key={source.id} className="claim-source">
                <ClaimSourceForm
                  initial={source}
                  submitLabel="Save source"
                  autoFocus
                  onSubmit={async (fields) => {
                    const refused = await onEdit(source.id, fields)
                    if (refused === null) setEditing(null)
                    return refused
                  }}
                  onCancel={() => setEditing(null)}
                />
              </li>
            ) : (
              <li key={source.id} className="claim-source" data-testid="claim-source">
                {source.url ? (
                  <ExternalLink
                    url={source.url}
                    text={source.url}
                    onOpen={() => onOpenLink(source.url ?? '')}
                  />
                ) : null}
                {source.doi ? (
                  <p className="claim-source-id">
                    DOI{' '}
                    <ExternalLink
                      url={`https://doi.org/${source.doi}`}
                      text={source.doi}
                      onOpen={() => onOpenLink(`https://doi.org/${source.doi}`)}
                    />
                  </p>
                ) : null}
                {source.pmid ? (
                  <p className="claim-source-id">
                    PMID{' '}
                    <ExternalLink
                      url={`https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`}
                      text={source.pmid}
                      onOpen={() => onOpenLink(`https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`)}
                    />
                  </p>
                ) : null}
                {source.citation ? (
                  <p className="claim-source-citation">{source.citation}</p>
                ) : null}
                {source.quote ? (
                  <blockquote className="claim-source-quote">“{source.quote}”</blockquote>
                ) : null}
                {source.note ? <p className="claim-source-note">{source.note}</p> : null}
                <p className="claim-source-meta" data-testid="claim-source-added">
                  Added by {source.addedBy.name},{' '}
                  <time dateTime={source.addedAt}>{formatFullDate(source.addedAt)}</time>
                </p>
                {confirmingRemoval === source.id ? (
                  <div className="claim-source-actions" role="group" aria-label="Confirm removal">
                    <span className="claim-source-confirm">Remove this source?</span>
                    <button
                      type="button"
                      className="link-button link-button--danger"
                      data-testid="claim-source-remove-confirm"
                      autoFocus
                      onClick={() =>
                        void onRemove(source.id).then((refused) => {
                          setConfirmingRemoval(null)
                          // The button is gone with its source; the focus stays in the card.
                          if (report(refused) === null) headingRef.current?.focus()
                        })
                      }
                    >
                      Remove source
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setConfirmingRemoval(null)}
                    >
                      Keep it
                    </button>
                  </div>
                ) : (
                  <div className="claim-source-actions">
                    <button
                      type="button"
                      className="link-button"
                      data-testid="claim-source-edit"
                      aria-label="Edit source"
                      onClick={() => setEditing(source.id)}
                    >
                      Edit
                    </button>
                    <button
                      type="button"
                      className="link-button"
                      data-testid="claim-source-remove"
                      aria-label="Remove source…"
                      onClick={() => setConfirmingRemoval(source.id)}
                    >
                      Remove…
                    </button>
                  </div>
                )}
              </li>
            ),
          )}
        </ul>
      ) : null}
      {problem ? (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {formOpen ? (
        <>
          <ClaimSourceForm
            submitLabel="Add source"
            autoFocus={startAdding}
            onSubmit={async (fields) => {
              const refused = await onAttach(fields)
              if (refused === null) setAdding(false)
              return refused
            }}
            onCancel={sources.length > 0 ? () => setAdding(false) : undefined}
          />
          {reusable.length > 0 ? (
            <form
              className="claim-source-reuse"
              onSubmit={(event) => {
                event.preventDefault()
                if (!chosen) return
                void onReuse(chosen).then((refused) => {
                  if (report(refused) !== null) return
                  setReuseChoice('')
                  setAdding(false)
                })
              }}
            >
              <label className="field-label" htmlFor={ids.reuse}>
                Use a source from another claim
              </label>
              <div className="stored-flag-status-row">
                <select
                  id={ids.reuse}
                  className="text-input"
                  value={reuseChoice}
                  data-testid="claim-source-reuse-select"
                  onChange={(event) => setReuseChoice(event.target.value)}
                >
                  <option value="">Choose a source…</option>
                  {reusable.map((source) => (
                    <option
                      key={`${source.flagId} ${source.sourceId}`}
                      value={`${source.flagId} ${source.sourceId}`}
                    >
                      {source.label}
                    </option>
                  ))}
                </select>
                <button
                  type="submit"
                  className="button button--small"
                  disabled={!chosen}
                  data-testid="claim-source-reuse"
                >
                  Use
                </button>
              </div>
            </form>
          ) : null}
        </>
      ) : (
        <button
          type="button"
          className="button button--small claim-source-add"
          data-testid="claim-source-add"
          onClick={() => setAdding(true)}
        >
          Add another source…
        </button>
      )}
    </section>
  )
}
