import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { registerIpcChannels } from '../../../src/main/api/electronTransport'
import type { TestWorkspace } from '../support/testWorkspace'
import { openTestWorkspace } from '../support/testWorkspace'

type Handler = (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>

describe('registerIpcChannels', () => {
  let workspace: TestWorkspace
  const handlers = new Map<string, Handler>()
  const trustedFrame = { url: 'file:///app/out/renderer/index.html' } as WebFrameMain
  const strangerFrame = { url: 'https://evil.example/' } as WebFrameMain

  beforeEach(async () => {
    workspace = await openTestWorkspace()
    handlers.clear()
    const ipcMain = {
      handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    }
    registerIpcChannels(
      ipcMain as unknown as IpcMain,
      workspace.context,
      (frame) => frame === trustedFrame,
    )
  })

  afterEach(async () => {
    await workspace.close()
  })

  const invoke = (channel: string, frame: WebFrameMain, payload: unknown) =>
    handlers.get(`copydesk:${channel}`)?.({ senderFrame: frame } as IpcMainInvokeEvent, payload)

  it('answers requests from the app’s own frame', async () => {
    expect(await invoke('listReviews', trustedFrame, {})).toEqual({ ok: true, value: [] })
  })

  it('refuses requests from any other frame before looking at the payload', async () => {
    expect(await invoke('listReviews', strangerFrame, {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
  })

  it('validates the payload with the channel schema', async () => {
    expect(await invoke('deleteReview', trustedFrame, { id: 7 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    })
  })
})
