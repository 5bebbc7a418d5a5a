import { randomUUID } from 'node:crypto'
import type { Actor, Review } from '../../shared/review/reviewSchema'
import { REVIEW_SCHEMA_VERSION } from '../../shared/review/reviewSchema'
import type { ImportedDraft } from '../import/importDraft'
import { describeContent } from './describeContent'

/** A new review of an imported draft; its content is kept as version 1. */
export function createReviewFromImport(
  draft: ImportedDraft,
  sourcePath: string | null,
  importedBy: Actor,
  now: Date = new Date(),
): Review {
  const timestamp = now.toISOString()
  const { contentHash, wordCount } = describeContent(draft.metadata, draft.content)
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    id: randomUUID(),
    createdAt: timestamp,
    updatedAt: timestamp,
    source: {
      name: draft.fileName,
      path: sourcePath,
      format: draft.format,
      importedAt: timestamp,
      sha256: draft.sha256,
    },
    metadata: draft.metadata,
    content: draft.content,
    contentHash,
    versions: [
      {
        number: 1,
        reason: 'imported',
        contentHash,
        createdAt: timestamp,
        createdBy: importedBy,
        wordCount,
        sourceName: draft.fileName,
        metadata: draft.metadata,
        content: draft.content,
      },
    ],
    flags: [],
    signOffs: [],
    auditHead: null,
  }
}
