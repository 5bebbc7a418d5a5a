import type { MenuItemConstructorOptions } from 'electron'
import { basename } from 'node:path'
import type { AppCommand } from '../../shared/api/channels'
import { KEYMAP, type ShortcutCommand } from '../../shared/keymap'
import { MANUAL_FLAG_KINDS, manualFlagCommand } from '../../shared/review/manualFlags'
import type { RecentFile } from '../../shared/review/reviewSchema'
import { COLOR_SCHEME_LABELS, COLOR_SCHEME_PREFERENCES } from '../../shared/appearance/colorScheme'

export interface ApplicationMenuActions {
  platform: NodeJS.Platform
  recentFiles: readonly RecentFile[]
  sendCommand: (command: AppCommand) => void
  openDraftDialog: () => void
  openRecentFile: (path: string) => void
  showAbout: () => void
}

/** A menu item's label and accelerator, from the one keymap the renderer uses too. */
function fromKeymap(
  command: ShortcutCommand,
): Pick<MenuItemConstructorOptions, 'label' | 'accelerator'> {
  return { label: KEYMAP[command].label, accelerator: KEYMAP[command].accelerator }
}

/** The native menu. Accelerators use CmdOrCtrl so they read right on every platform. */
export function applicationMenuTemplate(
  actions: ApplicationMenuActions,
): MenuItemConstructorOptions[] {
  const isMac = actions.platform === 'darwin'
  const recentItems: MenuItemConstructorOptions[] =
    actions.recentFiles.length === 0
      ? [{ label: 'No Recent Files', enabled: false }]
      : actions.recentFiles.map((entry) => ({
          label: basename(entry.path),
          toolTip: entry.path,
          click: () => actions.openRecentFile(entry.path),
        }))

  const fileMenu: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { ...fromKeymap('open-file'), click: () => actions.openDraftDialog() },
      { label: 'Open Recent', submenu: recentItems },
      {
        ...fromKeymap('new-from-clipboard'),
        click: () => actions.sendCommand({ type: 'new-from-clipboard' }),
      },
      {
        label: 'Import New Version…',
        click: () => actions.sendCommand({ type: 'import-new-version' }),
      },
      { type: 'separator' },
      {
        ...fromKeymap('show-library'),
        click: () => actions.sendCommand({ type: 'show-library' }),
      },
      {
        ...fromKeymap('save-now'),
        click: () => actions.sendCommand({ type: 'save-now' }),
      },
      {
        ...fromKeymap('export-report'),
        click: () => actions.sendCommand({ type: 'export-report' }),
      },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
    ],
  }
  const editMenu: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'selectAll' },
      { type: 'separator' },
      {
        ...fromKeymap('find'),
        click: () => actions.sendCommand({ type: 'find' }),
      },
      {
        ...fromKeymap('replace'),
        click: () => actions.sendCommand({ type: 'replace' }),
      },
      { type: 'separator' },
      {
        ...fromKeymap('next-flag'),
        click: () => actions.sendCommand({ type: 'next-flag' }),
      },
      {
        ...fromKeymap('previous-flag'),
        click: () => actions.sendCommand({ type: 'previous-flag' }),
      },
      {
        ...fromKeymap('show-flag-card'),
        click: () => actions.sendCommand({ type: 'show-flag-card' }),
      },
      {
        label: 'Remove Page Furniture',
        click: () => actions.sendCommand({ type: 'remove-furniture' }),
      },
    ],
  }
  const reviewMenu: MenuItemConstructorOptions = {
    label: '&Review',
    submenu: [
      {
        label: 'Switch Reviewer…',
        click: () => actions.sendCommand({ type: 'switch-reviewer' }),
      },
      { type: 'separator' },
      {
        label: 'Versions…',
        click: () => actions.sendCommand({ type: 'show-versions' }),
      },
      {
        label: 'Sign Off…',
        click: () => actions.sendCommand({ type: 'sign-off' }),
      },
      ...MANUAL_FLAG_KINDS.map((kind): MenuItemConstructorOptions => ({
        ...fromKeymap(manualFlagCommand(kind)),
        click: () => actions.sendCommand({ type: manualFlagCommand(kind) }),
      })),
    ],
  }
  const toolsMenu: MenuItemConstructorOptions = {
    label: '&Tools',
    submenu: [
      {
        label: 'Verify Audit Trail…',
        click: () => actions.sendCommand({ type: 'verify-audit-trail' }),
      },
      { type: 'separator' },
      {
        label: 'Import House Dictionary…',
        click: () => actions.sendCommand({ type: 'import-house-dictionary' }),
      },
      {
        label: 'Export House Dictionary…',
        click: () => actions.sendCommand({ type: 'export-house-dictionary' }),
      },
    ],
  }
  const viewMenu: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      {
        ...fromKeymap('toggle-flags-panel'),
        click: () => actions.sendCommand({ type: 'toggle-flags-panel' }),
      },
      {
        label: 'A&ppearance',
        submenu: COLOR_SCHEME_PREFERENCES.map((scheme) => ({
          label: COLOR_SCHEME_LABELS[scheme],
          click: () => actions.sendCommand({ type: 'set-color-scheme', scheme }),
        })),
      },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }
  const helpMenu: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      { label: 'Licences', click: () => actions.sendCommand({ type: 'show-licences' }) },
      { type: 'separator' },
      { label: 'About Copydesk', click: () => actions.showAbout() },
    ],
  }
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : []
  return [
    ...appMenu,
    fileMenu,
    editMenu,
    viewMenu,
    reviewMenu,
    toolsMenu,
    { role: 'windowMenu' },
    helpMenu,
  ]
}
