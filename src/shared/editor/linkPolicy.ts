export type LinkDestination = 'system browser' | 'mail client'

/**
 * The link policy: the only protocols a link in a draft may use, and where each one opens when
 * the reviewer follows it. The sanitiser, the editor's link mark, the link popover, the API's
 * `openExternalLink` schema and the main process's single `shell.openExternal` call all read
 * this table.
 */
export const LINK_DESTINATIONS = {
  http: 'system browser',
  https: 'system browser',
  mailto: 'mail client',
} as const satisfies Record<string, LinkDestination>

export type LinkProtocol = keyof typeof LINK_DESTINATIONS

/** The allowed protocols without the colon, as the importers and TipTap take them. */
export const ALLOWED_LINK_PROTOCOLS: readonly LinkProtocol[] = Object.keys(
  LINK_DESTINATIONS,
) as LinkProtocol[]

/** Matches an allowed protocol without the colon, as zod's `z.url({ protocol })` tests it. */
export const ALLOWED_LINK_PROTOCOL_PATTERN = new RegExp(`^(${ALLOWED_LINK_PROTOCOLS.join('|')})$`)

/**
 * The `rel` every link in a draft carries, whatever it had: a link followed from a draft (or
 * from an export of it) must not give the page it opens a handle on Copydesk or say where it
 * came from.
 */
export const DRAFT_LINK_REL = 'noopener noreferrer nofollow'

/** For messages: "Copydesk only opens …". */
export const ALLOWED_LINKS_DESCRIPTION = 'web (http, https) and email (mailto) links'

export interface AllowedLink {
  /** The URL as the URL parser writes it back: what is opened, whatever was typed. */
  url: string
  protocol: LinkProtocol
  opensIn: LinkDestination
}

function isLinkProtocol(protocol: string): protocol is LinkProtocol {
  return Object.hasOwn(LINK_DESTINATIONS, protocol)
}

/** The link and where it opens, or null when the policy does not allow it (or it is no URL). */
export function allowedLink(rawUrl: string): AllowedLink | null {
  let url: URL
  try {
    url = new URL(rawUrl.trim())
  } catch {
    return null
  }
  const protocol = url.protocol.slice(0, -1)
  if (!isLinkProtocol(protocol)) return null
  return { url: url.toString(), protocol, opensIn: LINK_DESTINATIONS[protocol] }
}

/** Links in a draft may only point at http(s) pages or mail addresses. */
export function isAllowedLinkUrl(url: string): boolean {
  return allowedLink(url) !== null
}

/** A web page address (http or https): what a claim's source may link to. */
export function isWebLink(url: string): boolean {
  return allowedLink(url)?.opensIn === 'system browser'
}
