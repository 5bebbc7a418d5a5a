import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindowConstructorOptions } from 'electron'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

/** A stand-in for the `electron` module that records how the main process wires itself. */
const recorded = vi.hoisted(() => ({
  windowOptions: [] as unknown[],
  ipcChannels: [] as string[],
  ipcHandlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  appEvents: new Map<string, (...args: unknown[]) => void>(),
  permissionRequestHandler: null as null | ((...args: unknown[]) => void),
  permissionCheckHandler: null as null | ((...args: unknown[]) => boolean),
  menuTemplate: null as unknown,
  loadedFile: null as string | null,
  singleInstanceLockRequested: false,
  userDataDir: '',
}))

vi.mock('electron', () => {
  class FakeWebContents {
    mainFrame = { url: 'file:///app/out/renderer/index.html', processId: 4, routingId: 1 }
    send = vi.fn()
    on = vi.fn()
    setWindowOpenHandler = vi.fn()
  }
  class FakeBrowserWindow {
    static getAllWindows = () => []
    webContents = new FakeWebContents()
    constructor(options: unknown) {
      recorded.windowOptions.push(options)
    }
    on = vi.fn()
    show = vi.fn()
    loadURL = vi.fn(async () => undefined)
    loadFile = vi.fn(async (file: string) => {
      recorded.loadedFile = file
    })
  }
  return {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => {
        recorded.singleInstanceLockRequested = true
        return true
      },
      on: (event: string, listener: (...args: unknown[]) => void) =>
        recorded.appEvents.set(event, listener),
      whenReady: () => Promise.resolve(),
      getPath: () => recorded.userDataDir,
      getVersion: () => '0.0.0-test',
      quit: vi.fn(),
      exit: vi.fn(),
      showAboutPanel: vi.fn(),
    },
    BrowserWindow: FakeBrowserWindow,
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn() },
    ipcMain: {
      handle: (
        channel: string,
        handler: (event: unknown, payload: unknown) => Promise<unknown>,
      ) => {
        recorded.ipcChannels.push(channel)
        recorded.ipcHandlers.set(channel, handler)
      },
      once: vi.fn(),
      removeListener: vi.fn(),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => {
        recorded.menuTemplate = template
        return template
      },
      setApplicationMenu: vi.fn(),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => {
          recorded.permissionRequestHandler = handler
        },
        setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => {
          recorded.permissionCheckHandler = handler
        },
      },
    },
    shell: { openExternal: vi.fn() },
  }
})

describe('the Electron main process', () => {
  let dataDir: string

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'copydesk-electron-main-'))
    recorded.userDataDir = dataDir
    process.argv = [process.execPath]
    await import('../../src/main/index')
    await vi.waitFor(() => expect(recorded.windowOptions).toHaveLength(1))
  })

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true })
  })

  it('opens one window whose renderer is isolated, sandboxed and without Node', () => {
    const options = recorded.windowOptions[0] as BrowserWindowConstructorOptions
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    })
    expect(options.webPreferences?.preload).toMatch(/preload[\\/]index\.js$/)
  })

  it('loads the built renderer from disk', () => {
    expect(recorded.loadedFile).toMatch(/renderer[\\/]index\.html$/)
  })

  it('asks for the single-instance lock and listens for a second launch', () => {
    expect(recorded.singleInstanceLockRequested).toBe(true)
    expect(recorded.appEvents.has('second-instance')).toBe(true)
  })

  it('denies every permission request and check', () => {
    const callback = vi.fn()
    recorded.permissionRequestHandler?.({}, 'media', callback)
    expect(callback).toHaveBeenCalledWith(false)
    expect(recorded.permissionCheckHandler?.({}, 'notifications')).toBe(false)
  })

  it('registers an IPC handler for every API channel and no others', async () => {
    const { channelNames } = await import('../../src/shared/api/channels')
    expect([...recorded.ipcChannels].sort()).toEqual(
      channelNames.map((name) => `copydesk:${name}`).sort(),
    )
  })

  it('answers IPC only from the main frame of its own renderer', async () => {
    const listReviews = recorded.ipcHandlers.get('copydesk:listReviews')
    const ownFrame = { url: 'file:///app/out/renderer/index.html', processId: 4, routingId: 1 }
    const subframe = { url: 'file:///app/out/renderer/index.html', processId: 4, routingId: 7 }
    const otherPage = { url: 'https://evil.example/', processId: 4, routingId: 1 }
    expect(await listReviews?.({ senderFrame: ownFrame }, {})).toMatchObject({ ok: true })
    for (const senderFrame of [subframe, otherPage, null]) {
      expect(await listReviews?.({ senderFrame }, {})).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      })
    }
  })

  it('hardens every web contents that is created', () => {
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() }
    recorded.appEvents.get('web-contents-created')?.({}, contents)
    const events = contents.on.mock.calls.map(([event]) => event as string)
    expect(events).toEqual(
      expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']),
    )
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce()
  })

  it('builds a File menu with Open, Open Recent and the usual accelerators', () => {
    const template = recorded.menuTemplate as {
      label?: string
      submenu?: { label?: string; accelerator?: string }[]
    }[]
    const fileMenu = template.find((menu) => menu.label === '&File')
    expect(fileMenu?.submenu?.find((item) => item.label === 'Open…')?.accelerator).toBe(
      'CmdOrCtrl+O',
    )
    expect(fileMenu?.submenu?.some((item) => item.label === 'Open Recent')).toBe(true)
  })
})
