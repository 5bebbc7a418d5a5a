import { Extension } from '@tiptap/core'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { Plugin, PluginKey } from '@tiptap/pm/state'

/**
 * Counts the times the reviewer asked for the card of the flag at the selection: a click
 * (ProseMirror marks pointer selections with the "pointer" meta), F8, or the Show Flag Card
 * shortcut. A flag's card opens only when asked, so reading with the arrow keys or moving to a
 * find match does not cover the text with cards.
 */
const flagCardRequestsKey = new PluginKey<number>('flagCardRequests')

export function requestFlagCard(transaction: Transaction): Transaction {
  return transaction.setMeta(flagCardRequestsKey, true)
}

export function flagCardRequestCount(state: EditorState): number {
  return flagCardRequestsKey.getState(state) ?? 0
}

/** Whether the reviewer asked for a flag card between two states. */
export function flagCardRequested(state: EditorState, previous: EditorState): boolean {
  return flagCardRequestCount(state) !== flagCardRequestCount(previous)
}

export function flagCardRequestsPlugin(): Plugin<number> {
  return new Plugin<number>({
    key: flagCardRequestsKey,
    state: {
      init: () => 0,
      apply: (transaction, count) =>
        transaction.getMeta(flagCardRequestsKey) === true || transaction.getMeta('pointer') === true
          ? count + 1
          : count,
    },
  })
}

export const FlagCardRequests = Extension.create({
  name: 'flagCardRequests',
  addProseMirrorPlugins() {
    return [flagCardRequestsPlugin()]
  },
})
