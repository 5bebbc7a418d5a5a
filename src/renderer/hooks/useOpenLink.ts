import { useCallback } from 'react'
import type { AppInfo, CopydeskApi } from '../../shared/api/channels'
import { errorMessage } from '../lib/formatting'

/** Opens a link from the draft: in the system browser under Electron, in a new tab otherwise. */
export function useOpenLink(
  api: CopydeskApi,
  appInfo: AppInfo | null,
  reportError: (message: string) => void,
): (url: string) => void {
  return useCallback(
    (url: string) => {
      if (appInfo?.transport === 'electron') {
        api.openExternalLink({ url }).catch((error: unknown) => {
          reportError(`The link could not be opened: ${errorMessage(error)}`)
        })
      } else {
        window.open(url, '_blank', 'noopener,noreferrer')
      }
    },
    [api, appInfo, reportError],
  )
}
