import { LIBRARY_INDEX_SCHEMA_VERSION, REVIEW_SCHEMA_VERSION } from '../reviewSchema'
import { migrateReviewV1ToV2 } from './migrateReviewV1ToV2'
import type { MigrationContext } from './migrationContext'
import type { VersionedFormat } from './migrateToCurrent'

/** Every stored format and its upgrade steps: add a step here when a version is bumped. */
export const reviewFormat: VersionedFormat<MigrationContext> = {
  name: 'review',
  currentVersion: REVIEW_SCHEMA_VERSION,
  steps: { 1: migrateReviewV1ToV2 },
}

export const libraryIndexFormat: VersionedFormat<MigrationContext> = {
  name: 'library index',
  currentVersion: LIBRARY_INDEX_SCHEMA_VERSION,
  steps: {},
}
