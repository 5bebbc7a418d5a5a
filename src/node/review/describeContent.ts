import type { MigrationContext } from '../../shared/review/migrations/migrationContext'
import type { DocumentNode, ReviewMetadata } from '../../shared/review/reviewSchema'
import { documentText } from '../../shared/text/documentText'
import { countWords } from '../../shared/text/countWords'
import { contentHash } from './contentHash'

/** The content hash and word count of a version, as every kept version records them. */
export function describeContent(
  metadata: ReviewMetadata,
  content: DocumentNode,
): { contentHash: string; wordCount: number } {
  return {
    contentHash: contentHash(metadata, content),
    wordCount: countWords(documentText(content).text),
  }
}

export const migrationContext: MigrationContext = { describeContent }
