import { useCallback, useEffect, useState } from 'react'
import type { CopydeskApi } from '../../shared/api/channels'
import {
  isColorSchemePreference,
  type ColorSchemePreference,
} from '../../shared/appearance/colorScheme'

const STORAGE_KEY = 'copydesk.colorScheme'
const DARK_QUERY = '(prefers-color-scheme: dark)'

function storedPreference(): ColorSchemePreference {
  try {
    const stored = localStorage.getItem(STORAGE_KEY)
    return isColorSchemePreference(stored) ? stored : 'system'
  } catch {
    return 'system'
  }
}

/**
 * The colour scheme: the reviewer's choice (View › Appearance), remembered on this computer,
 * applied as `data-theme` on the root element; "Follow System" tracks the system setting live.
 * Electron is told too, so its title bar and dialogs match.
 */
export function useColorScheme(api: CopydeskApi): (preference: ColorSchemePreference) => void {
  const [preference, setPreference] = useState(storedPreference)

  useEffect(() => {
    const systemScheme = window.matchMedia(DARK_QUERY)
    const apply = () => {
      const dark = preference === 'dark' || (preference === 'system' && systemScheme.matches)
      document.documentElement.dataset.theme = dark ? 'dark' : 'light'
    }
    apply()
    systemScheme.addEventListener('change', apply)
    return () => systemScheme.removeEventListener('change', apply)
  }, [preference])

  useEffect(() => {
    // A failure only leaves the native parts on the system setting; the page is already right.
    api.setColorScheme({ scheme: preference }).catch(() => undefined)
  }, [api, preference])

  return useCallback((next: ColorSchemePreference) => {
    try {
      localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Not remembered; the choice still applies now.
    }
    setPreference(next)
  }, [])
}
