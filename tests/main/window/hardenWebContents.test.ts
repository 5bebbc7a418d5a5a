import type { WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { externalUrlToOpen } from '../../../src/main/window/externalLinkPolicy'
import { hardenWebContents } from '../../../src/main/window/hardenWebContents'

function fakeWebContents() {
  const listeners = new Map<string, (event: { preventDefault: () => void }) => void>()
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  const contents = {
    on: (event: string, listener: (event: { preventDefault: () => void }) => void) =>
      listeners.set(event, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
      windowOpenHandler = handler
    },
  }
  return {
    contents: contents as unknown as WebContents,
    emit(event: string) {
      const preventDefault = vi.fn()
      listeners.get(event)?.({ preventDefault })
      return preventDefault
    },
    openWindow: (url: string) => windowOpenHandler?.({ url }),
  }
}

describe('hardenWebContents', () => {
  it('prevents every navigation, redirect and webview', () => {
    const fake = fakeWebContents()
    hardenWebContents(fake.contents, vi.fn())
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(fake.emit(event)).toHaveBeenCalledOnce()
    }
  })

  it('denies new windows and sends http(s) links to the system browser', () => {
    const openInSystemBrowser = vi.fn()
    const fake = fakeWebContents()
    hardenWebContents(fake.contents, openInSystemBrowser)
    expect(fake.openWindow('https://example.org/study')).toEqual({ action: 'deny' })
    expect(openInSystemBrowser).toHaveBeenCalledWith('https://example.org/study')
  })

  it('never hands script, file or custom-scheme links to the system', () => {
    const openInSystemBrowser = vi.fn()
    const fake = fakeWebContents()
    hardenWebContents(fake.contents, openInSystemBrowser)
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://server/share',
      'not a url',
    ]) {
      expect(fake.openWindow(url)).toEqual({ action: 'deny' })
    }
    expect(openInSystemBrowser).not.toHaveBeenCalled()
  })
})

describe('externalUrlToOpen', () => {
  it('normalises http and https URLs with the URL parser', () => {
    expect(externalUrlToOpen('HTTPS://Example.org/a b')).toBe('https://example.org/a%20b')
  })

  it('refuses everything that is not http or https', () => {
    expect(externalUrlToOpen('mailto:desk@example.org')).toBeNull()
    expect(externalUrlToOpen('data:text/html,<script>alert(1)</script>')).toBeNull()
  })
})
