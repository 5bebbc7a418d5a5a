import { useState } from 'react'
import type { VersionDiff, VersionDiffSegment, WordPart } from '../../shared/review/versionDiff'

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** The text of a changed segment; a bare paragraph break is shown as a pilcrow. */
function ChangedText({ segment }: { segment: VersionDiffSegment }) {
  if (segment.text.trim() === '') {
    return (
      <>
        <span aria-hidden="true">¶</span>
        <span className="visually-hidden">paragraph break</span>
        {segment.text}
      </>
    )
  }
  if (!segment.words) return <>{segment.text}</>
  return (
    <>
      {segment.words.map((part: WordPart, index) =>
        part.kind === 'same' ? (
          part.text
        ) : (
          <span key={index} className="version-diff-word">
            {part.text}
          </span>
        ),
      )}
    </>
  )
}

function DiffSegment({
  segment,
  expanded,
  onExpand,
}: {
  segment: VersionDiffSegment
  expanded: boolean
  onExpand: () => void
}) {
  switch (segment.kind) {
    case 'removed':
      return (
        <del className="version-diff-removed">
          <span className="visually-hidden">[removed: </span>
          <ChangedText segment={segment} />
          <span className="visually-hidden">]</span>
        </del>
      )
    case 'added':
      return (
        <ins className="version-diff-added">
          <span className="visually-hidden">[added: </span>
          <ChangedText segment={segment} />
          <span className="visually-hidden">]</span>
        </ins>
      )
    case 'same':
      if (segment.collapsible && !expanded) {
        return (
          <button type="button" className="version-diff-fold" onClick={onExpand}>
            {plural(segment.sentences, 'unchanged sentence', 'unchanged sentences')} — show
          </button>
        )
      }
      return <span>{segment.text}</span>
  }
}

/**
 * A sentence diff as running text: removed sentences struck through, added ones marked, long
 * unchanged runs folded until asked for. Remount it (a new key) to fold everything again.
 */
export function VersionDiffView({
  diff,
  label,
  testId,
}: {
  diff: VersionDiff
  label: string
  testId: string
}) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set())
  return (
    <div
      className="version-diff"
      role="region"
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
    >
      {diff.segments.map((segment, index) => (
        <DiffSegment
          key={index}
          segment={segment}
          expanded={expanded.has(index)}
          onExpand={() => setExpanded((current) => new Set(current).add(index))}
        />
      ))}
    </div>
  )
}
