import { Extension } from '@tiptap/core'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { ReportedAnchor } from '../../shared/anchoring/reanchorFlags'
import type { ReviewFlag } from '../../shared/review/reviewSchema'
import {
  editorDocumentText,
  positionAtTextOffset,
  textOffsetAtPosition,
} from '../checks/editorDocumentText'

interface FlagRange {
  from: number
  to: number
}

type StoredFlagRanges = ReadonlyMap<string, FlagRange>

type StoredFlagsMeta =
  | { type: 'set-flags'; flags: readonly ReviewFlag[] }
  | { type: 'add-flags'; flags: readonly ReviewFlag[] }

export const storedFlagRangesKey = new PluginKey<StoredFlagRanges>('copydeskStoredFlagRanges')

/** Editor positions of stored flags, from their anchors in the text model. Orphans have none. */
function rangesOfFlags(state: EditorState, flags: readonly ReviewFlag[]): StoredFlagRanges {
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
function mapRanges(ranges: StoredFlagRanges, transaction: Transaction): StoredFlagRanges {
  const mapped = new Map<string, FlagRange>()
  for (const [id, { from, to }] of ranges) {
    mapped.set(id, { from: transaction.mapping.map(from, 1), to: transaction.mapping.map(to, -1) })
  }
  return mapped
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

/**
 * Where each stored flag is now, in the text model, with the words it covers — what a content
 * save reports. A flag whose words were deleted is left out: main finds it by its quote or
 * marks it orphaned.
 */
export function reportedAnchors(state: EditorState): ReportedAnchor[] {
  const ranges = storedFlagRangesKey.getState(state)
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
 * so a save can say where each one is now (issue: flags follow edits).
 */
export const StoredFlagRanges = Extension.create({
  name: 'storedFlagRanges',

  addProseMirrorPlugins() {
    return [
      new Plugin<StoredFlagRanges>({
        key: storedFlagRangesKey,
        state: {
          init: () => new Map(),
          apply: (transaction, ranges, _oldState, newState) => {
            const meta = transaction.getMeta(storedFlagRangesKey) as StoredFlagsMeta | undefined
            if (meta?.type === 'set-flags') return rangesOfFlags(newState, meta.flags)
            if (meta?.type === 'add-flags') {
              return new Map([...ranges, ...rangesOfFlags(newState, meta.flags)])
            }
            return transaction.docChanged ? mapRanges(ranges, transaction) : ranges
          },
        },
      }),
    ]
  },
})

/** Where each stored flag is in the editor now (orphans and deleted ones have no range). */
export function storedFlagPositions(state: EditorState): ReadonlyMap<string, FlagRange> {
  const ranges = storedFlagRangesKey.getState(state) ?? new Map<string, FlagRange>()
  return new Map([...ranges].filter(([, range]) => range.to > range.from))
}
