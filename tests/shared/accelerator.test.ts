import { describe, expect, it } from 'vitest'
import {
  acceleratorLabel,
  matchesAccelerator,
  type KeyboardEventLike,
} from '../../src/shared/accelerator'
import { KEYMAP } from '../../src/shared/keymap'
import { MANUAL_FLAG_KINDS, manualFlagCommand } from '../../src/shared/review/manualFlags'

function press(key: string, modifiers: Partial<Omit<KeyboardEventLike, 'key'>> = {}) {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers }
}

describe('matchesAccelerator', () => {
  it('reads CmdOrCtrl as Ctrl on Windows and Linux', () => {
    expect(matchesAccelerator('CmdOrCtrl+O', press('o', { ctrlKey: true }), 'other')).toBe(true)
    expect(matchesAccelerator('CmdOrCtrl+O', press('o', { metaKey: true }), 'other')).toBe(false)
  })

  it('reads CmdOrCtrl as Cmd on macOS', () => {
    expect(matchesAccelerator('CmdOrCtrl+O', press('o', { metaKey: true }), 'mac')).toBe(true)
    expect(matchesAccelerator('CmdOrCtrl+O', press('o', { ctrlKey: true }), 'mac')).toBe(false)
  })

  it('needs Shift exactly when the shortcut has it, whatever case the key comes in', () => {
    const withShift = press('L', { ctrlKey: true, shiftKey: true })
    expect(matchesAccelerator('CmdOrCtrl+Shift+L', withShift, 'other')).toBe(true)
    expect(matchesAccelerator('CmdOrCtrl+L', withShift, 'other')).toBe(false)
    expect(matchesAccelerator('CmdOrCtrl+Shift+L', press('l', { ctrlKey: true }), 'other')).toBe(
      false,
    )
  })

  it('matches function keys alone or with Shift, and not with other modifiers', () => {
    expect(matchesAccelerator('F8', press('F8'), 'other')).toBe(true)
    expect(matchesAccelerator('F8', press('F8', { shiftKey: true }), 'other')).toBe(false)
    expect(matchesAccelerator('Shift+F8', press('F8', { shiftKey: true }), 'mac')).toBe(true)
    expect(matchesAccelerator('F8', press('F8', { altKey: true }), 'other')).toBe(false)
    expect(matchesAccelerator('F8', press('F9'), 'other')).toBe(false)
  })

  it('does not match when Alt is held as well', () => {
    expect(
      matchesAccelerator('CmdOrCtrl+S', press('s', { ctrlKey: true, altKey: true }), 'other'),
    ).toBe(false)
  })

  it('knows Electron’s names for keys that the browser spells differently', () => {
    expect(matchesAccelerator('CmdOrCtrl+Plus', press('+', { ctrlKey: true }), 'other')).toBe(true)
    expect(matchesAccelerator('Esc', press('Escape'), 'other')).toBe(true)
  })

  it('reads a digit key as its digit when Shift or Option turn it into a symbol', () => {
    const shifted = press('!', { ctrlKey: true, altKey: true, shiftKey: true, code: 'Digit1' })
    expect(matchesAccelerator('CmdOrCtrl+Alt+Shift+1', shifted, 'other')).toBe(true)
    const onMac = press('⁄', { metaKey: true, altKey: true, shiftKey: true, code: 'Digit1' })
    expect(matchesAccelerator('CmdOrCtrl+Alt+Shift+1', onMac, 'mac')).toBe(true)
    expect(matchesAccelerator('CmdOrCtrl+Alt+Shift+2', shifted, 'other')).toBe(false)
  })

  it('trusts the letter a key types, not where it sits, so other layouts keep their shortcuts', () => {
    // On Dvorak the key where QWERTY has N types "b".
    const dvorakB = press('B', { ctrlKey: true, shiftKey: true, code: 'KeyN' })
    expect(matchesAccelerator('CmdOrCtrl+Shift+N', dvorakB, 'other')).toBe(false)
  })

  it('refuses a modifier it does not know', () => {
    expect(() => matchesAccelerator('Hyper+K', press('k'), 'other')).toThrow(/Hyper/)
  })
})

describe('acceleratorLabel', () => {
  it('writes shortcuts the way each platform shows them', () => {
    expect(acceleratorLabel('CmdOrCtrl+Shift+L', 'other')).toBe('Ctrl+Shift+L')
    expect(acceleratorLabel('CmdOrCtrl+Shift+L', 'mac')).toBe('⌘⇧L')
    expect(acceleratorLabel('CmdOrCtrl+o', 'mac')).toBe('⌘O')
    expect(acceleratorLabel('Shift+F8', 'other')).toBe('Shift+F8')
  })
})

describe('KEYMAP', () => {
  it('has a valid accelerator for every command, and no shortcut twice', () => {
    const accelerators = Object.values(KEYMAP).map(({ accelerator }) => accelerator)
    for (const accelerator of accelerators) {
      expect(() => acceleratorLabel(accelerator, 'other')).not.toThrow()
    }
    expect(new Set(accelerators).size).toBe(accelerators.length)
  })

  it('flags a selection with keys the editor does not use for headings', () => {
    const headingShortcuts = [1, 2, 3, 4].map((level) =>
      press(String(level), { ctrlKey: true, altKey: true, code: `Digit${level}` }),
    )
    for (const kind of MANUAL_FLAG_KINDS) {
      const { accelerator } = KEYMAP[manualFlagCommand(kind)]
      for (const heading of headingShortcuts) {
        expect(matchesAccelerator(accelerator, heading, 'other')).toBe(false)
      }
    }
  })
})
