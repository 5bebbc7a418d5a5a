import { contextBridge, ipcRenderer } from 'electron'
import type { AppCommand, ChannelResult, CopydeskApi, CopydeskBridge } from '../shared/api/channels'
import { channelNames } from '../shared/api/channels'

/** Exposes one named method per channel and nothing else: no ipcRenderer, no Node. */
function unwrap<Value>(result: ChannelResult<Value>): Value {
  if (result.ok) return result.value
  const error = new Error(result.error.message)
  error.name = result.error.code
  throw error
}

const api = Object.fromEntries(
  channelNames.map((name) => [
    name,
    async (input: unknown) =>
      unwrap((await ipcRenderer.invoke(`copydesk:${name}`, input)) as ChannelResult<unknown>),
  ]),
) as CopydeskApi

const bridge: CopydeskBridge = {
  api,
  onCommand(listener) {
    const handler = (_event: Electron.IpcRendererEvent, command: AppCommand): void =>
      listener(command)
    ipcRenderer.on('copydesk-command', handler)
    return () => ipcRenderer.removeListener('copydesk-command', handler)
  },
  flushed() {
    ipcRenderer.send('copydesk-flushed')
  },
}

contextBridge.exposeInMainWorld('copydesk', bridge)
