import { request } from 'node:http'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BrowserHost } from '../../../src/main/browser/browserHost'
import { MAX_REQUEST_BYTES, startBrowserHost } from '../../../src/main/browser/browserHost'
import {
  MAX_IMPORT_BASE64_LENGTH,
  MAX_PASTE_CHARACTERS,
} from '../../../src/shared/import/importLimits'
import type { TestWorkspace } from '../support/testWorkspace'
import { openTestWorkspace } from '../support/testWorkspace'

interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/** node:http rather than fetch, so tests can send the Host and Origin a hostile page would. */
function send(
  host: BrowserHost,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${host.port}`, ...options.headers },
      },
      (response) => {
        let body = ''
        response.on('data', (chunk: Buffer) => (body += chunk.toString()))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        )
      },
    )
    outgoing.on('error', reject)
    outgoing.end(options.body)
  })
}

function apiRequest(
  host: BrowserHost,
  channel: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return send(host, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', 'x-copydesk-token': host.token, ...headers },
    body: JSON.stringify(body),
  })
}

/** The session cookie (name=value) the host sets when the page is opened with the token. */
async function sessionCookie(host: BrowserHost): Promise<string> {
  const response = await send(host, { path: `/?token=${host.token}` })
  return String(response.headers['set-cookie']).split(';')[0] ?? ''
}

describe('the browser-mode host', () => {
  let workspace: TestWorkspace
  let host: BrowserHost

  beforeEach(async () => {
    workspace = await openTestWorkspace()
    const rendererDir = join(workspace.dataDir, 'renderer-fixture')
    await mkdir(join(rendererDir, 'assets'), { recursive: true })
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Copydesk</title>')
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log("app")')
    await writeFile(join(rendererDir, 'assets', 'page.html'), '<title>Copydesk</title>')
    host = await startBrowserHost({ context: workspace.context, rendererDir, port: 0 })
  })

  afterEach(async () => {
    await host.close()
    await workspace.close()
  })

  it('prints a loopback URL that carries the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`)
    expect(host.token.length).toBeGreaterThanOrEqual(40)
  })

  it('serves the app to a browser with the token, with a strict CSP', async () => {
    const response = await send(host, { path: `/?token=${host.token}` })
    expect(response.status).toBe(200)
    expect(response.body).toContain('<title>Copydesk</title>')
    expect(response.headers['content-security-policy']).toContain("script-src 'self'")
    expect(response.headers['content-security-policy']).not.toContain('unsafe-eval')
  })

  it('refuses the page without the token', async () => {
    expect((await send(host, { path: '/' })).status).toBe(401)
    expect((await send(host, { path: '/?token=wrong' })).status).toBe(401)
  })

  it('answers the token with an HttpOnly, SameSite=Strict session cookie', async () => {
    const response = await send(host, { path: `/?token=${host.token}` })
    const cookie = String(response.headers['set-cookie'])
    expect(cookie).toMatch(new RegExp(`^copydesk-session-${host.port}=[\\w-]{40,};`))
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    expect(cookie).not.toContain(host.token)
  })

  it('serves the page again to the session cookie alone, as a reload does', async () => {
    const cookie = await sessionCookie(host)
    const reload = await send(host, { path: '/', headers: { cookie } })
    expect(reload.status).toBe(200)
    expect(reload.body).toContain('<title>Copydesk</title>')
    const forged = cookie.replace(/=.*/, `=${'x'.repeat(43)}`)
    expect((await send(host, { path: '/', headers: { cookie: forged } })).status).toBe(401)
  })

  it('refuses the page without the token or session whatever the path spelling', async () => {
    const cookie = await sessionCookie(host)
    for (const path of ['/index', '/index.html', '/index.html/', '/%69ndex.html', '//index.html']) {
      expect((await send(host, { path })).status, path).toBe(401)
      expect((await send(host, { path, headers: { cookie } })).status, path).toBe(200)
    }
  })

  it('answers an API request from its own page that presents the session cookie', async () => {
    const cookie = await sessionCookie(host)
    const response = await apiRequest(
      host,
      'listReviews',
      {},
      { 'x-copydesk-token': '', cookie, origin: `http://127.0.0.1:${host.port}` },
    )
    expect(response.status).toBe(200)
  })

  it('refuses a cookie-only API request that does not say where it comes from', async () => {
    const cookie = await sessionCookie(host)
    const response = await apiRequest(host, 'listReviews', {}, { 'x-copydesk-token': '', cookie })
    expect(response.status).toBe(401)
  })

  it('refuses an API request with the session cookie from another origin', async () => {
    const cookie = await sessionCookie(host)
    const response = await apiRequest(
      host,
      'listReviews',
      {},
      { 'x-copydesk-token': '', cookie, origin: 'https://evil.example' },
    )
    expect(response.status).toBe(403)
  })

  it('serves a built asset however its path is spelled, and nothing else', async () => {
    expect((await send(host, { path: '/assets/%61pp.js' })).status).toBe(200)
    expect((await send(host, { path: '/assets/../assets/app.js' })).status).toBe(200)
    expect((await send(host, { path: '/assets/missing.js' })).status).toBe(404)
    expect((await send(host, { path: '/assets/%E0%A4%A.js' })).status).toBe(400)
  })

  it('serves the page to no spelling of its path without the token', async () => {
    for (const path of [
      '/index',
      '/index.html/',
      '/%69ndex.html',
      '/INDEX.HTML',
      '/./index.html',
      '/assets/../index.html',
      '/assets/%2e%2e/index.html',
      '/assets/..%2findex.html',
      '//index.html',
      '/assets/',
      '/assets/page.html',
    ]) {
      const response = await send(host, { path })
      expect(response.body, path).not.toContain('<title>Copydesk</title>')
      expect(response.status, path).toBeGreaterThanOrEqual(400)
    }
  })

  it('serves the built assets', async () => {
    const response = await send(host, { path: '/assets/app.js' })
    expect(response.status).toBe(200)
    expect(response.headers['x-content-type-options']).toBe('nosniff')
  })

  it('answers an API request that presents the token', async () => {
    const response = await apiRequest(host, 'listReviews', {})
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toEqual({ ok: true, value: [] })
  })

  it('refuses an API request without the token or with a wrong one', async () => {
    for (const token of ['', 'x'.repeat(43)]) {
      const response = await apiRequest(host, 'listReviews', {}, { 'x-copydesk-token': token })
      expect(response.status).toBe(401)
      expect(JSON.parse(response.body)).toMatchObject({
        ok: false,
        error: { code: 'unauthorised' },
      })
    }
  })

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const response = await apiRequest(
      host,
      'listReviews',
      {},
      { host: `evil.example:${host.port}` },
    )
    expect(response.status).toBe(403)
  })

  it('refuses requests from another origin', async () => {
    const response = await apiRequest(host, 'listReviews', {}, { origin: 'https://evil.example' })
    expect(response.status).toBe(403)
  })

  it('accepts its own origin, under either loopback name', async () => {
    const response = await apiRequest(
      host,
      'listReviews',
      {},
      {
        host: `localhost:${host.port}`,
        origin: `http://localhost:${host.port}`,
      },
    )
    expect(response.status).toBe(200)
  })

  it('rejects API calls that are not JSON POSTs', async () => {
    expect((await send(host, { path: '/api/listReviews' })).status).toBe(405)
    const formPost = await send(host, {
      method: 'POST',
      path: '/api/listReviews',
      headers: { 'content-type': 'text/plain', 'x-copydesk-token': host.token },
      body: '{}',
    })
    expect(formPost.status).toBe(415)
    const badJson = await send(host, {
      method: 'POST',
      path: '/api/listReviews',
      headers: { 'content-type': 'application/json', 'x-copydesk-token': host.token },
      body: '{not json',
    })
    expect(badJson.status).toBe(400)
    expect(JSON.parse(badJson.body)).toMatchObject({ ok: false, error: { code: 'invalid-json' } })
  })

  it('passes payload validation errors back as a result, not a crash', async () => {
    const response = await apiRequest(host, 'openReview', { id: 'nope' })
    expect(response.status).toBe(200)
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } })
  })

  it('answers a request over the body limit with 413 and a readable reason', async () => {
    const response = await send(host, {
      method: 'POST',
      path: '/api/importFile',
      headers: { 'content-type': 'application/json', 'x-copydesk-token': host.token },
      body: JSON.stringify({ fileName: 'huge.txt', dataBase64: 'A'.repeat(MAX_REQUEST_BYTES) }),
    })
    expect(response.status).toBe(413)
    expect(JSON.parse(response.body)).toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message: 'The request is larger than Copydesk accepts (drafts of up to 20 MB).',
      },
    })
  })
})

describe('the browser-mode host body limit', () => {
  it('fits the largest file the import channel accepts, with the longest file name', () => {
    const request = JSON.stringify({
      fileName: `${'é'.repeat(1019)}.docx`,
      dataBase64: 'A'.repeat(MAX_IMPORT_BASE64_LENGTH),
    })
    expect(Buffer.byteLength(request, 'utf8')).toBeLessThanOrEqual(MAX_REQUEST_BYTES)
  })

  it('fits the largest paste the channel accepts, even in three-byte characters and quotes', () => {
    const html = `<p title="x">${'€'.repeat(MAX_PASTE_CHARACTERS / 2 - 20)}</p>`
    const text = '"'.repeat(MAX_PASTE_CHARACTERS - html.length)
    expect(html.length + text.length).toBe(MAX_PASTE_CHARACTERS)
    const request = JSON.stringify({ html, text })
    expect(Buffer.byteLength(request, 'utf8')).toBeLessThanOrEqual(MAX_REQUEST_BYTES)
  })
})
