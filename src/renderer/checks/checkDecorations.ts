import { Extension } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { EditorState, PluginView, Transaction } from '@tiptap/pm/state'
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { CheckFlag, FlagKind } from '../../shared/checks/checkFlag'
import type { ReviewFlag } from '../../shared/review/reviewSchema'
import {
  allTextblocks,
  changedRanges,
  mapRanges,
  textblocksInRanges,
  textblockText,
  type Range,
} from './changedTextblocks'
import type { CheckService } from './checkService'
import type { CheckWorkerResponse } from './checkWorkerProtocol'
import { isIgnoredFlag } from './ignoredFlags'

const CHECK_DELAY_MILLISECONDS = 150
const FLAGS_CHANGED_DELAY_MILLISECONDS = 120

/** A check flag where it is now in the document. */
export interface FlagInDocument {
  flag: CheckFlag
  from: number
  to: number
}

interface PendingBlock {
  requestId: number
  key: number
  /** Position before the block, mapped through every transaction since the request. */
  pos: number
  text: string
}

interface CheckPluginState {
  decorations: DecorationSet
  /** Ranges changed since the last check request. */
  dirty: Range[]
  pending: PendingBlock[]
}

type CheckMeta =
  | { type: 'mark-dirty'; ranges: Range[] }
  | { type: 'requested'; blocks: PendingBlock[] }
  | {
      type: 'replace-blocks'
      requestId: number
      blocks: { key: number; from: number; to: number; decorations: Decoration[] }[]
    }
  | { type: 'remove-flag'; flagId: string; from: number; to: number }

interface FlagSpec {
  flag: CheckFlag
}

export const checkPluginKey = new PluginKey<CheckPluginState>('copydeskChecks')

export interface CheckDecorationsOptions {
  service: CheckService | null
  ignoredFlags: () => readonly ReviewFlag[]
  /** All flags, in document order; called at most every ~120 ms, never per keystroke. */
  onFlagsChanged: (flags: FlagInDocument[]) => void
  /** The flag the selection is inside, when that changes. */
  onSelectionFlag: (flag: FlagInDocument | null) => void
  onHoverFlag: (flag: FlagInDocument | null, element: HTMLElement | null) => void
  /** Escape in the editor; returns true when it closed something. */
  onEscape: () => boolean
}

function mergeRanges(ranges: Range[]): Range[] {
  if (ranges.length < 2) return ranges
  const sorted = [...ranges].sort((a, b) => a.from - b.from)
  const merged: Range[] = []
  for (const range of sorted) {
    const last = merged[merged.length - 1]
    if (last && range.from <= last.to + 1) last.to = Math.max(last.to, range.to)
    else merged.push({ ...range })
  }
  return merged
}

function flagDecoration(flag: CheckFlag, blockStart: number): Decoration {
  return Decoration.inline(
    blockStart + flag.start,
    blockStart + flag.end,
    {
      class: `check-flag check-flag--${flag.kind} check-flag--${flag.severity}`,
      'data-flag-id': flag.id,
    },
    { flag } satisfies FlagSpec,
  )
}

function toFlagInDocument(decoration: Decoration): FlagInDocument {
  return { flag: (decoration.spec as FlagSpec).flag, from: decoration.from, to: decoration.to }
}

/** Every flag in the state, in document order. */
export function flagsInState(state: EditorState): FlagInDocument[] {
  const pluginState = checkPluginKey.getState(state)
  if (!pluginState) return []
  return pluginState.decorations
    .find()
    .map(toFlagInDocument)
    .sort((a, b) => a.from - b.from || a.to - b.to)
}

/** The flag around a position or selection, the narrowest first. */
export function flagAt(state: EditorState, from: number, to = from): FlagInDocument | null {
  const pluginState = checkPluginKey.getState(state)
  if (!pluginState) return null
  const around = pluginState.decorations
    .find(from, to)
    .filter((decoration) => decoration.from <= from && decoration.to >= to)
    .map(toFlagInDocument)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
  return around[0] ?? null
}

