import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export interface BrowserSession {
  /** The `Set-Cookie` value that lets this browser in again after a reload or in a new tab. */
  readonly cookie: string
  /** Whether the request carries this launch's session cookie. */
  presentsCookie(request: IncomingMessage): boolean
}

/**
 * The session a browser gets once it has presented the launch token: an HttpOnly,
 * SameSite=Strict cookie that page scripts cannot read and other sites cannot make the browser
 * send. Browsers share cookies between the ports of one host, so the name carries the port to
 * keep two hosts on one machine from overwriting each other's session.
 */
export function createBrowserSession(port: number): BrowserSession {
  const name = `copydesk-session-${port}`
  const secret = randomBytes(32).toString('base64url')
  return {
    cookie: `${name}=${secret}; HttpOnly; SameSite=Strict; Path=/`,
    presentsCookie: (request) => secretsMatch(readCookie(request, name), secret),
  }
}

export function secretsMatch(presented: string | null, expected: string): boolean {
  if (presented === null) return false
  const presentedBytes = Buffer.from(presented)
  const expectedBytes = Buffer.from(expected)
  return (
    presentedBytes.length === expectedBytes.length && timingSafeEqual(presentedBytes, expectedBytes)
  )
}

function readCookie(request: IncomingMessage, name: string): string | null {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const separator = pair.indexOf('=')
    if (separator !== -1 && pair.slice(0, separator).trim() === name) {
      return pair.slice(separator + 1).trim()
    }
  }
  return null
}
