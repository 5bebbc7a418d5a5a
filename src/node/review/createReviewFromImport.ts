import { randomUUID } from 'node:crypto'
import type { Review } from '../../shared/review/reviewSchema'
import { REVIEW_SCHEMA_VERSION } from '../../shared/review/reviewSchema'
import type { ImportedDraft } from '../import/importDraft'
import { contentHash } from './contentHash'

export function createReviewFromImport(
  draft: ImportedDraft,
  sourcePath: string | null,
  now: Date = new Date(),
): Review {
  const timestamp = now.toISOString()
  const hash = contentHash(draft.metadata, draft.content)
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
    contentHash: hash,
    versions: [{ contentHash: hash, savedAt: timestamp }],
    flags: [],
    signOffs: [],
    audit: [],
  }
}
