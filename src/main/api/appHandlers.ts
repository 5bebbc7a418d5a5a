import type { ChannelHandlers } from './channelHandlers'
import { ALLOWED_LINKS_DESCRIPTION, isAllowedLinkUrl } from '../../shared/editor/linkPolicy'
import { UserFacingError } from './userFacingError'

export const appHandlers: Pick<
  ChannelHandlers,
  'getAppInfo' | 'openExternalLink' | 'setColorScheme'
> = {
  async getAppInfo(_input, { appInfo }) {
    return appInfo
  },

  async openExternalLink({ url }, context) {
    if (!isAllowedLinkUrl(url)) {
      throw new UserFacingError('invalid-link', `Copydesk only opens ${ALLOWED_LINKS_DESCRIPTION}.`)
    }
    if (!context.openExternalLink) {
      throw new UserFacingError('not-available', 'Opening links is handled by the browser here.')
    }
    await context.openExternalLink(url)
    return null
  },

  /** The browser follows its own setting; only Electron has native parts to switch. */
  async setColorScheme({ scheme }, context) {
    context.setColorScheme?.(scheme)
    return null
  },
}
