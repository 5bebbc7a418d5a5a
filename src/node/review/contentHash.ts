import { createHash } from 'node:crypto'
import type { DocumentNode, ReviewMetadata } from '../../shared/review/reviewSchema'
import { contentHashInput } from '../../shared/text/contentHashInput'

/** SHA-256 (hex) of what a reviewer approves (docs/content-hash.md): what a sign-off is bound to. */
export function contentHash(metadata: ReviewMetadata, content: DocumentNode): string {
  return createHash('sha256').update(contentHashInput(metadata, content), 'utf8').digest('hex')
}
