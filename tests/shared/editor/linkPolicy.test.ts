import { describe, expect, it } from 'vitest'
import { channels } from '../../../src/shared/api/channels'
import {
  ALLOWED_LINK_PROTOCOLS,
  ALLOWED_LINKS_DESCRIPTION,
  allowedLink,
  isAllowedLinkUrl,
} from '../../../src/shared/editor/linkPolicy'

const REFUSED = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'smb://server/share',
  'ftp://example.org/file',
  'not a url',
]

describe('the link policy', () => {
  it('opens web links in the system browser and mail links in the mail client', () => {
    expect(allowedLink('https://example.org/study')).toEqual({
      url: 'https://example.org/study',
      protocol: 'https',
      opensIn: 'system browser',
    })
    expect(allowedLink('http://example.org/')?.opensIn).toBe('system browser')
    expect(allowedLink('mailto:desk@example.org')).toEqual({
      url: 'mailto:desk@example.org',
      protocol: 'mailto',
      opensIn: 'mail client',
    })
  })

  it('normalises what it allows with the URL parser', () => {
    expect(allowedLink('  HTTPS://Example.org/a b ')?.url).toBe('https://example.org/a%20b')
  })

  it('refuses every other protocol and anything that is not a URL', () => {
    for (const url of REFUSED) {
      expect(allowedLink(url)).toBeNull()
      expect(isAllowedLinkUrl(url)).toBe(false)
    }
  })

  it('names every allowed protocol in the message users see', () => {
    for (const protocol of ALLOWED_LINK_PROTOCOLS) {
      expect(ALLOWED_LINKS_DESCRIPTION).toContain(protocol)
    }
  })

  it('is the rule the openExternalLink channel validates with', () => {
    const input = channels.openExternalLink.input
    for (const protocol of ALLOWED_LINK_PROTOCOLS) {
      const url = protocol === 'mailto' ? 'mailto:desk@example.org' : `${protocol}://example.org/`
      expect(input.safeParse({ url }).success).toBe(true)
    }
    for (const url of REFUSED) expect(input.safeParse({ url }).success).toBe(false)
  })
})
