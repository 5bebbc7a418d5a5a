import { z } from 'zod'
import type { ChannelName, ChannelResult } from '../../shared/api/channels'
import { channels } from '../../shared/api/channels'
import { MAX_NESTING_DEPTH, nestsDeeperThan } from '../../shared/validation/nestingDepth'
import type { ApiContext } from './apiContext'
import type { ChannelHandler } from './channelHandlers'
import { channelHandlers } from './channelHandlers'
import { describeError } from './describeError'

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(channels, name)
}

/**
 * The one entry point both transports use: the payload is `unknown` until the channel's
 * schema has parsed it, and every outcome comes back as a `ChannelResult`.
 */
export async function invokeChannel(
  name: string,
  payload: unknown,
  context: ApiContext,
): Promise<ChannelResult<unknown>> {
  if (!isChannelName(name)) {
    return { ok: false, error: { code: 'unknown-channel', message: `Unknown request “${name}”.` } }
  }
  // Measured iteratively before the recursive schema sees it, which a deep tree would overflow.
  if (nestsDeeperThan(payload, MAX_NESTING_DEPTH)) {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `Invalid request to ${name}: it nests more than ${MAX_NESTING_DEPTH} levels deep (a draft that deep cannot be saved).`,
      },
    }
  }
  const parsed = channels[name].input.safeParse(payload)
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `Invalid request to ${name}: ${z.prettifyError(parsed.error).replaceAll('\n', ' ')}`,
      },
    }
  }
  const handler = channelHandlers[name] as ChannelHandler<ChannelName>
  try {
    return { ok: true, value: await handler(parsed.data as never, context) }
  } catch (error) {
    return { ok: false, error: describeError(error) }
  }
}
