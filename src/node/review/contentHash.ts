import { createHash } from 'node:crypto'
import type { DocumentNode } from '../../shared/review/reviewSchema'
import { BLOCK_SEPARATOR, documentText } from '../../shared/text/documentText'

/** SHA-256 of the document's normalised text: what a sign-off is bound to. */
export function contentHash(content: DocumentNode): string {
  const normalised = documentText(content)
    .blocks.map((block) => block.text.normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0)
    .join(BLOCK_SEPARATOR)
  return createHash('sha256').update(normalised, 'utf8').digest('hex')
}
