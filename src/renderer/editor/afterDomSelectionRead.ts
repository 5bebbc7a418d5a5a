import type { EditorView } from '@tiptap/pm/view'

/** Enough for the browser's queued `selectionchange` to run; after that we go ahead anyway. */
const MAX_DEFERRALS = 5

type SelectionView = Pick<EditorView, 'dom' | 'state' | 'posAtDOM' | 'isDestroyed'>

/**
 * True when the browser has moved the selection in the editor (an arrow key, a click) but
 * ProseMirror has not read it yet: it does so in the `selectionchange` handler, a task later.
 */
export function hasUnreadDomSelection(view: SelectionView): boolean {
  const selection = view.dom.ownerDocument.getSelection()
  const { anchorNode, focusNode } = selection ?? {}
  if (!selection || !anchorNode || !focusNode) return false
  if (!view.dom.contains(anchorNode) || !view.dom.contains(focusNode)) return false
  try {
    const anchor = view.posAtDOM(anchorNode, selection.anchorOffset)
    const head = view.posAtDOM(focusNode, selection.focusOffset)
    return anchor !== view.state.selection.anchor || head !== view.state.selection.head
  } catch {
    return false
  }
}

/**
 * Runs `action` once ProseMirror has read the DOM selection. A transaction that redraws
 * decorations writes ProseMirror's selection back into the DOM, so one dispatched between a
 * caret move and its `selectionchange` would undo the move (ProseMirror guards only mouse
 * drags against this). Work that arrives on its own, like the checks' answers, waits a task.
 */
export function afterDomSelectionRead(
  view: SelectionView,
  action: () => void,
  schedule: (callback: () => void) => void = (callback) => setTimeout(callback, 0),
  deferrals = 0,
): void {
  if (view.isDestroyed) return
  if (deferrals < MAX_DEFERRALS && hasUnreadDomSelection(view)) {
    schedule(() => afterDomSelectionRead(view, action, schedule, deferrals + 1))
    return
  }
  action()
}
