import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { CheckFlag } from '../../shared/checks/checkFlag'
import { QUOTE_CONTEXT_LENGTH } from '../../shared/anchoring/anchorAt'
import { DISMISSED_STATUSES } from '../../shared/review/flagStatus'
import type { ReviewFlag } from '../../shared/review/reviewSchema'
import { BLOCK_SEPARATOR } from '../../shared/text/documentText'
import { editorDocumentText, textOffsetAtPosition } from './editorDocumentText'
import type { FlagInDocument } from './flagDecoration'

/** Context kept on each side of a stored flag's quote (see anchorAt). */
const STORED_CONTEXT = QUOTE_CONTEXT_LENGTH
/** Context that must still match for an ignored flag to stay hidden. */
const MATCHED_CONTEXT = 8

/** The part of a stored prefix or suffix inside the flag's own block (checks see one block). */
function withinBlock(context: string, side: 'before' | 'after'): string {
  const parts = context.split(BLOCK_SEPARATOR)
  return (side === 'before' ? parts.at(-1) : parts[0]) ?? ''
}

function contextMatches(stored: string, current: string, side: 'before' | 'after'): boolean {
  if (stored.length < MATCHED_CONTEXT) return current === stored
  return side === 'before'
    ? current.endsWith(stored.slice(-MATCHED_CONTEXT))
    : current.startsWith(stored.slice(0, MATCHED_CONTEXT))
}

/**
 * Whether a check flag was dismissed (ignored, not a claim): same rule, same text, and the
 * same words around it (at least 8 characters each side, or up to the edge of the block). A
 * flag whose words changed comes back.
 */
export function isIgnoredFlag(
  flag: CheckFlag,
  blockText: string,
  ignored: readonly ReviewFlag[],
): boolean {
  const before = blockText.slice(Math.max(0, flag.start - STORED_CONTEXT), flag.start)
  const after = blockText.slice(flag.end, flag.end + STORED_CONTEXT)
  return ignored.some(
    (reviewFlag) =>
      DISMISSED_STATUSES.has(reviewFlag.status) &&
      reviewFlag.ruleId === flag.ruleId &&
      reviewFlag.anchor.exact === flag.actual &&
      contextMatches(withinBlock(reviewFlag.anchor.prefix, 'before'), before, 'before') &&
      contextMatches(withinBlock(reviewFlag.anchor.suffix, 'after'), after, 'after'),
  )
}

/**
 * The range of a check flag in the text model, with the words it covers: what a command about
 * the flag sends. Null when no block holds the flag (the document changed under it).
 */
export function checkFlagRange(
  doc: ProseMirrorNode,
  target: FlagInDocument,
): { start: number; end: number; exact: string } | null {
  const model = editorDocumentText(doc)
  const start = textOffsetAtPosition(model, target.from)
  const end = textOffsetAtPosition(model, target.to)
  if (start === null || end === null || end <= start) return null
  const exact = model.text.slice(start, end)
  return exact === target.flag.actual ? { start, end, exact } : null
}
