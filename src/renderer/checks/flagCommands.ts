import { TextSelection } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import type { FlagKind } from '../../shared/checks/checkFlag'
import { checkMetaTransaction } from './checkPluginState'
import { requestFlagCard } from './flagCardRequests'
import type { FlagInDocument } from './flagDecoration'
import { adjacentFlag } from './flagQueries'

/** Selects the next (or previous) flag after the cursor, wrapping around, and opens its card. */
export function selectAdjacentFlag(
  view: EditorView,
  direction: 1 | -1,
  kind?: FlagKind,
): FlagInDocument | null {
  const target = adjacentFlag(view.state, direction, kind)
  if (!target) return null
  view.dispatch(
    requestFlagCard(
      view.state.tr
        .setSelection(TextSelection.create(view.state.doc, target.from, target.to))
        .scrollIntoView(),
    ),
  )
  view.focus()
  return target
}

/** Removes one flag's underline (after "Ignore once"). */
export function removeFlagDecoration(view: EditorView, target: FlagInDocument): void {
  view.dispatch(
    checkMetaTransaction(view.state, {
      type: 'remove-flag',
      flagId: target.flag.id,
      from: target.from,
      to: target.to,
    }),
  )
}
