import { memo, useId } from 'react'
import type { ReviewMetadata } from '../../shared/review/reviewSchema'

interface MetadataHeaderProps {
  metadata: ReviewMetadata
  onChange: (patch: Partial<ReviewMetadata>) => void
  /** Enter in the title moves on to the text. */
  onLeaveTitle: () => void
}

interface TextFieldProps {
  label: string
  testId: string
  value: string
  placeholder?: string
  className?: string
  onChange: (value: string) => void
}

function TextField({ label, testId, value, placeholder, className, onChange }: TextFieldProps) {
  const id = useId()
  return (
    <div className={`meta-field ${className ?? ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="text-input"
        type="text"
        data-testid={testId}
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}

interface DateFieldProps {
  label: string
  testId: string
  value: string | null
  onChange: (value: string | null) => void
}

function DateField({ label, testId, value, onChange }: DateFieldProps) {
  const id = useId()
  return (
    <div className="meta-field meta-field--date">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="text-input"
        type="date"
        data-testid={testId}
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
      />
    </div>
  )
}

export const MetadataHeader = memo(function MetadataHeader({
  metadata,
  onChange,
  onLeaveTitle,
}: MetadataHeaderProps) {
  return (
    <section className="metadata" aria-label="Article details">
      <textarea
        className="metadata-title"
        data-testid="meta-title"
        aria-label="Title"
        placeholder="Untitled draft"
        rows={1}
        value={metadata.title}
        onChange={(event) => onChange({ title: event.target.value.replace(/\r?\n/g, ' ') })}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            onLeaveTitle()
          }
        }}
      />
      <div className="metadata-grid">
        <TextField
          label="Author"
          testId="meta-author"
          value={metadata.author}
          placeholder="Name"
          onChange={(author) => onChange({ author })}
        />
        <TextField
          label="Role"
          testId="meta-role"
          value={metadata.authorRole}
          placeholder="e.g. Health reporter"
          onChange={(authorRole) => onChange({ authorRole })}
        />
        <DateField
          label="Published"
          testId="meta-published"
          value={metadata.publishedDate}
          onChange={(publishedDate) => onChange({ publishedDate })}
        />
        <DateField
          label="Updated"
          testId="meta-updated"
          value={metadata.updatedDate}
          onChange={(updatedDate) => onChange({ updatedDate })}
        />
        <TextField
          label="Image credit"
          testId="meta-credit"
          className="meta-field--wide"
          value={metadata.imageCredit}
          placeholder="Photographer / agency"
          onChange={(imageCredit) => onChange({ imageCredit })}
        />
      </div>
    </section>
  )
})
