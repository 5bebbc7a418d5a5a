import type {
  ChannelName,
  ChannelResult,
  CopydeskApi,
  CopydeskBridge,
} from '../../shared/api/channels'
import { channelNames } from '../../shared/api/channels'

const TOKEN_STORAGE_KEY = 'copydesk.token'
/** Browsers refuse keepalive requests with larger bodies; those are sent as normal requests. */
const KEEPALIVE_BODY_LIMIT = 60_000

/** An error the main process (or the browser-mode host) reported for one API call. */
export class CopydeskApiError extends Error {
  readonly code: string

  constructor(code: string, message: string) {
    super(message)
    this.name = 'CopydeskApiError'
    this.code = code
  }
}

export function unwrapChannelResult<Output>(result: ChannelResult<Output>): Output {
  if (result.ok) return result.value
  throw new CopydeskApiError(result.error.code, result.error.message)
}

/** The Electron preload bridge when present, otherwise an HTTP bridge to the browser-mode host. */
export function connectToCopydesk(): CopydeskBridge {
  if (window.copydesk) return window.copydesk
  return createHttpBridge(takeBrowserToken())
}

/**
 * The host opens the page with `?token=…`. The token is kept for this tab only and removed
 * from the address bar so it does not end up in history or bookmarks. Without it (a new tab
 * opened by reload or from history) the requests rely on the session cookie the host set
 * when it first served the page.
 */
function takeBrowserToken(): string | null {
  const url = new URL(window.location.href)
  const tokenFromUrl = url.searchParams.get('token')
  if (tokenFromUrl) {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, tokenFromUrl)
    url.searchParams.delete('token')
    history.replaceState(history.state, '', url.pathname + url.search + url.hash)
    return tokenFromUrl
  }
  return sessionStorage.getItem(TOKEN_STORAGE_KEY)
}

function createHttpBridge(token: string | null): CopydeskBridge {
  const callChannel = async (name: ChannelName, input: unknown): Promise<unknown> => {
    const body = JSON.stringify(input ?? {})
    let response: Response
    try {
      response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { 'x-copydesk-token': token } : {}),
        },
        body,
        keepalive: body.length < KEEPALIVE_BODY_LIMIT,
      })
    } catch {
      throw new CopydeskApiError(
        'unreachable',
        'Copydesk could not reach its local host. Check that it is still running.',
      )
    }
    let result: ChannelResult<unknown>
    try {
      result = (await response.json()) as ChannelResult<unknown>
    } catch {
      throw new CopydeskApiError(
        `http_${response.status}`,
        `The Copydesk host answered ${response.status} ${response.statusText}`.trim(),
      )
    }
    return unwrapChannelResult(result)
  }

  const api = Object.fromEntries(
    channelNames.map((name) => [name, (input: unknown) => callChannel(name, input)]),
  ) as CopydeskApi

  return {
    api,
    onCommand: () => () => undefined,
    flushed: () => undefined,
  }
}
