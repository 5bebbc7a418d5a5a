import { shell } from 'electron'
import { externalUrlToOpen } from './externalLinkPolicy'

/** The app's only way out to the system: http(s) URLs, re-parsed here whatever the caller checked. */
export async function openInSystemBrowser(rawUrl: string): Promise<void> {
  const url = externalUrlToOpen(rawUrl)
  if (url !== null) await shell.openExternal(url)
}
