import { createHash, randomUUID } from 'node:crypto'
import { contentHash as hashContent } from '../../../src/node/review/contentHash'
import type { DocumentNode, Review, ReviewMetadata } from '../../../src/shared/review/reviewSchema'
import { REVIEW_SCHEMA_VERSION } from '../../../src/shared/review/reviewSchema'

export function sha256Of(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

export const TEST_ACTOR = { id: 'test-reviewer', name: 'Test Reviewer, MD' }

/** A valid review with one paragraph of text; pass overrides for the fields a test cares about. */
export function buildReview(overrides: Partial<Review> = {}): Review {
  const text = 'Vitamin D levels drop in winter.'
  const createdAt = '2025-03-01T09:00:00.000Z'
  const metadata: ReviewMetadata = {
    title: 'Vitamin D and winter',
    author: 'Ada Writer',
    authorRole: 'Health reporter',
    publishedDate: null,
    updatedDate: '2025-02-28',
    imageCredit: '',
  }
  const content: DocumentNode = {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  }
  const contentHash = hashContent(metadata, content)
  return {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    id: randomUUID(),
    createdAt,
    updatedAt: createdAt,
    source: {
      name: 'draft.docx',
      path: '/drafts/draft.docx',
      format: 'docx',
      importedAt: createdAt,
      sha256: sha256Of('draft bytes'),
    },
    metadata,
    content,
    contentHash,
    versions: [
      {
        number: 1,
        reason: 'imported',
        contentHash,
        createdAt,
        createdBy: TEST_ACTOR,
        wordCount: 6,
        sourceName: 'draft.docx',
        metadata,
        content,
      },
    ],
    flags: [],
    signOffs: [],
    auditHead: null,
    ...overrides,
  }
}
