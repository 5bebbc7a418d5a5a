/** Which modifier `CmdOrCtrl` means: Command on macOS, Control everywhere else. */
export type KeyboardPlatform = 'mac' | 'other'

/** The parts of a DOM KeyboardEvent a shortcut depends on. */
export interface KeyboardEventLike {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
  /** The physical key, e.g. 'Digit1'; read for digits, which Shift and Alt turn into symbols. */
  code?: string
}

interface ParsedAccelerator {
  /** As `KeyboardEvent.key` reports it, lower-cased. */
  key: string
  /** As written in the accelerator, for labels. */
  keyName: string
  ctrl: boolean
  meta: boolean
  alt: boolean
  shift: boolean
}

/** Electron key names whose `KeyboardEvent.key` is spelled differently. */
const KEY_VALUES: Readonly<Record<string, string>> = {
  plus: '+',
  space: ' ',
  esc: 'escape',
  return: 'enter',
  up: 'arrowup',
  down: 'arrowdown',
  left: 'arrowleft',
  right: 'arrowright',
}

/** Parses Electron's syntax, e.g. 'CmdOrCtrl+Shift+L' or 'F8'; throws on an unknown modifier. */
function parseAccelerator(accelerator: string, platform: KeyboardPlatform): ParsedAccelerator {
  const parts = accelerator.split('+')
  const keyName = parts.pop() ?? ''
  if (keyName === '') throw new Error(`The shortcut “${accelerator}” has no key`)
  const parsed: ParsedAccelerator = {
    key: KEY_VALUES[keyName.toLowerCase()] ?? keyName.toLowerCase(),
    keyName,
    ctrl: false,
    meta: false,
    alt: false,
    shift: false,
  }
  for (const modifier of parts) {
    switch (modifier.toLowerCase()) {
      case 'cmdorctrl':
      case 'commandorcontrol':
        if (platform === 'mac') parsed.meta = true
        else parsed.ctrl = true
        break
      case 'cmd':
      case 'command':
      case 'meta':
      case 'super':
        parsed.meta = true
        break
      case 'ctrl':
      case 'control':
        parsed.ctrl = true
        break
      case 'alt':
      case 'option':
        parsed.alt = true
        break
      case 'shift':
        parsed.shift = true
        break
      default:
        throw new Error(`Unknown modifier “${modifier}” in the shortcut “${accelerator}”`)
    }
  }
  return parsed
}

/**
 * The key a press means: Shift+1 reports '!' (and Option+1 on macOS '¡'), so a digit key counts
 * as its digit. Only digits: letters move between layouts, and their `key` is the one to trust.
 */
function pressedKey(event: KeyboardEventLike): string {
  const digit = /^Digit(\d)$/.exec(event.code ?? '')?.[1]
  return digit ?? event.key.toLowerCase()
}

/** Whether a key press is exactly this shortcut: the key and the same modifiers, no others. */
export function matchesAccelerator(
  accelerator: string,
  event: KeyboardEventLike,
  platform: KeyboardPlatform,
): boolean {
  const shortcut = parseAccelerator(accelerator, platform)
  return (
    pressedKey(event) === shortcut.key &&
    event.ctrlKey === shortcut.ctrl &&
    event.metaKey === shortcut.meta &&
    event.altKey === shortcut.alt &&
    event.shiftKey === shortcut.shift
  )
}

/** A shortcut for tooltips: "Ctrl+Shift+L" on Windows and Linux, "⌘⇧L" on macOS. */
export function acceleratorLabel(accelerator: string, platform: KeyboardPlatform): string {
  const shortcut = parseAccelerator(accelerator, platform)
  const key = shortcut.keyName.length === 1 ? shortcut.keyName.toUpperCase() : shortcut.keyName
  if (platform === 'mac') {
    const symbols = [
      shortcut.meta ? '⌘' : '',
      shortcut.ctrl ? '⌃' : '',
      shortcut.alt ? '⌥' : '',
      shortcut.shift ? '⇧' : '',
    ]
    return symbols.join('') + key
  }
  const names = [
    shortcut.ctrl ? 'Ctrl+' : '',
    shortcut.alt ? 'Alt+' : '',
    shortcut.shift ? 'Shift+' : '',
    shortcut.meta ? 'Meta+' : '',
  ]
  return names.join('') + key
}
