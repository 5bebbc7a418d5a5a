import type { Session, WebContents } from 'electron'
import { allowedLink } from '../../shared/editor/linkPolicy'

/** Deny every permission request (camera, notifications, geolocation, …): the app needs none. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/**
 * The renderer never navigates and never opens windows: links the link policy allows go to
 * `openExternalLink` (system browser or mail client) and everything else is refused.
 */
export function hardenWebContents(
  contents: WebContents,
  openExternalLink: (url: string) => void,
): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    const link = allowedLink(url)
    if (link !== null) openExternalLink(link.url)
    return { action: 'deny' }
  })
}
