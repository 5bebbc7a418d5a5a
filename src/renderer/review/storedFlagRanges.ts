import { Extension } from '@tiptap/core'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { DecorationSet } from '@tiptap/pm/view'
import type { ReportedAnchor } from '../../shared/anchoring/reanchorFlags'
import type { ReviewFlag } from '../../shared/review/reviewSchema'
import {
  editorDocumentText,
  positionAtTextOffset,
  textOffsetAtPosition,
} from '../checks/editorDocumentText'
import { storedFlagDecorations, type StoredFlagInDocument } from './storedFlagDecorations'

interface FlagRange {
  from: number
  to: number
}

interface StoredFlagsState {
  ranges: ReadonlyMap<string, FlagRange>
  flags: ReadonlyMap<string, ReviewFlag>
  decorations: DecorationSet
}

type StoredFlagsMeta =
  | { type: 'set-flags'; flags: readonly ReviewFlag[] }
  | { type: 'add-flags'; flags: readonly ReviewFlag[] }
  | { type: 'update-flags'; flags: readonly ReviewFlag[] }

export const storedFlagRangesKey = new PluginKey<StoredFlagsState>('copydeskStoredFlagRanges')

/** Editor positions of stored flags, from their anchors in the text model. Orphans have none. */
function rangesOfFlags(state: EditorState, flags: readonly ReviewFlag[]): Map<string, FlagRange> {
  const text = editorDocumentText(state.doc)
  const ranges = new Map<string, FlagRange>()
  for (const flag of flags) {
    if (flag.orphaned) continue
    const from = positionAtTextOffset(text, flag.anchor.start)
    const to = positionAtTextOffset(text, flag.anchor.end)
    if (from !== null && to !== null && from < to) ranges.set(flag.id, { from, to })
  }
  return ranges
}

/** Follows the flagged words through an edit: text typed at either edge stays outside. */
function mapRanges(
  ranges: ReadonlyMap<string, FlagRange>,
  transaction: Transaction,
): Map<string, FlagRange> {
  const mapped = new Map<string, FlagRange>()
  for (const [id, { from, to }] of ranges) {
    mapped.set(id, { from: transaction.mapping.map(from, 1), to: transaction.mapping.map(to, -1) })
  }
  return mapped
}

function flagsInDocument(
  ranges: ReadonlyMap<string, FlagRange>,
  flags: ReadonlyMap<string, ReviewFlag>,
): StoredFlagInDocument[] {
  const placed: StoredFlagInDocument[] = []
  for (const [id, range] of ranges) {
    const flag = flags.get(id)
    if (flag) placed.push({ flag, ...range })
  }
  return placed
}

function withDecorations(
  state: EditorState,
  ranges: ReadonlyMap<string, FlagRange>,
  flags: ReadonlyMap<string, ReviewFlag>,
): StoredFlagsState {
  return {
    ranges,
    flags,
    decorations: storedFlagDecorations(state.doc, flagsInDocument(ranges, flags)),
  }
}

function byId(flags: readonly ReviewFlag[]): Map<string, ReviewFlag> {
  return new Map(flags.map((flag) => [flag.id, flag]))
}

function applyMeta(
  meta: StoredFlagsMeta,
  current: StoredFlagsState,
  state: EditorState,
): StoredFlagsState {
  switch (meta.type) {
    case 'set-flags':
      return withDecorations(state, rangesOfFlags(state, meta.flags), byId(meta.flags))
    case 'add-flags':
      return withDecorations(
        state,
        new Map([...current.ranges, ...rangesOfFlags(state, meta.flags)]),
        new Map([...current.flags, ...byId(meta.flags)]),
      )
    case 'update-flags': {
      // Where a flag is known, its place in the editor wins over its anchor from the last save.
      const unplaced = meta.flags.filter((flag) => !current.ranges.has(flag.id))
      return withDecorations(
        state,
        new Map([...current.ranges, ...rangesOfFlags(state, unplaced)]),
        new Map([...current.flags, ...byId(meta.flags)]),
      )
    }
  }
}

