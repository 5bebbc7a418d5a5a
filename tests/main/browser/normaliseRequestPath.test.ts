import { describe, expect, it } from 'vitest'
import { normaliseRequestPath } from '../../../src/main/browser/normaliseRequestPath'

describe('normaliseRequestPath', () => {
  it('spells the page one way however the request spells it', () => {
    for (const spelling of ['/index.html', '/index.html/', '/%69ndex.html', '//index.html']) {
      expect(normaliseRequestPath(spelling)).toBe('/index.html')
    }
  })

  it('drops the query and resolves dot segments without leaving the root', () => {
    expect(normaliseRequestPath('/assets/./x/../app.js?token=abc')).toBe('/assets/app.js')
    expect(normaliseRequestPath('/../../etc/passwd')).toBe('/etc/passwd')
    expect(normaliseRequestPath('/%2e%2e/index.html')).toBe('/index.html')
  })

  it('refuses paths that cannot be decoded or carry a backslash or NUL', () => {
    expect(normaliseRequestPath('/%E0%A4%A')).toBeNull()
    expect(normaliseRequestPath('/assets%5C..%5Cindex.html')).toBeNull()
    expect(normaliseRequestPath('/index.html%00')).toBeNull()
  })
})
