const ALLOWED_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** Links in a draft may only point at http(s) pages or mail addresses. */
export function isAllowedLinkUrl(url: string): boolean {
  try {
    return ALLOWED_LINK_PROTOCOLS.has(new URL(url.trim()).protocol)
  } catch {
    return false
  }
}
