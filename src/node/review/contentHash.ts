import { createHash } from 'node:crypto'
import type { DocumentNode, ReviewMetadata } from '../../shared/review/reviewSchema'
import { normalisedDocumentText } from '../../shared/review/documentText'

/** SHA-256 of what a reviewer approves: metadata and normalised text. */
export function contentHash(metadata: ReviewMetadata, content: DocumentNode): string {
  return createHash('sha256')
    .update(JSON.stringify(metadata))
    .update('\n')
    .update(normalisedDocumentText(content), 'utf8')
    .digest('hex')
}
