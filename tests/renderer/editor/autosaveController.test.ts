import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  AutosaveController,
  type ReviewSnapshot,
  type SaveState,
} from '../../../src/renderer/editor/autosaveController'
import type { SavedReview } from '../../../src/shared/api/channels'
import type { ReviewMetadata } from '../../../src/shared/review/reviewSchema'

const metadata: ReviewMetadata = {
  title: 'Evening walks',
  author: '',
  authorRole: '',
  publishedDate: null,
  updatedDate: null,
  imageCredit: '',
}

/** An autosave of a draft whose text the test changes; saves resolve or fail on request. */
function autosaveOf() {
  let text = 'First version.'
  const saved: string[] = []
  const states: SaveState[] = []
  let failNext: Error | null = null
  let savesInFlight: (() => void)[] = []
  let holdSaves = false
  const save = vi.fn(async (snapshot: ReviewSnapshot): Promise<SavedReview> => {
    if (holdSaves) await new Promise<void>((resolve) => savesInFlight.push(resolve))
    if (failNext) {
      const error = failNext
      failNext = null
      throw error
    }
    const paragraph = snapshot.content.content?.[0]?.content?.[0]?.text ?? ''
    saved.push(paragraph)
    return { updatedAt: `saved ${saved.length}`, contentHash: String(saved.length), flags: [] }
  })
  const autosave = new AutosaveController(
    {
      save,
      takeSnapshot: () => ({
        reviewId: 'review-1',
        anchors: [],
        metadata,
        content: {
          type: 'doc',
          content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
        },
      }),
      onStateChange: (state) => states.push(state),
    },
    { kind: 'saved', at: 'opened' },
  )
  return {
    autosave,
    save,
    saved,
    states,
    edit(next: string) {
      text = next
      autosave.notifyChange()
    },
    failNextSave(error: Error) {
      failNext = error
    },
    holdSaves() {
      holdSaves = true
    },
    releaseSaves() {
      holdSaves = false
      for (const release of savesInFlight) release()
      savesInFlight = []
    },
  }
}

describe('AutosaveController', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('saves once, 1 s after the last change, with the latest text', async () => {
    const draft = autosaveOf()
    draft.edit('Second version.')
    await vi.advanceTimersByTimeAsync(600)
    draft.edit('Third version.')
    await vi.advanceTimersByTimeAsync(999)
    expect(draft.save).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(draft.saved).toEqual(['Third version.'])
    expect(draft.autosave.currentState).toEqual({ kind: 'saved', at: 'saved 1' })
  })

  it('reports unsaved once per run of changes, then saving, then saved', async () => {
    const draft = autosaveOf()
    draft.edit('Second version.')
    draft.edit('Third version.')
    await vi.advanceTimersByTimeAsync(1000)
    expect(draft.states).toEqual([
      { kind: 'unsaved' },
      { kind: 'saving' },
      { kind: 'saved', at: 'saved 1' },
    ])
  })

  it('saves at once when flushed, and not again when the timer would have fired', async () => {
    const draft = autosaveOf()
    draft.edit('Second version.')
    await expect(draft.autosave.flush()).resolves.toBe(true)
    expect(draft.saved).toEqual(['Second version.'])
    await vi.advanceTimersByTimeAsync(5000)
    expect(draft.save).toHaveBeenCalledTimes(1)
  })

  it('does not save when nothing changed', async () => {
    const draft = autosaveOf()
    await expect(draft.autosave.flush()).resolves.toBe(true)
    await vi.advanceTimersByTimeAsync(5000)
    expect(draft.save).not.toHaveBeenCalled()
  })

  it('reports a failed save, keeps the change and saves it with the next change', async () => {
    const draft = autosaveOf()
    draft.failNextSave(new Error('the disk is full'))
    draft.edit('Second version.')
    await vi.advanceTimersByTimeAsync(1000)
    expect(draft.autosave.currentState).toEqual({ kind: 'failed', message: 'the disk is full' })
    expect(draft.saved).toEqual([])
    draft.edit('Third version.')
    await vi.advanceTimersByTimeAsync(1000)
    expect(draft.saved).toEqual(['Third version.'])
    expect(draft.autosave.currentState).toEqual({ kind: 'saved', at: 'saved 1' })
  })

  it('retries a failed save when flushed, resolving false while it keeps failing', async () => {
    const draft = autosaveOf()
    draft.failNextSave(new Error('the disk is full'))
    draft.edit('Second version.')
    await expect(draft.autosave.flush()).resolves.toBe(false)
    await expect(draft.autosave.flush()).resolves.toBe(true)
    expect(draft.saved).toEqual(['Second version.'])
  })

  it('saves changes made during a save with a follow-up save when flushed', async () => {
    const draft = autosaveOf()
    draft.holdSaves()
    draft.edit('Second version.')
    const first = draft.autosave.flush()
    draft.edit('Third version.')
    const second = draft.autosave.flush()
    expect(draft.save).toHaveBeenCalledTimes(1)
    draft.releaseSaves()
    await expect(first).resolves.toBe(true)
    await expect(second).resolves.toBe(true)
    expect(draft.saved).toEqual(['Second version.', 'Third version.'])
  })

  it('forgets pending changes once discarded', async () => {
    const draft = autosaveOf()
    draft.edit('Second version.')
    draft.autosave.discard()
    draft.edit('Third version.')
    await expect(draft.autosave.flush()).resolves.toBe(true)
    await vi.advanceTimersByTimeAsync(5000)
    expect(draft.save).not.toHaveBeenCalled()
  })
})
