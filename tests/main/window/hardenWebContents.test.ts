import type { WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
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

  it('denies new windows and hands web and mail links, normalised, to openExternalLink', () => {
    const openExternalLink = vi.fn()
    const fake = fakeWebContents()
    hardenWebContents(fake.contents, openExternalLink)
    expect(fake.openWindow('https://example.org/study')).toEqual({ action: 'deny' })
    expect(fake.openWindow('HTTP://Example.org/a b')).toEqual({ action: 'deny' })
    expect(fake.openWindow('mailto:desk@example.org')).toEqual({ action: 'deny' })
    expect(openExternalLink.mock.calls).toEqual([
      ['https://example.org/study'],
      ['http://example.org/a%20b'],
      ['mailto:desk@example.org'],
    ])
  })

  it('never hands script, file or custom-scheme links to the system', () => {
    const openExternalLink = vi.fn()
    const fake = fakeWebContents()
    hardenWebContents(fake.contents, openExternalLink)
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'smb://server/share',
      'not a url',
    ]) {
      expect(fake.openWindow(url)).toEqual({ action: 'deny' })
    }
    expect(openExternalLink).not.toHaveBeenCalled()
  })
})