function applyMeta(
  value: CheckPluginState,
  meta: CheckMeta,
  doc: ProseMirrorNode,
): CheckPluginState {
  switch (meta.type) {
    case 'mark-dirty':
      return { ...value, dirty: mergeRanges([...value.dirty, ...meta.ranges]) }
    case 'requested':
      return { ...value, dirty: [], pending: [...value.pending, ...meta.blocks] }
    case 'replace-blocks': {
      let decorations = value.decorations
      for (const block of meta.blocks) {
        decorations = decorations.remove(decorations.find(block.from, block.to))
        decorations = decorations.add(doc, block.decorations)
      }
      return {
        ...value,
        decorations,
        pending: value.pending.filter((pending) => pending.requestId !== meta.requestId),
      }
    }
    case 'remove-flag': {
      const matching = value.decorations
        .find(meta.from, meta.to)
        .filter((decoration) => (decoration.spec as FlagSpec).flag.id === meta.flagId)
      return { ...value, decorations: value.decorations.remove(matching) }
    }
  }
}

/** Sends changed blocks to the worker and turns its answers into decorations. */
class CheckController implements PluginView {
  private readonly view: EditorView
  private readonly options: CheckDecorationsOptions
  private readonly service: CheckService
  private readonly unsubscribe: (() => void)[]
  private checkTimer: ReturnType<typeof setTimeout> | null = null
  private flagsTimer: ReturnType<typeof setTimeout> | null = null
  private selectionFlagId: string | null = null
  private selectionFlagFrom = -1

  constructor(view: EditorView, options: CheckDecorationsOptions, service: CheckService) {
    this.view = view
    this.options = options
    this.service = service
    this.unsubscribe = [
      service.onResults((response) => this.receive(response)),
      service.onLanguageChange(() => this.checkEverything()),
    ]
    this.checkEverything()
  }

