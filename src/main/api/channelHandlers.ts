import type { ChannelName, ChannelOutput, ParsedChannelInput } from '../../shared/api/channels'
import type { ApiContext } from './apiContext'
import { appHandlers } from './appHandlers'
import { dictionaryHandlers } from './dictionaryHandlers'
import { importHandlers } from './importHandlers'
import { reportHandlers } from './reportHandlers'
import { reviewHandlers } from './reviewHandlers'
import { reviewerHandlers } from './reviewerHandlers'

export type ChannelHandler<Name extends ChannelName> = (
  input: ParsedChannelInput<Name>,
  context: ApiContext,
) => Promise<ChannelOutput<Name>>

export type ChannelHandlers = { [Name in ChannelName]: ChannelHandler<Name> }

/** Every channel's handler; the type makes a missing or extra handler a compile error. */
export const channelHandlers: ChannelHandlers = {
  ...appHandlers,
  ...reviewHandlers,
  ...reviewerHandlers,
  ...importHandlers,
  ...dictionaryHandlers,
  ...reportHandlers,
}
