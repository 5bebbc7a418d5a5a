import { FLAG_STATUS_LABELS } from '../../shared/review/flagStatus'
import type { ReviewFlag } from '../../shared/review/reviewSchema'
import { formatFullDate } from '../lib/formatting'

/** A flag's history, oldest first: who changed what, when, and why. */
export function FlagHistory({ history }: { history: ReviewFlag['history'] }) {
  return (
    <ol className="flag-history" aria-label="History">
      {history.map((entry, index) => (
        <li key={`${entry.at}-${index}`}>
          <time dateTime={entry.at}>{formatFullDate(entry.at)}</time> · {entry.by.name}:{' '}
          {entry.change}
          {entry.from && entry.to
            ? ` (${FLAG_STATUS_LABELS[entry.from]} → ${FLAG_STATUS_LABELS[entry.to]})`
            : ''}
          {entry.reason ? ` — ${entry.reason}` : ''}
        </li>
      ))}
    </ol>
  )
}
