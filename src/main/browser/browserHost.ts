import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import sirv from 'sirv'
import type { ApiContext } from '../api/apiContext'
import { invokeChannel } from '../api/invokeChannel'
import { CONTENT_SECURITY_POLICY } from '../window/contentSecurityPolicy'

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
/** A 20 MB file arrives base64-encoded inside JSON. */
const MAX_REQUEST_BYTES = 28 * 1024 * 1024
const TOKEN_HEADER = 'x-copydesk-token'

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
 * browser that presents the per-launch token. Host and Origin are checked so that other
 * sites (DNS rebinding, cross-origin forms) cannot reach the API.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(32).toString('base64url')
  const indexHtml = await readFile(join(options.rendererDir, 'index.html'), 'utf8')
  const serveStatic = sirv(options.rendererDir, {
    dev: false,
    etag: true,
    setHeaders: (response) => setHeaders(response, SECURITY_HEADERS),
  })
  let allowedHosts = new Set<string>()

  const server = createServer((request, response) => {
    setHeaders(response, SECURITY_HEADERS)
    const host = request.headers.host ?? ''
    if (!allowedHosts.has(host)) return sendText(response, 403, 'Forbidden host.')
    const origin = request.headers.origin
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return sendText(response, 403, 'Forbidden origin.')
    }
    const url = new URL(request.url ?? '/', `http://${host}`)
    if (url.pathname.startsWith('/api/')) {
      void answerApiRequest(request, response, url.pathname.slice('/api/'.length))
      return
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendText(response, 405, 'Method not allowed.')
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      if (!tokensMatch(url.searchParams.get('token'), token)) {
        return sendText(
          response,
          401,
          'Open Copydesk with the full address it printed when it started (it includes a token).',
        )
      }
      response.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      response.end(indexHtml)
      return
    }
    serveStatic(request, response, () => sendText(response, 404, 'Not found.'))
  })

  async function answerApiRequest(
    request: IncomingMessage,
    response: ServerResponse,
    channelName: string,
  ): Promise<void> {
    response.setHeader('Cache-Control', 'no-store')
    if (request.method !== 'POST') return sendText(response, 405, 'Use POST for API requests.')
    const presented = request.headers[TOKEN_HEADER]
    if (!tokensMatch(typeof presented === 'string' ? presented : null, token)) {
      return sendJson(response, 401, {
        ok: false,
        error: { code: 'unauthorised', message: 'Missing or wrong Copydesk token.' },
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
      return sendJson(response, tooLarge ? 413 : 400, {
        ok: false,
        error: tooLarge
          ? { code: 'too-large', message: 'The request is larger than 20 MB of file data.' }
          : { code: 'invalid-json', message: 'The request body is not valid JSON.' },
      })
    }
    sendJson(response, 200, await invokeChannel(channelName, payload, options.context))
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, LOOPBACK_ADDRESS, () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  allowedHosts = new Set([`${LOOPBACK_ADDRESS}:${port}`, `localhost:${port}`])

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

function tokensMatch(presented: string | null, expected: string): boolean {
  if (presented === null) return false
  const presentedBytes = Buffer.from(presented)
  const expectedBytes = Buffer.from(expected)
  return (
    presentedBytes.length === expectedBytes.length && timingSafeEqual(presentedBytes, expectedBytes)
  )
}

class RequestTooLargeError extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let received = 0
    request.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received > limit) {
        reject(new RequestTooLargeError())
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
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
