import type { Review } from '../../shared/review/reviewSchema'
import type { ApiContext } from './apiContext'
import type { ChannelHandlers } from './channelHandlers'
import { importDraftBytes, importPastedContent } from '../../node/import/importDraft'
import { openDraftFile } from '../review/openDraftFile'
import { activeActor } from './activeActor'
import { UserFacingError } from './userFacingError'

type ImportChannels =
  | 'importFile'
  | 'importPastedContent'
  | 'importClipboard'
  | 'showOpenDialog'
  | 'listRecentFiles'
  | 'openRecentFile'

export const importHandlers: Pick<ChannelHandlers, ImportChannels> = {
  async importFile({ fileName, dataBase64 }, context) {
    const bytes = Buffer.from(dataBase64, 'base64')
    const draft = await importDraftBytes(fileName, bytes, context.importOptions)
    const review = await context.commands.createFromImport(activeActor(context), draft, null)
    await context.store.setLastOpenedReview(review.id)
    return review
  },

  async importPastedContent({ html, text }, context) {
    return createReviewFromPaste(context, html, text)
  },

  async importClipboard(_input, context) {
    if (!context.readClipboard) {
      throw new UserFacingError(
        'not-available',
        'Reading the clipboard directly is only available in the desktop app.',
      )
    }
    const { html, text } = await context.readClipboard()
    return createReviewFromPaste(context, html, text)
  },

  async showOpenDialog(_input, context) {
    if (!context.showOpenDraftDialog) {
      throw new UserFacingError(
        'not-available',
        'The native Open dialog is only available in the desktop app.',
      )
    }
    const filePath = await context.showOpenDraftDialog()
    return filePath === null ? null : openDraftFile(context, filePath)
  },

  async listRecentFiles(_input, { store }) {
    return store.recentFiles
  },

  async openRecentFile({ path }, context) {
    // Only paths the user opened before: the renderer may not name arbitrary files to read.
    if (!context.store.recentFiles.some((entry) => entry.path === path)) {
      throw new UserFacingError('not-recent', `“${path}” is not in the list of recent files.`)
    }
    return openDraftFile(context, path)
  },
}

async function createReviewFromPaste(
  context: ApiContext,
  html: string,
  text: string,
): Promise<Review> {
  const draft = await importPastedContent(html, text)
  const review = await context.commands.createFromImport(activeActor(context), draft, null)
  await context.store.setLastOpenedReview(review.id)
  return review
}
