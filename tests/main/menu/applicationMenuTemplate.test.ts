import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { ApplicationMenuActions } from '../../../src/main/menu/applicationMenuTemplate'
import { applicationMenuTemplate } from '../../../src/main/menu/applicationMenuTemplate'
import { KEYMAP } from '../../../src/shared/keymap'

function actions(overrides: Partial<ApplicationMenuActions> = {}): ApplicationMenuActions {
  return {
    platform: 'linux',
    recentFiles: [],
    sendCommand: vi.fn(),
    openDraftDialog: vi.fn(),
    openRecentFile: vi.fn(),
    showAbout: vi.fn(),
    ...overrides,
  }
}

function submenuOf(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label)
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[]
}

/** Every item of the menu bar, submenus included. */
function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? allItems(item.submenu as MenuItemConstructorOptions[]) : []),
  ])
}

describe('applicationMenuTemplate', () => {
  it('lists recent files by name and opens the full path', () => {
    const openRecentFile = vi.fn()
    const template = applicationMenuTemplate(
      actions({
        openRecentFile,
        recentFiles: [
          {
            path: '/drafts/walks.docx',
            reviewId: '6f1f3c44-5d0e-4d7b-9f55-1f5b3f0b8a10',
            openedAt: '2026-01-01T00:00:00.000Z',
          },
        ],
      }),
    )
    const recent = submenuOf(template, '&File').find((item) => item.label === 'Open Recent')
    const [first] = recent?.submenu as MenuItemConstructorOptions[]
    expect(first?.label).toBe('walks.docx')
    first?.click?.({} as never, undefined, {} as never)
    expect(openRecentFile).toHaveBeenCalledWith('/drafts/walks.docx')
  })

  it('offers Follow System, Light and Dark under View › Appearance', () => {
    const sendCommand = vi.fn()
    const appearance = submenuOf(applicationMenuTemplate(actions({ sendCommand })), '&View').find(
      (item) => item.label === 'A&ppearance',
    )
    const choices = appearance?.submenu as MenuItemConstructorOptions[]
    expect(choices.map((item) => item.label)).toEqual(['Follow System', 'Light', 'Dark'])
    choices[2]?.click?.({} as never, undefined, {} as never)
    expect(sendCommand).toHaveBeenCalledWith({ type: 'set-color-scheme', scheme: 'dark' })
  })

  it('shows a disabled placeholder when there are no recent files', () => {
    const recent = submenuOf(applicationMenuTemplate(actions()), '&File').find(
      (item) => item.label === 'Open Recent',
    )
    expect(recent?.submenu).toEqual([{ label: 'No Recent Files', enabled: false }])
  })

  it('sends Find to the renderer with Ctrl/Cmd+F', () => {
    const sendCommand = vi.fn()
    const find = submenuOf(applicationMenuTemplate(actions({ sendCommand })), '&Edit').find(
      (item) => item.label === 'Find…',
    )
    expect(find?.accelerator).toBe('CmdOrCtrl+F')
    find?.click?.({} as never, undefined, {} as never)
    expect(sendCommand).toHaveBeenCalledWith({ type: 'find' })
  })

  it.each([
    ['&Edit', 'Next Flag', 'F8', { type: 'next-flag' }],
    ['&Edit', 'Previous Flag', 'Shift+F8', { type: 'previous-flag' }],
    ['&Edit', 'Replace…', 'CmdOrCtrl+H', { type: 'replace' }],
    ['&Edit', 'Show Flag Card', 'Alt+Enter', { type: 'show-flag-card' }],
    ['&Edit', 'Remove Page Furniture', undefined, { type: 'remove-furniture' }],
    ['&File', 'Import New Version…', undefined, { type: 'import-new-version' }],
    ['&Review', 'Versions…', undefined, { type: 'show-versions' }],
    ['&Review', 'Sign Off…', undefined, { type: 'sign-off' }],
    ['&Tools', 'Import House Dictionary…', undefined, { type: 'import-house-dictionary' }],
    ['&Tools', 'Export House Dictionary…', undefined, { type: 'export-house-dictionary' }],
    ['&Help', 'Licences', undefined, { type: 'show-licences' }],
  ])('%s › %s sends its command to the renderer', (menu, label, accelerator, command) => {
    const sendCommand = vi.fn()
    const item = submenuOf(applicationMenuTemplate(actions({ sendCommand })), menu).find(
      (entry) => entry.label === label,
    )
    expect(item?.accelerator).toBe(accelerator)
    item?.click?.({} as never, undefined, {} as never)
    expect(sendCommand).toHaveBeenCalledWith(command)
  })

  it('puts the application menu first on macOS only', () => {
    expect(applicationMenuTemplate(actions({ platform: 'darwin' }))[0]?.role).toBe('appMenu')
    expect(applicationMenuTemplate(actions({ platform: 'win32' }))[0]?.label).toBe('&File')
  })

  it.each(['linux', 'win32', 'darwin'] as const)(
    'takes every accelerator and its label from the keymap on %s',
    (platform) => {
      const withAccelerator = allItems(applicationMenuTemplate(actions({ platform }))).filter(
        (item) => item.accelerator !== undefined,
      )
      expect(withAccelerator.length).toBeGreaterThan(0)
      for (const item of withAccelerator) {
        expect(Object.values(KEYMAP)).toContainEqual({
          label: item.label,
          accelerator: item.accelerator,
        })
      }
    },
  )

  it('offers every shortcut of the keymap except the editor’s own link shortcut', () => {
    const accelerators = allItems(applicationMenuTemplate(actions())).map(
      (item) => item.accelerator,
    )
    const missing = Object.entries(KEYMAP).filter(
      ([, shortcut]) => !accelerators.includes(shortcut.accelerator),
    )
    expect(missing.map(([command]) => command)).toEqual(['insert-link'])
  })
})
