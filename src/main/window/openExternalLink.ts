import { shell } from 'electron'
import { ALLOWED_LINKS_DESCRIPTION, allowedLink } from '../../shared/editor/linkPolicy'

/**
 * The app's only way out to the system, and its only `shell.openExternal` call: the URL is
 * re-parsed against the link policy here, whatever the caller checked. Web links open in the
 * system browser and mailto links in the mail client (both through `openExternal`); anything
 * else is refused with an error, never dropped silently.
 */
export async function openExternalLink(rawUrl: string): Promise<void> {
  const link = allowedLink(rawUrl)
  if (link === null) throw new Error(`Copydesk only opens ${ALLOWED_LINKS_DESCRIPTION}.`)
  await shell.openExternal(link.url)
}
