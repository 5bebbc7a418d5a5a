import { Extension } from '@tiptap/core'
import type { EditorState } from '@tiptap/pm/state'
import { Plugin } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import type { StoredFlagInDocument } from './storedFlagDecorations'
import { flagCardRequested } from '../checks/flagCardRequests'
import { storedFlagAt, storedFlagPositions } from './storedFlagRanges'

export interface StoredFlagCardEventsOptions {
  /** The stored flag the cursor or selection is in when its card is asked for, or null. */
  onSelectionStoredFlag: (flag: StoredFlagInDocument | null) => void
  onHoverStoredFlag: (flag: StoredFlagInDocument | null) => void
  /** Escape in the editor; returns true when it closed something. */
  onEscape: () => boolean
}

/**
 * Tells the card which stored flag the cursor is in when the reviewer asks for it (a click, the
 * shortcut), then while the flag changes; the card closes when the cursor leaves the flag.
 */
function selectionReporter(options: StoredFlagCardEventsOptions) {
  let reportedId: string | null = null
  let reportedKey: string | null = null
  const report = (state: EditorState, previous: EditorState) => {
    const { selection } = state
    const asked = flagCardRequested(state, previous)
    // A selection inside one flag (the flags panel selects a flag's words) counts too.
    const atCursor = storedFlagAt(state, selection.from, selection.to)
    const found = asked || atCursor?.flag.id === reportedId ? atCursor : null
    const key = found
      ? `${found.flag.id} ${found.from} ${found.flag.status} ${found.flag.notes.length}`
      : null
    if (key === reportedKey && !(asked && found)) return
    reportedId = found?.flag.id ?? null
    reportedKey = key
    options.onSelectionStoredFlag(found)
  }
  return { update: (updated: EditorView, previous: EditorState) => report(updated.state, previous) }
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

/** Opens a stored flag's card when the pointer is on it or the reviewer asks at the cursor. */
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
        view: () => {
          const selection = selectionReporter(options)
          return {
            update: (updated: EditorView, previous: EditorState) => {
              selection.update(updated, previous)
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
