import type { IpcMain, WebFrameMain } from 'electron'
import { channelNames } from '../../shared/api/channels'
import type { ApiContext } from './apiContext'
import { invokeChannel } from './invokeChannel'

export const IPC_CHANNEL_PREFIX = 'copydesk:'

/**
 * Registers one `ipcMain.handle` per channel, all behind the same wrapper: requests from
 * any frame other than our own renderer's main frame are refused before parsing.
 */
export function registerIpcChannels(
  ipcMain: IpcMain,
  context: ApiContext,
  isTrustedFrame: (frame: WebFrameMain | null) => boolean,
): void {
  for (const name of channelNames) {
    ipcMain.handle(`${IPC_CHANNEL_PREFIX}${name}`, async (event, payload: unknown) => {
      if (!isTrustedFrame(event.senderFrame)) {
        return {
          ok: false,
          error: {
            code: 'forbidden',
            message: 'This request did not come from Copydesk’s window.',
          },
        }
      }
      return invokeChannel(name, payload, context)
    })
  }
}
