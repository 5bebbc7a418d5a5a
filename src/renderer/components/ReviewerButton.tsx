import { UserRound } from 'lucide-react'
import { use } from 'react'
import { printedName, REVIEWER_ROLE_LABELS } from '../../shared/review/reviewerSchema'
import { ReviewerContext } from '../review/reviewerContext'

/** Shows who is reviewing; a click switches reviewer. */
export function ReviewerButton() {
  const { active, openSwitcher } = use(ReviewerContext)
  const name = active ? printedName(active) : 'Nobody'
  const description = active
    ? `Reviewing as ${name}, ${REVIEWER_ROLE_LABELS[active.role].toLowerCase()}. Switch reviewer…`
    : 'Nobody is reviewing. Choose a reviewer…'
  return (
    <button
      type="button"
      className="toolbar-button toolbar-button--labelled reviewer-button"
      data-testid="reviewer-button"
      aria-label={description}
      data-tooltip={description}
      onClick={openSwitcher}
    >
      <UserRound size={16} strokeWidth={1.8} aria-hidden="true" />
      <span className="toolbar-button-text-clip">{name}</span>
    </button>
  )
}
