import type { ChannelHandlers } from './channelHandlers'
import type { Review } from '../../shared/review/reviewSchema'
import { importDraftBytes } from '../../node/import/importDraft'
import { sampleDraft } from '../review/sampleDraft'
import type { ApiContext } from './apiContext'
import { activeActor, activeReviewer, COPYDESK_ACTOR } from './activeActor'

type ReviewChannels =
  | 'openStartupReview'
  | 'listReviews'
  | 'openReview'
  | 'saveContent'
  | 'createFlag'
  | 'keepCheckFlag'
  | 'fixCheckFlag'
  | 'dismissCheckFlag'
  | 'setFlagStatus'
  | 'reattachFlag'
  | 'addFlagNote'
  | 'attachSource'
  | 'editSource'
  | 'detachSource'
  | 'importNewVersion'
  | 'verifyAuditTrail'
  | 'deleteReview'
  | 'restoreBackup'
  | 'signOff'

export const reviewHandlers: Pick<ChannelHandlers, ReviewChannels> = {
  async openStartupReview(_input, context) {
    const { store } = context
    const problems = [
      ...store.problems,
      ...context.houseDictionary.problems,
      ...context.reviewers.problems,
    ]
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

  async saveContent(input, context) {
    return context.commands.saveContent(activeActor(context), input)
  },

  async createFlag(input, context) {
    return context.commands.createFlag(activeActor(context), input)
  },

  async keepCheckFlag(input, context) {
    return context.commands.keepCheckFlag(activeActor(context), input)
  },

  async fixCheckFlag(input, context) {
    return context.commands.fixCheckFlag(activeActor(context), input)
  },

  async dismissCheckFlag(input, context) {
    return context.commands.dismissCheckFlag(activeActor(context), input)
  },

  async setFlagStatus(input, context) {
    return context.commands.setFlagStatus(activeActor(context), input)
  },

  async reattachFlag(input, context) {
    return context.commands.reattachFlag(activeActor(context), input)
  },

  async addFlagNote(input, context) {
    return context.commands.addFlagNote(activeActor(context), input)
  },

  async attachSource(input, context) {
    return context.commands.attachSource(activeActor(context), input)
  },

  async editSource(input, context) {
    return context.commands.editSource(activeActor(context), input)
  },

  async detachSource(input, context) {
    return context.commands.detachSource(activeActor(context), input)
  },

  async importNewVersion({ reviewId, fileName, dataBase64 }, context) {
    const actor = activeActor(context)
    const draft = await importDraftBytes(
      fileName,
      Buffer.from(dataBase64, 'base64'),
      context.importOptions,
    )
    return context.commands.importNewVersion(actor, reviewId, draft)
  },

  async verifyAuditTrail({ reviewId }, context) {
    return context.verifyAuditTrail(reviewId)
  },

  async deleteReview({ id }, context) {
    await context.commands.deleteReview(activeActor(context), id)
    context.onRecentFilesChanged?.()
    return null
  },

  async restoreBackup({ file }, { store }) {
    return store.restoreBackup(file)
  },

  async signOff(input, context) {
    const signer = activeReviewer(context)
    return context.commands.signOff(signer, input, (passphrase) =>
      context.reviewers.checkPassphrase(signer.id, passphrase),
    )
  },
}

async function createSampleReview(context: ApiContext): Promise<Review> {
  const draft = await importDraftBytes(
    sampleDraft.fileName,
    sampleDraft.bytes(),
    context.importOptions,
  )
  const review = await context.commands.createFromImport(
    context.reviewers.active ? activeActor(context) : COPYDESK_ACTOR,
    { ...draft, format: 'sample' },
    null,
  )
  await context.store.setLastOpenedReview(review.id)
  return review
}
