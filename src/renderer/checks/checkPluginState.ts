import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { EditorState, StateField, Transaction } from '@tiptap/pm/state'
import { PluginKey } from '@tiptap/pm/state'
import type { Decoration } from '@tiptap/pm/view'
import { DecorationSet } from '@tiptap/pm/view'
import { changedRanges, mapRanges, type Range } from './changedTextblocks'
import { flagOfDecoration } from './flagDecoration'

export interface PendingBlock {
  requestId: number
  key: number
  /** Position before the block, mapped through every transaction since the request. */
  pos: number
  text: string
}

export interface CheckPluginState {
  decorations: DecorationSet
  /** Ranges changed since the last check request. */
  dirty: Range[]
  pending: PendingBlock[]
}

export interface CheckedBlock {
  key: number
  from: number
  to: number
  decorations: Decoration[]
}

export type CheckMeta =
  | { type: 'mark-dirty'; ranges: Range[] }
  | { type: 'requested'; blocks: PendingBlock[] }
  | { type: 'replace-blocks'; requestId: number; blocks: CheckedBlock[] }
  | { type: 'remove-flag'; flagId: string; from: number; to: number }

export const checkPluginKey = new PluginKey<CheckPluginState>('copydeskChecks')

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
        .filter((decoration) => flagOfDecoration(decoration).id === meta.flagId)
      return { ...value, decorations: value.decorations.remove(matching) }
    }
  }
}

/**
 * The checks' plugin state as a pure reducer: edits map the underlines, the pending requests
 * and the ranges still to check, and mark what they changed as dirty; a `CheckMeta` on the
 * transaction then applies one step of the check cycle.
 */
export const checkPluginStateField: StateField<CheckPluginState> = {
  init: () => ({ decorations: DecorationSet.empty, dirty: [], pending: [] }),
  apply(transaction, value) {
    let next = value
    if (transaction.docChanged) {
      next = {
        decorations: value.decorations.map(transaction.mapping, transaction.doc),
        dirty: mergeRanges([...mapRanges(value.dirty, transaction), ...changedRanges(transaction)]),
        pending: value.pending.map((block) => ({
          ...block,
          pos: transaction.mapping.map(block.pos),
        })),
      }
    }
    const meta = transaction.getMeta(checkPluginKey) as CheckMeta | undefined
    return meta ? applyMeta(next, meta, transaction.doc) : next
  },
}

/** A transaction that only carries a check step; undo skips it. */
export function checkMetaTransaction(state: EditorState, meta: CheckMeta): Transaction {
  return state.tr.setMeta(checkPluginKey, meta).setMeta('addToHistory', false)
}
