import type { ParsedChannelInput, SavedReview } from '../../shared/api/channels'

/** What one content save sends: the draft and where its stored flags are now. */
export type ReviewSnapshot = ParsedChannelInput<'saveContent'>

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }

interface AutosaveOptions {
  save: (snapshot: ReviewSnapshot) => Promise<SavedReview>
  takeSnapshot: () => ReviewSnapshot
  onStateChange: (state: SaveState) => void
  delayMilliseconds?: number
}

/**
 * Debounced saving of one review. At most one save is in flight; changes that arrive while
 * it runs are saved by a follow-up save. A failed save leaves the review dirty, so the next
 * change (or flush) tries again with the latest snapshot — nothing is dropped.
 */
export class AutosaveController {
  private readonly options: AutosaveOptions
  private readonly delayMilliseconds: number
  private timer: ReturnType<typeof setTimeout> | null = null
  private inFlight: Promise<void> | null = null
  private dirty = false
  private discarded = false
  private state: SaveState

  constructor(options: AutosaveOptions, initialState: SaveState) {
    this.options = options
    this.delayMilliseconds = options.delayMilliseconds ?? 1000
    this.state = initialState
  }

  get currentState(): SaveState {
    return this.state
  }

  notifyChange(): void {
    if (this.discarded) return
    this.dirty = true
    if (this.state.kind !== 'saving') this.setState({ kind: 'unsaved' })
    this.clearTimer()
    this.timer = setTimeout(() => {
      this.timer = null
      void this.flush()
    }, this.delayMilliseconds)
  }

  /** Saves now if anything is unsaved. Resolves true when everything is saved. */
  flush(): Promise<boolean> {
    this.clearTimer()
    if (this.discarded) return Promise.resolve(true)
    if (this.inFlight) {
      return this.inFlight.then(() => (this.dirty ? this.flush() : this.state.kind !== 'failed'))
    }
    if (!this.dirty) return Promise.resolve(this.state.kind !== 'failed')
    const saving = this.saveOnce().finally(() => {
      this.inFlight = null
    })
    this.inFlight = saving
    return saving.then(() => this.state.kind !== 'failed')
  }

  /** Drops pending changes for good, e.g. when the review is deleted. */
  discard(): void {
    this.clearTimer()
    this.dirty = false
    this.discarded = true
  }

  private async saveOnce(): Promise<void> {
    let snapshot: ReviewSnapshot
    try {
      snapshot = this.options.takeSnapshot()
    } catch (error) {
      this.setState({ kind: 'failed', message: describe(error) })
      return
    }
    this.dirty = false
    this.setState({ kind: 'saving' })
    try {
      const saved = await this.options.save(snapshot)
      this.setState(this.dirty ? { kind: 'unsaved' } : { kind: 'saved', at: saved.updatedAt })
    } catch (error) {
      this.dirty = true
      this.setState({ kind: 'failed', message: describe(error) })
    }
  }

  private clearTimer(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer)
      this.timer = null
    }
  }

  private setState(state: SaveState): void {
    // Every keystroke reports a change; telling React "unsaved" again would re-render for nothing.
    if (state.kind === 'unsaved' && this.state.kind === 'unsaved') return
    this.state = state
    this.options.onStateChange(state)
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
