import type { KeyboardPlatform } from '../../shared/accelerator'

/** This window's platform, for shortcuts: Command on Apple devices, Control elsewhere. */
export const keyboardPlatform: KeyboardPlatform =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? 'mac' : 'other'