  update(view: EditorView, previous: EditorState): void {
    const state = checkPluginKey.getState(view.state)
    const before = checkPluginKey.getState(previous)
    if (!state || !before) return
    if (state.dirty.length > 0 && state.dirty !== before.dirty) this.scheduleCheck()
    if (state.decorations !== before.decorations) this.scheduleFlagsChanged()
    // The card follows the cursor into a flag, but not while the reviewer types or edits:
    // a card popping up mid-sentence gets in the way.
    if (view.state.doc !== previous.doc) {
      this.reportSelectionFlag(null)
    } else if (!view.state.selection.eq(previous.selection)) {
      const { from, to } = view.state.selection
      this.reportSelectionFlag(flagAt(view.state, from, to))
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
    const transaction: Transaction = this.view.state.tr
      .setMeta(checkPluginKey, meta)
      .setMeta('addToHistory', false)
    this.view.dispatch(transaction)
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
    const requestId = this.service.requestId()
    const blocks = changed.map(({ pos, node }, key) => ({
      key,
      index: indexByPos.get(pos) ?? -1,
      pos,
      text: textblockText(node),
    }))
    this.service.post({
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

  private receive(response: Extract<CheckWorkerResponse, { type: 'results' }>): void {
    const state = checkPluginKey.getState(this.view.state)
    if (!state) return
    const pending = state.pending.filter((block) => block.requestId === response.requestId)
    if (pending.length === 0) return
    const pendingByKey = new Map(pending.map((block) => [block.key, block]))
    const ignored = this.options.ignoredFlags()
    const doc = this.view.state.doc
    const blocks: Extract<CheckMeta, { type: 'replace-blocks' }>['blocks'] = []
    for (const { key, flags } of response.blocks) {
      const request = pendingByKey.get(key)
      if (!request) continue
      const node = doc.nodeAt(request.pos)
      // Edited since the request: a newer check is on its way, so this answer is stale.
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
    this.dispatchMeta({ type: 'replace-blocks', requestId: response.requestId, blocks })
  }

  private scheduleFlagsChanged(): void {
    if (this.flagsTimer !== null) return
    this.flagsTimer = setTimeout(() => {
      this.flagsTimer = null
      this.options.onFlagsChanged(flagsInState(this.view.state))
    }, FLAGS_CHANGED_DELAY_MILLISECONDS)
  }

  private reportSelectionFlag(flag: FlagInDocument | null): void {
    const id = flag?.flag.id ?? null
    const flagFrom = flag?.from ?? -1
    if (id === this.selectionFlagId && flagFrom === this.selectionFlagFrom) return
    this.selectionFlagId = id
    this.selectionFlagFrom = flagFrom
    this.options.onSelectionFlag(flag)
  }
}

const controllers = new WeakMap<EditorView, CheckController>()

/** Removes one flag's underline (after "Ignore once"). */
export function removeFlagDecoration(view: EditorView, target: FlagInDocument): void {
  view.dispatch(
    view.state.tr
      .setMeta(checkPluginKey, {
        type: 'remove-flag',
        flagId: target.flag.id,
        from: target.from,
        to: target.to,
      } satisfies CheckMeta)
      .setMeta('addToHistory', false),
  )
}

export function recheckBlocksContaining(view: EditorView, word: string): void {
  controllers.get(view)?.checkBlocksContaining(word)
}

export function recheckEverything(view: EditorView): void {
  controllers.get(view)?.checkEverything()
}

/** Selects the next (or previous) flag after the cursor, wrapping around; returns it. */
export function selectAdjacentFlag(
  view: EditorView,
  direction: 1 | -1,
  kind?: FlagKind,
): FlagInDocument | null {
  const flags = flagsInState(view.state).filter((entry) => !kind || entry.flag.kind === kind)
  if (flags.length === 0) return null
  const { from } = view.state.selection
  const target =
    direction === 1
      ? (flags.find((entry) => entry.from > from) ?? flags[0])
      : ([...flags].reverse().find((entry) => entry.from < from) ?? flags[flags.length - 1])
  if (!target) return null
  view.dispatch(
    view.state.tr
      .setSelection(TextSelection.create(view.state.doc, target.from, target.to))
      .scrollIntoView(),
  )
  view.focus()
  return target
}

/** The flags as underlines, checked in a Web Worker block by block; see CheckController. */
export const CheckDecorations = Extension.create<CheckDecorationsOptions>({
  name: 'checkDecorations',

  addOptions() {
    return {
      service: null,
      ignoredFlags: () => [],
      onFlagsChanged: () => undefined,
      onSelectionFlag: () => undefined,
      onHoverFlag: () => undefined,
      onEscape: () => false,
    }
  },

  addProseMirrorPlugins() {
    const options = this.options
    return [
      new Plugin<CheckPluginState>({
        key: checkPluginKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty, dirty: [], pending: [] }),
          apply(transaction, value) {
            let next = value
            if (transaction.docChanged) {
              next = {
                decorations: value.decorations.map(transaction.mapping, transaction.doc),
                dirty: mergeRanges([
                  ...mapRanges(value.dirty, transaction),
                  ...changedRanges(transaction),
                ]),
                pending: value.pending.map((block) => ({
                  ...block,
                  pos: transaction.mapping.map(block.pos),
                })),
              }
            }
            const meta = transaction.getMeta(checkPluginKey) as CheckMeta | undefined
            return meta ? applyMeta(next, meta, transaction.doc) : next
          },
        },
        view: (view) => {
          const service = options.service
          if (!service) return {}
          const controller = new CheckController(view, options, service)
          controllers.set(view, controller)
          return controller
        },
        props: {
          decorations: (state) => checkPluginKey.getState(state)?.decorations,
          handleKeyDown: (_view, event) => {
            if (event.key === 'Escape') return options.onEscape()
            return false
          },
          handleDOMEvents: {
            mouseover: (view, event) => {
              const element = (event.target as Element | null)?.closest<HTMLElement>('.check-flag')
              if (!element) return false
              const pos = view.posAtDOM(element, 0)
              options.onHoverFlag(
                flagAt(view.state, pos, pos + 1) ?? flagAt(view.state, pos),
                element,
              )
              return false
            },
            mouseout: (_view, event) => {
              const from = (event.target as Element | null)?.closest('.check-flag')
              const to = (event.relatedTarget as Element | null)?.closest('.check-flag')
              if (from && from !== to) options.onHoverFlag(null, null)
              return false
            },
          },
        },
      }),
    ]
  },
})
