import { createHash } from 'node:crypto'
import type { DocumentNode } from '../../shared/review/reviewSchema'
import { normalisedDocumentText } from '../../shared/review/documentText'

/** SHA-256 of the document's normalised text: what a sign-off is bound to. */
export function contentHash(content: DocumentNode): string {
  return createHash('sha256').update(normalisedDocumentText(content), 'utf8').digest('hex')
}
