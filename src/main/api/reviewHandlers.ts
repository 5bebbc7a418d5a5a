import type { ChannelHandlers } from './channelHandlers'
import type { Review } from '../../shared/review/reviewSchema'
import { importDraftBytes } from '../../node/import/importDraft'
import { contentHash } from '../../node/review/contentHash'
import { createReviewFromImport } from '../../node/review/createReviewFromImport'
import { sampleDraft } from '../review/sampleDraft'
import { findDraftContentProblem } from '../../node/review/validateDraftContent'
import type { ApiContext } from './apiContext'
import { UserFacingError } from './userFacingError'

type ReviewChannels =
  | 'openStartupReview'
  | 'listReviews'
  | 'openReview'
  | 'saveReview'
  | 'deleteReview'
  | 'restoreBackup'

export const reviewHandlers: Pick<ChannelHandlers, ReviewChannels> = {
  async openStartupReview(_input, context) {
    const { store } = context
    const problems = [...store.problems, ...context.houseDictionary.problems]
    const lastId = store.lastOpenedReviewId
    if (lastId && store.listReviews().some((summary) => summary.id === lastId)) {
      return { review: await store.getReview(lastId), problems }
    }
    if (context.isFirstLaunch && store.listReviews().length === 0) {
      context.isFirstLaunch = false
      return { review: await createSampleReview(context), problems }
    }
    return { review: null, problems }
  },

  async listReviews(_input, { store }) {
    return store.listReviews()
  },

  async openReview({ id }, { store }) {
    const review = await store.getReview(id)
    await store.setLastOpenedReview(id)
    return review
  },

  async saveReview({ id, metadata, content, flags }, context) {
    const problem = findDraftContentProblem(content)
    if (problem) {
      throw new UserFacingError('invalid-content', `The document could not be saved: ${problem}`)
    }
    const savedAt = (context.now?.() ?? new Date()).toISOString()
    const hash = contentHash(metadata, content)
    const saved = await context.store.updateReview(id, (current) => ({
      ...current,
      metadata,
      content,
      flags: flags ?? current.flags,
      contentHash: hash,
      updatedAt: savedAt,
      versions:
        current.contentHash === hash
          ? current.versions
          : [...current.versions, { contentHash: hash, savedAt }],
    }))
    return { updatedAt: saved.updatedAt, contentHash: saved.contentHash }
  },

  async deleteReview({ id }, context) {
    await context.store.deleteReview(id)
    context.onRecentFilesChanged?.()
    return null
  },

  async restoreBackup({ file }, { store }) {
    return store.restoreBackup(file)
  },
}

async function createSampleReview(context: ApiContext): Promise<Review> {
  const draft = await importDraftBytes(
    sampleDraft.fileName,
    sampleDraft.bytes(),
    context.importOptions,
  )
  const review = createReviewFromImport(
    { ...draft, format: 'sample' },
    null,
    context.now?.() ?? new Date(),
  )
  await context.store.createReview(review)
  await context.store.setLastOpenedReview(review.id)
  return review
}
