import type { CopydeskBridge } from '../shared/api/channels'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode, where the HTTP client stands in. */
    copydesk?: CopydeskBridge
  }
}

export {}
