import { beforeEach, describe, expect, it, vi } from 'vitest'

const openExternal = vi.hoisted(() => vi.fn(async (_url: string) => undefined))
vi.mock('electron', () => ({ shell: { openExternal } }))

const { openExternalLink } = await import('../../../src/main/window/openExternalLink')
const { invokeChannel } = await import('../../../src/main/api/invokeChannel')
const { openTestWorkspace } = await import('../support/testWorkspace')

describe('openExternalLink', () => {
  beforeEach(() => openExternal.mockClear())

  it('opens a mailto link with the system (its mail client) instead of dropping it', async () => {
    await openExternalLink('mailto:desk@example.org?subject=Draft')
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('mailto:desk@example.org?subject=Draft')
  })

  it('opens web links as the URL parser writes them', async () => {
    await openExternalLink('HTTPS://Example.org/a b')
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://example.org/a%20b')
  })

  it('refuses any other protocol with an error and never calls the system', async () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://server/x', 'no url']) {
      await expect(openExternalLink(url)).rejects.toThrow(/only opens web .* and email/)
    }
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('is what the openExternalLink channel uses: a mailto link from a draft reaches the system', async () => {
    const workspace = await openTestWorkspace()
    try {
      workspace.context.openExternalLink = openExternalLink
      const result = await invokeChannel(
        'openExternalLink',
        { url: 'mailto:desk@example.org' },
        workspace.context,
      )
      expect(result).toEqual({ ok: true, value: null })
      expect(openExternal).toHaveBeenCalledExactlyOnceWith('mailto:desk@example.org')
    } finally {
      await workspace.close()
    }
  })
})
