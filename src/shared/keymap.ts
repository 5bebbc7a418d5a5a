import type { ManualFlagKind } from './review/manualFlags'

/**
 * Every keyboard shortcut of Copydesk, in one table: the native menu takes its accelerators
 * from here, and so does the renderer when it handles keys itself (browser mode, the editor).
 * Ids are the `AppCommand` types where the menu sends one.
 */
export type ShortcutCommand =
  | 'open-file'
  | 'new-from-clipboard'
  | 'show-library'
  | 'save-now'
  | 'find'
  | 'next-flag'
  | 'previous-flag'
  | 'insert-link'
  | 'toggle-flags-panel'
  | `flag-${ManualFlagKind}`
  | 'replace'
  | 'show-flag-card'
  | 'export-report'

export interface Shortcut {
  /** In Electron's accelerator syntax, e.g. 'CmdOrCtrl+Shift+L'; see accelerator.ts. */
  accelerator: string
  /** The command's name, as in the menu. */
  label: string
}

export const KEYMAP: Readonly<Record<ShortcutCommand, Shortcut>> = {
  'open-file': { accelerator: 'CmdOrCtrl+O', label: 'Open…' },
  'new-from-clipboard': { accelerator: 'CmdOrCtrl+Shift+N', label: 'New from Clipboard' },
  'show-library': { accelerator: 'CmdOrCtrl+Shift+L', label: 'Library' },
  'save-now': { accelerator: 'CmdOrCtrl+S', label: 'Save' },
  find: { accelerator: 'CmdOrCtrl+F', label: 'Find…' },
  'next-flag': { accelerator: 'F8', label: 'Next Flag' },
  'previous-flag': { accelerator: 'Shift+F8', label: 'Previous Flag' },
  'insert-link': { accelerator: 'CmdOrCtrl+K', label: 'Link' },
  'toggle-flags-panel': { accelerator: 'CmdOrCtrl+Shift+F', label: 'Flags Panel' },
  // Ctrl/Cmd+Alt+1…4 are the editor's headings, so the flags add Shift.
  'flag-claim': { accelerator: 'CmdOrCtrl+Alt+Shift+1', label: 'Flag: Needs Source' },
  'flag-typo': { accelerator: 'CmdOrCtrl+Alt+Shift+2', label: 'Flag: Typo' },
  'flag-medical': { accelerator: 'CmdOrCtrl+Alt+Shift+3', label: 'Flag: Medical Question…' },
  'flag-comment': { accelerator: 'CmdOrCtrl+Alt+Shift+4', label: 'Flag: Comment…' },
  replace: { accelerator: 'CmdOrCtrl+H', label: 'Replace…' },
  // Cards no longer open as the cursor passes a flag; this opens the one at the cursor.
  'show-flag-card': { accelerator: 'Alt+Enter', label: 'Show Flag Card' },
  'export-report': { accelerator: 'CmdOrCtrl+Shift+E', label: 'Export Report…' },
}
