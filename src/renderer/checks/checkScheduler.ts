import type { EditorState, PluginView } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import type { CheckLanguage } from '../../shared/api/channels'
import type { ReviewFlag } from '../../shared/review/reviewSchema'
import { afterDomSelectionRead } from '../editor/afterDomSelectionRead'
import { allTextblocks, textblocksInRanges, textblockText, type Range } from './changedTextblocks'
import {
  checkMetaTransaction,
  checkPluginKey,
  type CheckedBlock,
  type CheckMeta,
} from './checkPluginState'
import type { CheckWorkerRequest, CheckWorkerResponse } from './checkWorkerProtocol'
import { flagDecoration, type FlagInDocument } from './flagDecoration'
import { flagCardRequested } from './flagCardRequests'
import { flagAt, flagsInState } from './flagQueries'
import { isIgnoredFlag } from './ignoredFlags'

const CHECK_DELAY_MILLISECONDS = 150
const FLAGS_CHANGED_DELAY_MILLISECONDS = 120

type CheckResults = Extract<CheckWorkerResponse, { type: 'results' }>

/** What the scheduler needs of the window's check worker (`CheckService`). */
export interface CheckWorkerConnection {
  post(request: CheckWorkerRequest): void
  requestId(): number
  onResults(listener: (response: CheckResults) => void): () => void
  onLanguageChange(listener: (language: CheckLanguage) => void): () => void
}

export interface CheckSchedulerCallbacks {
  ignoredFlags: () => readonly ReviewFlag[]
  /** All flags, in document order; called at most every ~120 ms, never per keystroke. */
  onFlagsChanged: (flags: FlagInDocument[]) => void
  /** The flag the selection is inside when the reviewer asks for its card; null on leaving it. */
  onSelectionFlag: (flag: FlagInDocument | null) => void
}

/**
 * The worker's answer as a `replace-blocks` step, without the blocks edited since the request
 * (a newer check is on its way for those) and without flags ignored once. Null when the answer
 * is for no request still pending.
 */
export function answerToCheckMeta(
  state: EditorState,
  response: CheckResults,
  ignored: readonly ReviewFlag[],
): CheckMeta | null {
  const pluginState = checkPluginKey.getState(state)
  if (!pluginState) return null
  const pending = pluginState.pending.filter((block) => block.requestId === response.requestId)
  if (pending.length === 0) return null
  const pendingByKey = new Map(pending.map((block) => [block.key, block]))
  const doc = state.doc
  const blocks: CheckedBlock[] = []
  for (const { key, flags } of response.blocks) {
    const request = pendingByKey.get(key)
    if (!request) continue
    const node = doc.nodeAt(request.pos)
    if (!node?.isTextblock || textblockText(node) !== request.text) continue
    const start = request.pos + 1
    const visible = flags.filter(
      (flag) => flag.end > flag.start && !isIgnoredFlag(flag, request.text, ignored),
    )
    blocks.push({
      key,
      from: start,
      to: start + node.content.size,
      decorations: visible.map((flag) => flagDecoration(flag, start)),
    })
  }
  return { type: 'replace-blocks', requestId: response.requestId, blocks }
}

const schedulers = new WeakMap<EditorView, CheckScheduler>()

/** Sends changed blocks to the worker, debounced, and turns its answers into decorations. */
export class CheckScheduler implements PluginView {
  private readonly view: EditorView
  private readonly callbacks: CheckSchedulerCallbacks
  private readonly worker: CheckWorkerConnection
  private readonly unsubscribe: (() => void)[]
  private checkTimer: ReturnType<typeof setTimeout> | null = null
  private flagsTimer: ReturnType<typeof setTimeout> | null = null
  private selectionFlagId: string | null = null
  private selectionFlagFrom = -1

  constructor(view: EditorView, callbacks: CheckSchedulerCallbacks, worker: CheckWorkerConnection) {
    this.view = view
    this.callbacks = callbacks
    this.worker = worker
    this.unsubscribe = [
      worker.onResults((response) => this.receive(response)),
      worker.onLanguageChange(() => this.checkEverything()),
    ]
    schedulers.set(view, this)
    this.checkEverything()
  }

