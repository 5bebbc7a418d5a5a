import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { FlagInDocument } from '../../../src/renderer/checks/flagDecoration'
import { checkFlagRange } from '../../../src/renderer/checks/ignoredFlags'
import { anchorAt } from '../../../src/shared/anchoring/anchorAt'
import type { ReviewFlag } from '../../../src/shared/review/reviewSchema'
import { documentText } from '../../../src/shared/text/documentText'

/**
 * The flag main stores when a check flag in `doc` is ignored once (the dismissCheckFlag
 * command), anchored in the document's text. Null when the flag is not in a block.
 */
export function dismissedFlagAt(doc: ProseMirrorNode, target: FlagInDocument): ReviewFlag | null {
  const range = checkFlagRange(doc, target)
  if (range === null) return null
  const { flag } = target
  return {
    id: `dismissed-${flag.id}`,
    kind: flag.kind,
    origin: 'check',
    ruleId: flag.ruleId,
    severity: flag.severity,
    message: flag.message,
    expected: flag.suggestions,
    status: 'ignored',
    statusReason: 'Ignored once from the flag card',
    anchor: anchorAt(documentText(doc.toJSON()).text, range.start, range.end),
    orphaned: false,
    createdAt: '2026-03-02T10:00:00.000Z',
    createdBy: { id: 'test-reviewer', name: 'Test Reviewer' },
    sources: [],
    notes: [],
    history: [],
  }
}
