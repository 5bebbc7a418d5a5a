import { join, resolve } from 'node:path'
import type { WebFrameMain } from 'electron'
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, session } from 'electron'
import type { AppCommand } from '../shared/api/channels'
import type { ApiContext } from './api/apiContext'
import { describeError } from './api/describeError'
import { registerIpcChannels } from './api/electronTransport'
import { parseLaunchArguments } from './app/launchArguments'
import { openWorkspace } from './app/openWorkspace'
import { applicationMenuTemplate } from './menu/applicationMenuTemplate'
import { openDraftFile } from './review/openDraftFile'
import { DRAFT_FILE_FILTERS } from './window/draftFileFilters'
import { denyAllPermissions, hardenWebContents } from './window/hardenWebContents'
import { createMainWindow } from './window/createMainWindow'
import { openExternalLink } from './window/openExternalLink'
import { readSystemClipboard } from './window/readSystemClipboard'
import { openReportFile, showSaveReportDialog } from './window/reportFiles'

const FLUSH_TIMEOUT_MS = 3000
const FLUSHED_CHANNEL = 'copydesk-flushed'
const COMMAND_CHANNEL = 'copydesk-command'

let mainWindow: BrowserWindow | null = null
let context: ApiContext | null = null
let pendingFile: string | null = null

function userArguments(argv: readonly string[]): string[] {
  return argv.slice(app.isPackaged ? 1 : 2)
}

function sendCommand(command: AppCommand): void {
  mainWindow?.webContents.send(COMMAND_CHANNEL, command)
}

async function openFileInWindow(filePath: string): Promise<void> {
  if (!context) {
    pendingFile = filePath
    return
  }
  try {
    const review = await openDraftFile(context, resolve(filePath))
    sendCommand({ type: 'review-opened', review })
  } catch (error) {
    dialog.showErrorBox('Could not open the draft', describeError(error).message)
  }
}

async function showOpenDraftDialog(): Promise<string | null> {
  const options = {
    title: 'Open a draft',
    properties: ['openFile' as const],
    filters: DRAFT_FILE_FILTERS,
  }
  const result = mainWindow
    ? await dialog.showOpenDialog(mainWindow, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

function rebuildMenu(): void {
  const template = applicationMenuTemplate({
    platform: process.platform,
    recentFiles: context?.store.recentFiles ?? [],
    sendCommand,
    openDraftDialog: () => sendCommand({ type: 'open-file' }),
    openRecentFile: (path) => void openFileInWindow(path),
    showAbout: () => app.showAboutPanel(),
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

function rendererEntry(): { url: string } | { file: string } {
  const devServer = process.env.ELECTRON_RENDERER_URL
  return !app.isPackaged && devServer
    ? { url: devServer }
    : { file: join(__dirname, '../renderer/index.html') }
}

function isTrustedFrame(frame: WebFrameMain | null): boolean {
  const mainFrame = mainWindow?.webContents.mainFrame
  const isMainFrame =
    frame !== null &&
    mainFrame !== undefined &&
    frame.processId === mainFrame.processId &&
    frame.routingId === mainFrame.routingId
  if (!frame || !isMainFrame) return false
  const entry = rendererEntry()
  return 'url' in entry
    ? frame.url.startsWith(entry.url)
    : new URL(frame.url).pathname.endsWith('/renderer/index.html')
}

function showMainWindow(): BrowserWindow {
  const window = createMainWindow(join(__dirname, '../preload/index.js'))
  let flushedBeforeClose = false
  window.on('ready-to-show', () => window.show())
  window.on('close', (event) => {
    if (flushedBeforeClose) return
    event.preventDefault()
    const finish = (): void => {
      flushedBeforeClose = true
      clearTimeout(timer)
      ipcMain.removeListener(FLUSHED_CHANNEL, finish)
      window.close()
    }
    const timer = setTimeout(finish, FLUSH_TIMEOUT_MS)
    ipcMain.once(FLUSHED_CHANNEL, finish)
    window.webContents.send(COMMAND_CHANNEL, { type: 'flush-before-quit' } satisfies AppCommand)
  })
  window.on('closed', () => {
    mainWindow = null
  })
  const entry = rendererEntry()
  void ('url' in entry ? window.loadURL(entry.url) : window.loadFile(entry.file))
  return window
}

async function start(): Promise<void> {
  const launch = parseLaunchArguments(userArguments(process.argv))
  pendingFile = launch.fileToOpen
  await app.whenReady()
  denyAllPermissions(session.defaultSession)
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, (url) => void openExternalLink(url)),
  )
  try {
    context = await openWorkspace(launch.dataDir ?? app.getPath('userData'), {
      transport: 'electron',
      version: app.getVersion(),
      platform: process.platform,
      hasNativeDialogs: true,
      hasNativeClipboard: true,
    })
  } catch (error) {
    dialog.showErrorBox('Copydesk could not start', describeError(error).message)
    app.exit(2)
    return
  }
  context.showOpenDraftDialog = showOpenDraftDialog
  context.openExternalLink = openExternalLink
  context.readClipboard = readSystemClipboard
  context.showSaveReportDialog = (fileName, extension) =>
    showSaveReportDialog(mainWindow, fileName, extension)
  context.openReportFile = openReportFile
  context.setColorScheme = (scheme) => {
    nativeTheme.themeSource = scheme
  }
  context.onRecentFilesChanged = rebuildMenu
  registerIpcChannels(ipcMain, context, isTrustedFrame)
  rebuildMenu()
  if (pendingFile) {
    const fileToOpen = pendingFile
    pendingFile = null
    await openDraftFile(context, resolve(fileToOpen)).catch((error: unknown) =>
      dialog.showErrorBox('Could not open the draft', describeError(error).message),
    )
    context.isFirstLaunch = false
  }
  mainWindow = showMainWindow()
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', (_event, argv) => {
    const { fileToOpen } = parseLaunchArguments(userArguments(argv))
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
    if (fileToOpen) void openFileInWindow(fileToOpen)
  })
  app.on('open-file', (event, path) => {
    event.preventDefault()
    void openFileInWindow(path)
  })
  app.on('window-all-closed', () => {
    void (context?.store.close() ?? Promise.resolve()).finally(() => app.quit())
  })
  app.on('activate', () => {
    if (context && BrowserWindow.getAllWindows().length === 0) mainWindow = showMainWindow()
  })
  start().catch((error: unknown) => {
    dialog.showErrorBox('Copydesk could not start', describeError(error).message)
    app.exit(2)
  })
}