  update(view: EditorView, previous: EditorState): void {
    const state = checkPluginKey.getState(view.state)
    const before = checkPluginKey.getState(previous)
    if (!state || !before) return
    if (state.dirty.length > 0 && state.dirty !== before.dirty) this.scheduleCheck()
    if (state.decorations !== before.decorations) this.scheduleFlagsChanged()
    // A card opens when asked (a click, F8, the shortcut), not when the cursor merely passes
    // through a flag while the reviewer reads or types; leaving the flag closes it.
    const asked = flagCardRequested(view.state, previous)
    if (view.state.doc !== previous.doc && !asked) {
      this.reportSelectionFlag(null)
    } else if (asked || !view.state.selection.eq(previous.selection)) {
      const { from, to } = view.state.selection
      const flag = flagAt(view.state, from, to)
      if (asked) this.reportSelectionFlag(flag, true)
      else if (flag?.flag.id !== this.selectionFlagId) this.reportSelectionFlag(null)
    } else if (state.decorations !== before.decorations && this.selectionFlagId !== null) {
      const { from, to } = view.state.selection
      const flag = flagAt(view.state, from, to)
      if (flag?.flag.id !== this.selectionFlagId) this.reportSelectionFlag(flag)
    }
  }

  destroy(): void {
    for (const unsubscribe of this.unsubscribe) unsubscribe()
    if (this.checkTimer !== null) clearTimeout(this.checkTimer)
    if (this.flagsTimer !== null) clearTimeout(this.flagsTimer)
  }

  checkEverything(): void {
    this.markDirty([{ from: 0, to: this.view.state.doc.content.size }])
    this.checkNow()
  }

  /** Re-checks the blocks that contain a word, e.g. after it was added to the house dictionary. */
  checkBlocksContaining(word: string): void {
    const lower = word.toLowerCase()
    const ranges = allTextblocks(this.view.state.doc)
      .filter(({ node }) => node.textContent.toLowerCase().includes(lower))
      .map(({ pos, node }) => ({ from: pos, to: pos + node.nodeSize }))
    if (ranges.length === 0) return
    this.markDirty(ranges)
    this.checkNow()
  }

  private markDirty(ranges: Range[]): void {
    this.dispatchMeta({ type: 'mark-dirty', ranges })
  }

  private dispatchMeta(meta: CheckMeta): void {
    this.view.dispatch(checkMetaTransaction(this.view.state, meta))
  }

  private scheduleCheck(): void {
    if (this.checkTimer !== null) clearTimeout(this.checkTimer)
    this.checkTimer = setTimeout(() => {
      this.checkTimer = null
      this.checkNow()
    }, CHECK_DELAY_MILLISECONDS)
  }

  private checkNow(): void {
    if (this.checkTimer !== null) {
      clearTimeout(this.checkTimer)
      this.checkTimer = null
    }
    const state = checkPluginKey.getState(this.view.state)
    if (!state || state.dirty.length === 0) return
    const doc = this.view.state.doc
    const changed = textblocksInRanges(doc, state.dirty)
    const all = allTextblocks(doc)
    const indexByPos = new Map(all.map((block, index) => [block.pos, index]))
    const requestId = this.worker.requestId()
    const blocks = changed.map(({ pos, node }, key) => ({
      key,
      index: indexByPos.get(pos) ?? -1,
      pos,
      text: textblockText(node),
    }))
    this.worker.post({
      type: 'check',
      requestId,
      blocks: blocks.map(({ key, index, text }) => ({ key, index, text })),
      allBlockTexts: all.map(({ node }) => textblockText(node)),
    })
    this.dispatchMeta({
      type: 'requested',
      blocks: blocks.map(({ key, pos, text }) => ({ requestId, key, pos, text })),
    })
  }

  private receive(response: CheckResults): void {
    afterDomSelectionRead(this.view, () => {
      const meta = answerToCheckMeta(this.view.state, response, this.callbacks.ignoredFlags())
      if (meta) this.dispatchMeta(meta)
    })
  }

  private scheduleFlagsChanged(): void {
    if (this.flagsTimer !== null) return
    this.flagsTimer = setTimeout(() => {
      this.flagsTimer = null
      this.callbacks.onFlagsChanged(flagsInState(this.view.state))
    }, FLAGS_CHANGED_DELAY_MILLISECONDS)
  }

  /** `again`: report even the same flag, to open a card the reviewer closed. */
  private reportSelectionFlag(flag: FlagInDocument | null, again = false): void {
    const id = flag?.flag.id ?? null
    const flagFrom = flag?.from ?? -1
    if (!again && id === this.selectionFlagId && flagFrom === this.selectionFlagFrom) return
    this.selectionFlagId = id
    this.selectionFlagFrom = flagFrom
    this.callbacks.onSelectionFlag(flag)
  }
}

export function recheckBlocksContaining(view: EditorView, word: string): void {
  schedulers.get(view)?.checkBlocksContaining(word)
}

export function recheckEverything(view: EditorView): void {
  schedulers.get(view)?.checkEverything()
}
