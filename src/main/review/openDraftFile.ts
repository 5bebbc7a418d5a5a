import type { Review } from '../../shared/review/reviewSchema'
import type { ApiContext } from '../api/apiContext'
import { importDraftFromPath } from '../../node/import/importDraft'
import { activeActor } from '../api/activeActor'

/**
 * Opens a draft file from disk. Opening the same unchanged file again returns the review
 * already made from it instead of a duplicate; a changed file becomes a new review.
 */
export async function openDraftFile(context: ApiContext, filePath: string): Promise<Review> {
  const { store } = context
  const actor = activeActor(context)
  const draft = await importDraftFromPath(filePath, context.importOptions)
  const existing = await findReviewOfSameFile(context, filePath, draft.sha256)
  const review = existing ?? (await context.commands.createFromImport(actor, draft, filePath))
  await store.addRecentFile(filePath, review.id)
  await store.setLastOpenedReview(review.id)
  context.onRecentFilesChanged?.()
  return review
}

async function findReviewOfSameFile(
  context: ApiContext,
  filePath: string,
  sha256: string,
): Promise<Review | null> {
  const recent = context.store.recentFiles.find((entry) => entry.path === filePath)
  if (!recent) return null
  const known = context.store.listReviews().some((summary) => summary.id === recent.reviewId)
  if (!known) return null
  const review = await context.store.getReview(recent.reviewId)
  return review.source.sha256 === sha256 ? review : null
}
