import { acceleratorLabel } from '../../shared/accelerator'
import { KEYMAP, type ShortcutCommand } from '../../shared/keymap'
import type { SourceFormat } from '../../shared/review/reviewSchema'
import { keyboardPlatform } from './keyboardPlatform'

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' })
const dateFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})

export function formatTime(isoTimestamp: string): string {
  return timeFormat.format(new Date(isoTimestamp))
}

/** "Today 14:02", "Yesterday 09:10", otherwise "12 Mar 2026". */
export function formatLastChange(isoTimestamp: string, now: Date = new Date()): string {
  const date = new Date(isoTimestamp)
  if (Number.isNaN(date.getTime())) return ''
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime()
  const dayInMilliseconds = 24 * 60 * 60 * 1000
  if (date.getTime() >= startOfToday) return `Today ${timeFormat.format(date)}`
  if (date.getTime() >= startOfToday - dayInMilliseconds) {
    return `Yesterday ${timeFormat.format(date)}`
  }
  return dateFormat.format(date)
}

export function formatFullDate(isoTimestamp: string): string {
  const date = new Date(isoTimestamp)
  return Number.isNaN(date.getTime()) ? '' : `${dateFormat.format(date)} ${timeFormat.format(date)}`
}

const sourceFormatLabels: Record<SourceFormat, string> = {
  docx: 'Word document',
  html: 'HTML',
  md: 'Markdown',
  txt: 'Plain text',
  paste: 'Pasted text',
  sample: 'Sample',
}

export function sourceFormatLabel(format: SourceFormat): string {
  return sourceFormatLabels[format]
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message
  return String(error)
}

/** A Ctrl/Cmd shortcut outside the keymap (the editor's own, e.g. undo): "Ctrl+Z" or "⌘Z". */
export function shortcutLabel(key: string, options: { shift?: boolean } = {}): string {
  return acceleratorLabel(`CmdOrCtrl+${options.shift ? 'Shift+' : ''}${key}`, keyboardPlatform)
}

/** A keymap command's shortcut, for tooltips: "Ctrl+Shift+L" or "⌘⇧L". */
export function commandShortcutLabel(command: ShortcutCommand): string {
  return acceleratorLabel(KEYMAP[command].accelerator, keyboardPlatform)
}
