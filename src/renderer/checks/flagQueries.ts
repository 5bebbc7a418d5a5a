import type { EditorState } from '@tiptap/pm/state'
import type { FlagKind } from '../../shared/checks/checkFlag'
import { checkPluginKey } from './checkPluginState'
import { toFlagInDocument, type FlagInDocument } from './flagDecoration'

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

/** The next (or previous) flag from the cursor, wrapping around; optionally of one kind. */
export function adjacentFlag(
  state: EditorState,
  direction: 1 | -1,
  kind?: FlagKind,
): FlagInDocument | null {
  const flags = flagsInState(state).filter((entry) => !kind || entry.flag.kind === kind)
  if (flags.length === 0) return null
  const { from, empty } = state.selection
  // A cursor just before a flag's first letter has not visited it yet; a selected flag has.
  const target =
    direction === 1
      ? (flags.find((entry) => entry.from > from || (empty && entry.from === from)) ?? flags[0])
      : ([...flags].reverse().find((entry) => entry.from < from) ?? flags[flags.length - 1])
  return target ?? null
}
