import { activeReviewer } from './activeActor'
import type { ChannelHandlers } from './channelHandlers'

type ReviewerChannels =
  'getReviewers' | 'createReviewer' | 'updateReviewer' | 'switchReviewer' | 'setReviewerPassphrase'

export const reviewerHandlers: Pick<ChannelHandlers, ReviewerChannels> = {
  async getReviewers(_input, { reviewers }) {
    return { reviewers: reviewers.reviewers, activeReviewerId: reviewers.active?.id ?? null }
  },

  async createReviewer(details, { reviewers }) {
    return reviewers.create(details)
  },

  async updateReviewer({ id, details }, { reviewers }) {
    return reviewers.update(id, details)
  },

  async switchReviewer({ id }, { reviewers }) {
    return reviewers.setActive(id)
  },

  async setReviewerPassphrase({ passphrase, currentPassphrase }, context) {
    const reviewer = activeReviewer(context)
    return context.reviewers.setPassphrase(reviewer.id, passphrase, currentPassphrase ?? null)
  },
}
