import type { DocumentNode, ReviewMetadata } from '../reviewSchema'

/** What migration steps need from outside the pure model (hashing lives in the Node layer). */
export interface MigrationContext {
  describeContent(
    metadata: ReviewMetadata,
    content: DocumentNode,
  ): { contentHash: string; wordCount: number }
}
