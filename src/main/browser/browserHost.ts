import { randomBytes } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, relative, sep } from 'node:path'
import sirv from 'sirv'
import {
  IMPORT_SIZE_LIMIT,
  MAX_IMPORT_BASE64_LENGTH,
  MAX_PASTE_CHARACTERS,
} from '../../shared/import/importLimits'
import type { ApiContext } from '../api/apiContext'
import { invokeChannel } from '../api/invokeChannel'
import { CONTENT_SECURITY_POLICY } from '../window/contentSecurityPolicy'
import { createBrowserSession, secretsMatch } from './browserSession'
import { normaliseRequestPath } from './normaliseRequestPath'

export interface BrowserHostOptions {
  context: ApiContext
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** 0 picks a free port. */
  port: number
  token?: string
}

export interface BrowserHost {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

const LOOPBACK_ADDRESS = '127.0.0.1'
/** UTF-8 takes at most 3 bytes per UTF-16 code unit, and so do JSON's two-character escapes. */
const MAX_JSON_BYTES_PER_CODE_UNIT = 3
/** The rest of a request: property names, quotes and a file name of up to 1024 characters. */
const REQUEST_ENVELOPE_BYTES = 64 * 1024

/**
 * The largest API request body the host reads, derived from the import limits: a file of the
 * largest size as base64, or a paste of the largest size as UTF-8 JSON. (A paste full of
 * control characters, which JSON writes as six-byte escapes, can exceed it and is refused.)
 */
export const MAX_REQUEST_BYTES =
  Math.max(MAX_IMPORT_BASE64_LENGTH, MAX_PASTE_CHARACTERS * MAX_JSON_BYTES_PER_CODE_UNIT) +
  REQUEST_ENVELOPE_BYTES
const TOKEN_HEADER = 'x-copydesk-token'
/** Every spelling of the page itself; whatever the spelling, it needs the token or the session. */
const APP_PAGE_PATHS = new Set(['/', '/index', '/index.html'])

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

/**
 * Serves the built renderer and answers `POST /api/<channel>` on 127.0.0.1 only, for a
 * browser that presents the per-launch token. The page answers the token with a session
 * cookie, so a reload or a new tab keeps working without the token in the address bar.
 * Host and Origin are checked so that other sites (DNS rebinding, cross-origin forms) cannot
 * reach the API.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('base64url')
  const indexHtml = await readFile(join(options.rendererDir, 'index.html'), 'utf8')
  const staticFiles = await listStaticFiles(options.rendererDir)
  const serveStatic = sirv(options.rendererDir, {
    dev: false,
    etag: true,
    setHeaders: (response) => setHeaders(response, SECURITY_HEADERS),
  })
  let allowedHosts = new Set<string>()
  let session = createBrowserSession(0)

  const server = createServer((request, response) => {
    setHeaders(response, SECURITY_HEADERS)
    const host = request.headers.host ?? ''
    if (!allowedHosts.has(host)) return sendText(response, 403, 'Forbidden host.')
    const origin = request.headers.origin
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return sendText(response, 403, 'Forbidden origin.')
    }
    const path = normaliseRequestPath(request.url ?? '/')
    if (path === null) return sendText(response, 400, 'Bad request path.')
    if (path.startsWith('/api/')) {
      void answerApiRequest(request, response, path.slice('/api/'.length))
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendText(response, 405, 'Method not allowed.')
    }
    if (APP_PAGE_PATHS.has(path)) {
      const query = new URLSearchParams((request.url ?? '').split('?')[1] ?? '')
      if (!secretsMatch(query.get('token'), token) && !session.presentsCookie(request)) {
        return sendText(
          response,
          401,
          'Open Copydesk with the full address it printed when it started (it includes a token).',
        )
      }
      response.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Set-Cookie': session.cookie,
      })
      response.end(indexHtml)
      return
    }
    if (!staticFiles.has(path)) return sendText(response, 404, 'Not found.')
    request.url = encodeURI(path)
    serveStatic(request, response, () => sendText(response, 404, 'Not found.'))
  })

  async function answerApiRequest(
    request: IncomingMessage,
    response: ServerResponse,
    channelName: string,
  ): Promise<void> {
    response.setHeader('Cache-Control', 'no-store')
    if (request.method !== 'POST') return sendText(response, 405, 'Use POST for API requests.')
    if (!presentsApiCredentials(request)) {
      return sendJson(response, 401, {
        ok: false,
        error: {
          code: 'unauthorised',
          message:
            'Missing or wrong Copydesk token. Open the address Copydesk printed when it started.',
        },
      })
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, {
        ok: false,
        error: { code: 'unsupported-media-type', message: 'API requests must be JSON.' },
      })
    }
    let payload: unknown
    try {
      payload = JSON.parse(await readBody(request, MAX_REQUEST_BYTES))
    } catch (error) {
      const tooLarge = error instanceof RequestTooLargeError
      if (tooLarge) response.setHeader('Connection', 'close')
      return sendJson(response, tooLarge ? 413 : 400, {
        ok: false,
        error: tooLarge
          ? {
              code: 'too-large',
              message: `The request is larger than Copydesk accepts (drafts of up to ${IMPORT_SIZE_LIMIT}).`,
            }
          : { code: 'invalid-json', message: 'The request body is not valid JSON.' },
      })
    }
    sendJson(response, 200, await invokeChannel(channelName, payload, options.context))
  }

  /**
   * The token header, or the session cookie on a request that says where it comes from: fetch
   * always sends Origin with a POST, so a cookie-only request without one is not the app's.
   */
  function presentsApiCredentials(request: IncomingMessage): boolean {
    const presented = request.headers[TOKEN_HEADER]
    if (secretsMatch(typeof presented === 'string' ? presented : null, token)) return true
    return request.headers.origin !== undefined && session.presentsCookie(request)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, LOOPBACK_ADDRESS, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  allowedHosts = new Set([`${LOOPBACK_ADDRESS}:${port}`, `localhost:${port}`])
  session = createBrowserSession(port)

  return {
    url: `http://${LOOPBACK_ADDRESS}:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** The URL paths of the built files other than HTML pages, which are served only behind the token. */
async function listStaticFiles(rendererDir: string): Promise<Set<string>> {
  const entries = await readdir(rendererDir, { recursive: true, withFileTypes: true })
  const paths = entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(rendererDir, join(entry.parentPath, entry.name)))
    .map((filePath) => `/${filePath.split(sep).join('/')}`)
  // No HTML file is served as a file: the page is HTML, and it is served only behind the token.
  return new Set(paths.filter((path) => !/\.html?$/i.test(path)))
}

class RequestTooLargeError extends Error {}

/**
 * The body as text, up to `limit` bytes. Past the limit the rest is read and thrown away rather
 * than the connection cut, so the client still receives the 413 answer.
 */
function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let received = 0
    const collect = (chunk: Buffer) => {
      received += chunk.length
      if (received > limit) {
        request.off('data', collect)
        chunks.length = 0
        request.resume()
        reject(new RequestTooLargeError())
        return
      }
      chunks.push(chunk)
    }
    request.on('data', collect)
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

function setHeaders(response: ServerResponse, headers: Record<string, string>): void {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' })
  response.end(text)
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
  response.end(JSON.stringify(body))
}
