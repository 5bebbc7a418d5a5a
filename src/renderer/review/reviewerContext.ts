import { createContext } from 'react'
import type { ReviewerProfile } from '../../shared/review/reviewerSchema'

export interface ReviewerContextValue {
  active: ReviewerProfile | null
  openSwitcher: () => void
  /** Takes in a profile main changed, such as one whose passphrase was just set. */
  onProfileUpdated: (reviewer: ReviewerProfile) => void
}

/** The reviewer at the keyboard, for the toolbars that show it and offer to switch. */
export const ReviewerContext = createContext<ReviewerContextValue>({
  active: null,
  openSwitcher: () => undefined,
  onProfileUpdated: () => undefined,
})
