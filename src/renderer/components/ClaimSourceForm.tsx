import { useId, useRef, useState } from 'react'
import {
  checkClaimSource,
  type ClaimSourceField,
  type ClaimSourceProblem,
} from '../../shared/review/claimSources'
import { primarySourceHint } from '../../shared/review/primarySourceHint'
import type { ClaimSourceFields } from '../../shared/review/reviewSchema'

interface ClaimSourceFormProps {
  /** The source being edited; a blank form adds a new one. */
  initial?: ClaimSourceFields
  submitLabel: string
  autoFocus?: boolean
  /** Stores the source; resolves to null once stored, or to main's reason for refusing. */
  onSubmit: (source: ClaimSourceFields) => Promise<string | null>
  onCancel?: () => void
}

type FormFields = Record<ClaimSourceField, string>

const FIELD_LABELS: Readonly<Record<ClaimSourceField, string>> = {
  url: 'URL',
  doi: 'DOI',
  pmid: 'PMID',
  citation: 'Citation',
  quote: 'Quote from the source',
  note: 'Note on the source',
}

/** Rows of the fields that take sentences; the others are one line. */
const TEXT_AREA_ROWS: Partial<Record<ClaimSourceField, number>> = { quote: 2, note: 1 }
/** Short identifiers share a row (unless one has a problem to explain), so the card stays short. */
const HALF_WIDTH_FIELDS: ReadonlySet<ClaimSourceField> = new Set(['doi', 'pmid'])
const FIELD_ORDER: readonly ClaimSourceField[] = ['url', 'doi', 'pmid', 'citation', 'quote', 'note']

function formFields(source: ClaimSourceFields | undefined): FormFields {
  return {
    url: source?.url ?? '',
    doi: source?.doi ?? '',
    pmid: source?.pmid ?? '',
    citation: source?.citation ?? '',
    quote: source?.quote ?? '',
    note: source?.note ?? '',
  }
}

/** The fields of a claim's source, checked as the reviewer submits, each problem beside its field. */
export function ClaimSourceForm({
  initial,
  submitLabel,
  autoFocus = false,
  onSubmit,
  onCancel,
}: ClaimSourceFormProps) {
  const [fields, setFields] = useState<FormFields>(() => formFields(initial))
  const [problems, setProblems] = useState<readonly ClaimSourceProblem[]>([])
  const [refusal, setRefusal] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const formRef = useRef<HTMLFormElement>(null)
  const baseId = useId()
  const fieldId = (field: ClaimSourceField) => `${baseId}-${field}`
  const problemId = (field: ClaimSourceField) => `${baseId}-${field}-problem`
  const hintId = `${baseId}-url-hint`
  const formProblemId = `${baseId}-problem`

  const hint = primarySourceHint({ url: fields.url, doi: fields.doi, pmid: fields.pmid })
  const showHint = hint.primacy === 'not-primary' && hint.message !== null
  const formProblems = problems.filter((problem) => problem.field === null)

  const submit = async () => {
    if (busy) return
    const checked = checkClaimSource({
      url: fields.url,
      doi: fields.doi,
      pmid: fields.pmid,
      citation: fields.citation,
      quote: fields.quote,
      note: fields.note,
    })
    setRefusal(null)
    if (!checked.ok) {
      setProblems(checked.problems)
      const first = checked.problems.find((problem) => problem.field !== null)?.field ?? 'url'
      formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(first))}`)?.focus()
      return
    }
    setProblems([])
    setBusy(true)
    const refused = await onSubmit(checked.source)
    setBusy(false)
    if (refused !== null) {
      setRefusal(refused)
      return
    }
    if (!initial) setFields(formFields(undefined))
  }

  return (
    <form
      ref={formRef}
      className="claim-source-form"
      noValidate
      aria-describedby={formProblems.length > 0 || refusal ? formProblemId : undefined}
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !onCancel) return
        event.preventDefault()
        event.stopPropagation()
        onCancel()
      }}
    >
      {FIELD_ORDER.map((field, index) => {
        const problem = problems.find((candidate) => candidate.field === field)
        const describedBy = [
          problem ? problemId(field) : null,
          field === 'url' && showHint ? hintId : null,
        ].filter((id) => id !== null)
        const common = {
          id: fieldId(field),
          className: TEXT_AREA_ROWS[field] ? 'text-input text-area' : 'text-input',
          value: fields[field],
          autoFocus: autoFocus && index === 0,
          'aria-invalid': problem ? true : undefined,
          'aria-describedby': describedBy.length > 0 ? describedBy.join(' ') : undefined,
          'data-testid': `claim-source-${field}`,
        }
        const change = (value: string) => setFields((current) => ({ ...current, [field]: value }))
        return (
          <div
            key={field}
            className={`claim-source-field${HALF_WIDTH_FIELDS.has(field) && !problem ? '' : ' claim-source-field--wide'}`}
          >
            <label className="field-label" htmlFor={fieldId(field)}>
              {FIELD_LABELS[field]}
            </label>
            {TEXT_AREA_ROWS[field] ? (
              <textarea
                {...common}
                rows={TEXT_AREA_ROWS[field]}
                onChange={(event) => change(event.target.value)}
              />
            ) : (
              <input
                {...common}
                type={field === 'url' ? 'url' : 'text'}
                inputMode={field === 'pmid' ? 'numeric' : undefined}
                onChange={(event) => change(event.target.value)}
              />
            )}
            {problem ? (
              <p id={problemId(field)} className="field-problem" data-testid="claim-source-problem">
                {problem.message}
              </p>
            ) : null}
            {field === 'url' && showHint ? (
              <p id={hintId} className="field-hint" data-testid="claim-source-hint">
                {hint.message}
              </p>
            ) : null}
          </div>
        )
      })}
      {formProblems.length > 0 || refusal ? (
        <p
          id={formProblemId}
          className="field-problem"
          role="alert"
          data-testid="claim-source-refusal"
        >
          {[...formProblems.map((problem) => problem.message), refusal ?? ''].join(' ').trim()}
        </p>
      ) : null}
      <div className="popover-actions">
        {onCancel ? (
          <button type="button" className="button button--small" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <button
          type="submit"
          className="button button--small"
          disabled={busy}
          data-testid="claim-source-submit"
        >
          {submitLabel}
        </button>
      </div>
    </form>
  )
}
