import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { migrateToCurrent } from '../../shared/review/migrations/migrateToCurrent'
import { reviewFormat } from '../../shared/review/migrations/reviewFormats'
import { reviewSchema, type Review } from '../../shared/review/reviewSchema'
import { migrationContext } from './describeContent'

/**
 * Reads a review file as the store would (migrated to the current format, then validated)
 * without opening the store: no lock is taken and nothing is written, so a command that only
 * reads can run while the app has the data folder open.
 */
export async function readStoredReview(dataDir: string, reviewId: string): Promise<Review> {
  const text = await readFile(path.join(dataDir, 'reviews', `${reviewId}.json`), 'utf8')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new Error('the review file is not valid JSON')
  }
  const parsed = reviewSchema.safeParse(
    migrateToCurrent(json, reviewFormat, migrationContext).value,
  )
  if (!parsed.success) throw new Error('the review file is not in the review format')
  return parsed.data
}
