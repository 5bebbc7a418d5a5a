import type { ChannelHandlers } from './channelHandlers'
import { isAllowedLinkUrl } from '../../shared/editor/linkPolicy'
import { UserFacingError } from './userFacingError'

export const appHandlers: Pick<ChannelHandlers, 'getAppInfo' | 'openExternalLink'> = {
  async getAppInfo(_input, { appInfo }) {
    return appInfo
  },

  async openExternalLink({ url }, context) {
    if (!isAllowedLinkUrl(url)) {
      throw new UserFacingError('invalid-link', `Copydesk only opens http, https and mailto links.`)
    }
    if (!context.openInSystemBrowser) {
      throw new UserFacingError('not-available', 'Opening links is handled by the browser here.')
    }
    await context.openInSystemBrowser(url)
    return null
  },
}
