import type { Session, WebContents } from 'electron'
import { externalUrlToOpen } from './externalLinkPolicy'

/** Deny every permission request (camera, notifications, geolocation, …): the app needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/**
 * The renderer never navigates and never opens windows: in-app links go to the system
 * browser (http/https only) and everything else is refused.
 */
export function hardenWebContents(
  contents: WebContents,
  openInSystemBrowser: (url: string) => void,
): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url)
    if (external) openInSystemBrowser(external)
    return { action: 'deny' }
  })
}
