import { Extension } from '@tiptap/core'
import type { EditorState } from '@tiptap/pm/state'
import { Plugin } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import type { StoredFlagInDocument } from './storedFlagDecorations'
import { storedFlagAt, storedFlagPositions } from './storedFlagRanges'

export interface StoredFlagCardEventsOptions {
  /** The stored flag the cursor or the selection is in, or null. */
  onSelectionStoredFlag: (flag: StoredFlagInDocument | null) => void
  onHoverStoredFlag: (flag: StoredFlagInDocument | null) => void
  /** Escape in the editor; returns true when it closed something. */
  onEscape: () => boolean
}

/** Tells the card which stored flag the cursor is in, when that (or the flag) changes. */
function selectionReporter(view: EditorView, options: StoredFlagCardEventsOptions) {
  let reported: string | null = null
  const report = (state: EditorState) => {
    const { selection } = state
    // A selection inside one flag (the flags panel selects a flag's words) opens its card too.
    const found = storedFlagAt(state, selection.from, selection.to)
    const key = found
      ? `${found.flag.id} ${found.from} ${found.flag.status} ${found.flag.notes.length}`
      : null
    if (key === reported) return
    reported = key
    options.onSelectionStoredFlag(found)
  }
  report(view.state)
  return { update: (updated: EditorView) => report(updated.state) }
}

/**
 * Keeps the hovered flag's card on its words as they move, and closes it when they are
 * deleted (the pointer has not moved, so no mouseout says so).
 */
function hoverFollower(options: StoredFlagCardEventsOptions) {
  let hovered: string | null = null
  return {
    hover(flag: StoredFlagInDocument | null) {
      hovered = flag?.flag.id ?? null
      options.onHoverStoredFlag(flag)
    },
    update(view: EditorView, previous: EditorState) {
      if (hovered === null || view.state.doc === previous.doc) return
      const place = storedFlagPositions(view.state).get(hovered)
      const flag = place ? storedFlagAt(view.state, place.from, place.to) : null
      this.hover(flag?.flag.id === hovered ? flag : null)
    },
  }
}

/** Opens a stored flag's card when the pointer is on it or the cursor moves into it. */
export const StoredFlagCardEvents = Extension.create<StoredFlagCardEventsOptions>({
  name: 'storedFlagCardEvents',

  addOptions() {
    return {
      onSelectionStoredFlag: () => undefined,
      onHoverStoredFlag: () => undefined,
      onEscape: () => false,
    }
  },

  addProseMirrorPlugins() {
    const options = this.options
    const hover = hoverFollower(options)
    return [
      new Plugin({
        view: (view) => {
          const selection = selectionReporter(view, options)
          return {
            update: (updated: EditorView, previous: EditorState) => {
              selection.update(updated)
              hover.update(updated, previous)
            },
          }
        },
        props: {
          handleKeyDown: (_view, event) => (event.key === 'Escape' ? options.onEscape() : false),
          handleDOMEvents: {
            mouseover: (view, event) => {
              const element = (event.target as Element | null)?.closest('.stored-flag')
              if (!element) return false
              hover.hover(storedFlagAt(view.state, view.posAtDOM(element, 0)))
              return false
            },
            mouseout: (_view, event) => {
              const from = (event.target as Element | null)?.closest('.stored-flag')
              const to = (event.relatedTarget as Element | null)?.closest('.stored-flag')
              if (from && from !== to) hover.hover(null)
              return false
            },
          },
        },
      }),
    ]
  },
})
