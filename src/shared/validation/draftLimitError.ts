import { describeDraftLimit, type DraftLimit } from './draftLimits'

/** Thrown by code that measures a draft while it builds or reads it, as soon as it is over a limit. */
export class DraftLimitError extends Error {
  readonly limit: DraftLimit

  constructor(limit: DraftLimit) {
    super(describeDraftLimit(limit))
    this.name = 'DraftLimitError'
    this.limit = limit
  }
}
