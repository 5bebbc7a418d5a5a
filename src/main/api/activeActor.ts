import { actorOf, type ReviewerProfile } from '../../shared/review/reviewerSchema'
import type { Actor } from '../../shared/review/reviewSchema'
import type { ApiContext } from './apiContext'
import { UserFacingError } from './userFacingError'

/** Copydesk itself, for what happens before anyone has said who is reviewing (the sample draft). */
export const COPYDESK_ACTOR: Actor = { id: 'copydesk', name: 'Copydesk' }

/** The reviewer at the keyboard; refused when nobody has said who is reviewing. */
export function activeReviewer(context: ApiContext): ReviewerProfile {
  const reviewer = context.reviewers.active
  if (!reviewer) {
    throw new UserFacingError(
      'no-reviewer',
      'Say who is reviewing first (Review › Switch Reviewer…): every change is recorded with its reviewer.',
    )
  }
  return reviewer
}

/** The reviewer at the keyboard, recorded as the actor of every review command. */
export function activeActor(context: ApiContext): Actor {
  return actorOf(activeReviewer(context))
}