/** Tells the editor which flags the review stores, e.g. after opening it. */
export function setStoredFlags(
  transaction: Transaction,
  flags: readonly ReviewFlag[],
): Transaction {
  const meta: StoredFlagsMeta = { type: 'set-flags', flags }
  return transaction.setMeta(storedFlagRangesKey, meta)
}

/** Adds flags a command just stored, leaving the others where edits have moved them. */
export function addStoredFlags(
  transaction: Transaction,
  flags: readonly ReviewFlag[],
): Transaction {
  const meta: StoredFlagsMeta = { type: 'add-flags', flags }
  return transaction.setMeta(storedFlagRangesKey, meta)
}

/** Takes a flag's new status or notes, keeping it where edits have moved it. */
export function updateStoredFlags(
  transaction: Transaction,
  flags: readonly ReviewFlag[],
): Transaction {
  const meta: StoredFlagsMeta = { type: 'update-flags', flags }
  return transaction.setMeta(storedFlagRangesKey, meta)
}

/** The drawn stored flag around a position or a range, the narrowest first, or null. */
export function storedFlagAt(
  state: EditorState,
  from: number,
  to = from,
): StoredFlagInDocument | null {
  const pluginState = storedFlagRangesKey.getState(state)
  if (!pluginState) return null
  const around = pluginState.decorations
    .find(from, to)
    .filter((decoration) => decoration.from <= from && decoration.to >= to)
    .flatMap((decoration) => {
      const flag = pluginState.flags.get((decoration.spec as { flag?: ReviewFlag }).flag?.id ?? '')
      return flag && decoration.from < decoration.to
        ? [{ flag, from: decoration.from, to: decoration.to }]
        : []
    })
    .sort((a, b) => a.to - a.from - (b.to - b.from))
  return around[0] ?? null
}

/**
 * Where each stored flag is now, in the text model, with the words it covers — what a content
 * save reports. A flag whose words were deleted is left out: main finds it by its quote or
 * marks it orphaned.
 */
export function reportedAnchors(state: EditorState): ReportedAnchor[] {
  const ranges = storedFlagRangesKey.getState(state)?.ranges
  if (!ranges || ranges.size === 0) return []
  const text = editorDocumentText(state.doc)
  const anchors: ReportedAnchor[] = []
  for (const [flagId, { from, to }] of ranges) {
    if (to <= from) continue
    const start = textOffsetAtPosition(text, from)
    const end = textOffsetAtPosition(text, to)
    if (start === null || end === null || end <= start) continue
    anchors.push({ flagId, start, end, exact: text.text.slice(start, end) })
  }
  return anchors
}

/**
 * Keeps the editor positions of the review's stored flags, mapped through every transaction,
 * so a save can say where each one is now (issue: flags follow edits), and draws them.
 */
export const StoredFlagRanges = Extension.create({
  name: 'storedFlagRanges',

  addProseMirrorPlugins() {
    return [
      new Plugin<StoredFlagsState>({
        key: storedFlagRangesKey,
        state: {
          init: (_config, state) => withDecorations(state, new Map(), new Map()),
          apply: (transaction, current, _oldState, newState) => {
            const meta = transaction.getMeta(storedFlagRangesKey) as StoredFlagsMeta | undefined
            if (meta) return applyMeta(meta, current, newState)
            if (!transaction.docChanged) return current
            // Mapping the drawn set, rather than drawing it again, keeps typing cheap with
            // many flags; decorations and ranges map with the same bias, so they agree.
            return {
              ranges: mapRanges(current.ranges, transaction),
              flags: current.flags,
              decorations: current.decorations.map(transaction.mapping, transaction.doc),
            }
          },
        },
        props: {
          decorations: (state) => storedFlagRangesKey.getState(state)?.decorations,
        },
      }),
    ]
  },
})

/** Where each stored flag is in the editor now (orphans and deleted ones have no range). */
export function storedFlagPositions(state: EditorState): ReadonlyMap<string, FlagRange> {
  const ranges = storedFlagRangesKey.getState(state)?.ranges ?? new Map<string, FlagRange>()
  return new Map([...ranges].filter(([, range]) => range.to > range.from))
}
