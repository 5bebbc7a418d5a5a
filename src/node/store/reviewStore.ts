import * as nodeFileSystem from 'node:fs/promises'
import path from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { Low } from 'lowdb'
import type { z } from 'zod'
import type { StoreProblem } from '../../shared/api/channels'
import type { VersionedFormat } from '../../shared/review/migrations/migrateToCurrent'
import { migrateToCurrent } from '../../shared/review/migrations/migrateToCurrent'
import type { MigrationContext } from '../../shared/review/migrations/migrationContext'
import { libraryIndexFormat, reviewFormat } from '../../shared/review/migrations/reviewFormats'
import { countOpenFlags } from '../../shared/review/countOpenFlags'
import type {
  LibraryIndex,
  RecentFile,
  Review,
  ReviewSummary,
} from '../../shared/review/reviewSchema'
import {
  LIBRARY_INDEX_SCHEMA_VERSION,
  libraryIndexSchema,
  reviewSchema,
} from '../../shared/review/reviewSchema'
import { describeFormatIssues } from '../../shared/validation/describeFormatIssues'
import { migrationContext } from '../review/describeContent'
import type { DurableFileSystem } from './durableJsonFile'
import { DurableJsonFile, TEMPORARY_SUFFIX } from './durableJsonFile'
import { KeyedQueue } from './keyedQueue'
import { ReviewNotFoundError } from './reviewNotFoundError'
import { StoreError } from './storeError'
import { StoreFileError } from './storeFileError'
import { acquireStoreLock, releaseStoreLock } from './storeLock'
import { StoreProblems } from './storeProblems'
import { reviewStatus } from '../../shared/review/signOffState'

export interface ReviewStoreOptions {
  now?: () => Date
  /** Replaces node:fs/promises for the data files' reads and writes (tests simulate crashes with it). */
  fileSystem?: DurableFileSystem
}

const INDEX_FILE = 'index.json'
const REVIEWS_FOLDER = 'reviews'
/** Where the original of every file upgraded to a newer format is kept, as it was. */
export const PRE_MIGRATION_FOLDER = 'pre-migration'
const MAX_RECENT_FILES = 10
const STALE_TEMPORARY_FILE_AGE_MS = 60_000
const REVIEW_FILE_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/i

function emptyIndex(): LibraryIndex {
  return {
    schemaVersion: LIBRARY_INDEX_SCHEMA_VERSION,
    reviews: [],
    lastOpenedReviewId: null,
    recentFiles: [],
  }
}

function summarise(review: Review): ReviewSummary {
  return {
    id: review.id,
    title: review.metadata.title,
    author: review.metadata.author,
    sourceName: review.source.name,
    updatedAt: review.updatedAt,
    status: reviewStatus(review),
    openFlagCount: countOpenFlags(review.flags),
  }
}

/**
 * The library on disk: one JSON file per review plus an index of summaries, recent files and
 * the last opened review. The review files are the truth; the index is rebuilt from them when
 * it is damaged. Files that cannot be used are moved to `set-aside/`, never overwritten.
 */
export class ReviewStore {
  readonly dataDir: string

  private readonly now: () => Date
  private readonly fileSystem: DurableFileSystem | undefined
  private readonly files = new Map<string, DurableJsonFile<unknown>>()
  private readonly index: Low<LibraryIndex>
  private readonly reviewQueue = new KeyedQueue()
  private readonly pending = new Set<Promise<unknown>>()
  private readonly problemFiles: StoreProblems
  private closed = false

  private constructor(dataDir: string, options: ReviewStoreOptions) {
    this.dataDir = dataDir
    this.now = options.now ?? (() => new Date())
    this.fileSystem = options.fileSystem
    this.problemFiles = new StoreProblems(dataDir, this.now)
    this.index = new Low(this.indexFile(), emptyIndex())
  }

  static async open(dataDir: string, options: ReviewStoreOptions = {}): Promise<ReviewStore> {
    const resolvedDir = path.resolve(dataDir)
    await nodeFileSystem.mkdir(path.join(resolvedDir, REVIEWS_FOLDER), { recursive: true })
    await acquireStoreLock(resolvedDir)
    const store = new ReviewStore(resolvedDir, options)
    try {
      await store.load()
    } catch (error) {
      await releaseStoreLock(resolvedDir)
      throw error
    }
    return store
  }

  get problems(): StoreProblem[] {
    return this.problemFiles.all
  }

  listReviews(): ReviewSummary[] {
    return this.index.data.reviews
      .map((summary) => ({ ...summary }))
      .sort((first, second) => Date.parse(second.updatedAt) - Date.parse(first.updatedAt))
  }

  async getReview(id: string): Promise<Review> {
    return this.track(this.exclusively(id, () => this.readReview(id)))
  }

  /**
   * Stores a new review. `beforeWrite` runs inside the review's queue once the review is known
   * to be new, and may complete it (e.g. record the audit entry and its head) before it is written.
   */
  async createReview(
    review: Review,
    beforeWrite: (review: Review) => Promise<Review> = (unchanged) => Promise.resolve(unchanged),
  ): Promise<Review> {
    this.assertOpen()
    validateReview(review, `Review ${String(review.id)} was not created`)
    return this.track(
      this.exclusively(review.id, async () => {
        if (this.findSummary(review.id)) {
          throw new StoreError(`A review with id ${review.id} already exists.`)
        }
        const created = validateReview(
          await beforeWrite(structuredClone(review)),
          `Review ${review.id} was not created`,
        )
        await this.writeReview(created)
        this.index.data.reviews.push(summarise(created))
        await this.index.write()
        return created
      }),
    )
  }

  /**
   * Read, change and write one review while no other change to it runs. `change` may be async
   * (e.g. to append an audit entry); returning the current review unchanged skips the write.
   */
  async updateReview(
    id: string,
    change: (current: Review) => Review | Promise<Review>,
  ): Promise<Review> {
    return this.track(
      this.exclusively(id, async () => {
        const current = await this.readReview(id)
        const changed = await change(structuredClone(current))
        if (isDeepStrictEqual(changed, current)) return current
        const updated = validateReview(changed, `The change to review ${id} was not saved`)
        if (updated.id !== id) {
          throw new StoreError(
            `The change to review ${id} was not saved because it changed the id.`,
          )
        }
        await this.writeReview(updated)
        this.replaceSummary(summarise(updated))
        await this.index.write()
        return updated
      }),
    )
  }

  async deleteReview(id: string): Promise<void> {
    return this.track(
      this.exclusively(id, async () => {
        if (!this.findSummary(id)) throw new ReviewNotFoundError(id)
        await this.reviewFile(id).remove()
        const data = this.index.data
        data.reviews = data.reviews.filter((summary) => summary.id !== id)
        data.recentFiles = data.recentFiles.filter((recent) => recent.reviewId !== id)
        if (data.lastOpenedReviewId === id) data.lastOpenedReviewId = null
        await this.index.write()
      }),
    )
  }

  get lastOpenedReviewId(): string | null {
    return this.index.data.lastOpenedReviewId
  }

  async setLastOpenedReview(id: string | null): Promise<void> {
    this.assertOpen()
    if (id !== null && !this.findSummary(id)) throw new ReviewNotFoundError(id)
    this.index.data.lastOpenedReviewId = id
    return this.track(this.index.write())
  }

  get recentFiles(): RecentFile[] {
    return this.index.data.recentFiles.map((recent) => ({ ...recent }))
  }

  async addRecentFile(filePath: string, reviewId: string): Promise<void> {
    this.assertOpen()
    if (!this.findSummary(reviewId)) throw new ReviewNotFoundError(reviewId)
    const data = this.index.data
    const entry: RecentFile = { path: filePath, reviewId, openedAt: this.now().toISOString() }
    data.recentFiles = [
      entry,
      ...data.recentFiles.filter((recent) => recent.path !== filePath),
    ].slice(0, MAX_RECENT_FILES)
    return this.track(this.index.write())
  }

  /** Puts back the last good version of a file listed in `problems`. Returns the review, or null for the index. */
  async restoreBackup(file: string): Promise<Review | null> {
    this.assertOpen()
    const relativeFile = file.replaceAll('\\', '/')
    if (!this.problemFiles.find(relativeFile)) {
      throw new StoreError(`There is no problem with ${relativeFile} to restore a backup for.`)
    }
    if (relativeFile === INDEX_FILE) return this.track(this.restoreIndexBackup())
    const id = reviewIdFromFile(relativeFile)
    if (id === null) throw new StoreError(`${relativeFile} is not a review file.`)
    return this.track(
      this.exclusively(id, async () => {
        if (this.findSummary(id)) {
          throw new StoreError(`Review ${id} exists again, so its old backup was not restored.`)
        }
        const backup = await this.restoreReviewBackup(this.reviewFile(id), id)
        this.problemFiles.remove(relativeFile)
        this.index.data.reviews.push(summarise(backup))
        await this.index.write()
        return backup
      }),
    )
  }

  async flush(): Promise<void> {
    while (this.pending.size > 0) {
      await Promise.allSettled([...this.pending])
    }
    await Promise.allSettled([...this.files.values()].map((file) => file.flush()))
  }

  /** Waits for every write, then releases the data folder for another process. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.flush()
    await releaseStoreLock(this.dataDir)
  }

  private async load(): Promise<void> {
    await this.removeStaleTemporaryFiles(this.dataDir)
    await this.removeStaleTemporaryFiles(path.join(this.dataDir, REVIEWS_FOLDER))

    let indexIsUsable = true
    let indexExists = true
    const defaults = this.index.data
    try {
      await this.index.read()
      indexExists = this.index.data !== defaults
    } catch (error) {
      indexIsUsable = false
      await this.setAside(INDEX_FILE, this.indexFile(), failureReason(error))
    }

    const summaries: ReviewSummary[] = []
    const entries = await nodeFileSystem.readdir(path.join(this.dataDir, REVIEWS_FOLDER), {
      withFileTypes: true,
    })
    for (const entry of entries) {
      if (!entry.isFile() || !REVIEW_FILE_NAME.test(entry.name)) continue
      const id = entry.name.slice(0, -'.json'.length)
      const review = await this.loadReviewAtOpen(id)
      if (review) summaries.push(summarise(review))
    }

    const loaded = indexIsUsable ? this.index.data : emptyIndex()
    const knownIds = new Set(summaries.map((summary) => summary.id))
    const reconciled: LibraryIndex = {
      schemaVersion: LIBRARY_INDEX_SCHEMA_VERSION,
      reviews: summaries,
      lastOpenedReviewId:
        loaded.lastOpenedReviewId !== null && knownIds.has(loaded.lastOpenedReviewId)
          ? loaded.lastOpenedReviewId
          : null,
      recentFiles: loaded.recentFiles.filter((recent) => knownIds.has(recent.reviewId)),
    }
    const changed = !indexIsUsable || !indexExists || !sameIndex(loaded, reconciled)
    this.index.data = reconciled
    if (changed) await this.index.write()
  }

  /** Loads one review at start-up. Whatever goes wrong, the file is set aside: start-up goes on. */
  private async loadReviewAtOpen(id: string): Promise<Review | null> {
    const file = this.reviewFile(id)
    const relativeFile = `${REVIEWS_FOLDER}/${id}.json`
    try {
      const loaded = await file.readVersioned()
      if (loaded === null) return null
      const review = loaded.data
      if (review.id !== id) {
        await this.setAside(relativeFile, file, `its id ${review.id} does not match its file name`)
        return null
      }
      if (loaded.fromVersion < reviewFormat.currentVersion) {
        await this.keepPreMigrationCopy(relativeFile, loaded.fromVersion)
        await file.write(review)
      }
      return review
    } catch (error) {
      await this.setAside(relativeFile, file, failureReason(error))
      return null
    }
  }

  /** Copies a file's original bytes into pre-migration/ before its upgraded version replaces it. */
  private async keepPreMigrationCopy(relativeFile: string, fromVersion: number): Promise<void> {
    const folder = path.join(this.dataDir, PRE_MIGRATION_FOLDER)
    await nodeFileSystem.mkdir(folder, { recursive: true })
    const copy = path.join(folder, `${path.basename(relativeFile, '.json')}.v${fromVersion}.json`)
    await nodeFileSystem.copyFile(path.join(this.dataDir, relativeFile), copy).catch((error) => {
      throw new StoreError(
        `Could not keep a copy of ${relativeFile} before upgrading it: ${failureReason(error)}`,
      )
    })
  }

  /** Reads a review from disk; a file that has become unusable since opening is set aside. */
  private async readReview(id: string): Promise<Review> {
    this.assertOpen()
    if (!this.findSummary(id)) throw new ReviewNotFoundError(id)
    const file = this.reviewFile(id)
    const relativeFile = `${REVIEWS_FOLDER}/${id}.json`
    let review: Review | null
    try {
      review = await file.read()
    } catch (error) {
      if (!(error instanceof StoreFileError)) throw error
      await this.setAside(relativeFile, file, error.reason)
      await this.forgetReview(id)
      throw new StoreFileError(relativeFile, error.reason, error)
    }
    if (review === null) {
      await this.forgetReview(id)
      throw new ReviewNotFoundError(id)
    }
    if (review.id !== id) {
      const reason = `its id ${review.id} does not match its file name`
      await this.setAside(relativeFile, file, reason)
      await this.forgetReview(id)
      throw new StoreFileError(relativeFile, reason)
    }
    return review
  }

  private async writeReview(review: Review): Promise<void> {
    const database = new Low(this.reviewFile(review.id), review)
    try {
      await database.write()
    } catch (error) {
      throw new StoreError(
        `Could not save ${REVIEWS_FOLDER}/${review.id}.json: ${failureReason(error)}. The previous version is unchanged.`,
        { cause: error },
      )
    }
  }

  private async forgetReview(id: string): Promise<void> {
    this.index.data.reviews = this.index.data.reviews.filter((summary) => summary.id !== id)
    await this.index.write()
  }

  private async restoreIndexBackup(): Promise<null> {
    const restored = await this.indexFile().restoreBackup()
    const data = this.index.data
    const knownIds = new Set(data.reviews.map((summary) => summary.id))
    // The review files stay the truth for summaries; the backup brings back history and recents.
    data.recentFiles = restored.recentFiles.filter((recent) => knownIds.has(recent.reviewId))
    data.lastOpenedReviewId =
      restored.lastOpenedReviewId !== null && knownIds.has(restored.lastOpenedReviewId)
        ? restored.lastOpenedReviewId
        : data.lastOpenedReviewId
    this.problemFiles.remove(INDEX_FILE)
    await this.index.write()
    return null
  }

  private async restoreReviewBackup(file: DurableJsonFile<Review>, id: string): Promise<Review> {
    const backup = await file.readBackup()
    if (backup === null) throw new StoreError(`There is no backup of review ${id} to restore.`)
    if (backup.id !== id) {
      throw new StoreFileError(file.backupFile, `its id ${backup.id} does not match its file name`)
    }
    return file.restoreBackup()
  }

  /** Moves an unusable file into set-aside/ and records the problem. */
  private setAside(
    relativeFile: string,
    file: DurableJsonFile<unknown>,
    reason: string,
  ): Promise<void> {
    const id = reviewIdFromFile(relativeFile)
    return this.problemFiles.setAside(
      relativeFile,
      file,
      reason,
      (backup) => id === null || (backup as Review).id === id,
    )
  }

  /**
   * Removes temporary files left by a save that never finished. This process holds the data
   * folder's lock, so a temporary file another process wrote (its name carries the writer's
   * process id) can only be left from a crash; one of this process's own is left alone unless
   * it is old, since its stores may be writing while this one opens.
   */
  private async removeStaleTemporaryFiles(folder: string): Promise<void> {
    const entries = await nodeFileSystem.readdir(folder, { withFileTypes: true })
    const cutoff = this.now().getTime() - STALE_TEMPORARY_FILE_AGE_MS
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.endsWith(TEMPORARY_SUFFIX)) continue
      const file = path.join(folder, entry.name)
      const writtenByThisProcess = entry.name.includes(`.${process.pid}.`)
      const stats = await nodeFileSystem.stat(file).catch(() => null)
      if (stats === null) continue
      if (!writtenByThisProcess || stats.mtimeMs < cutoff) {
        await nodeFileSystem.rm(file, { force: true })
      }
    }
  }

  private findSummary(id: string): ReviewSummary | undefined {
    return this.index.data.reviews.find((summary) => summary.id === id)
  }

  private replaceSummary(summary: ReviewSummary): void {
    const reviews = this.index.data.reviews
    const position = reviews.findIndex((existing) => existing.id === summary.id)
    if (position === -1) reviews.push(summary)
    else reviews[position] = summary
  }

  private indexFile(): DurableJsonFile<LibraryIndex> {
    return this.durableFile(
      INDEX_FILE,
      libraryIndexSchema,
      'the library index format',
      libraryIndexFormat,
    )
  }

  private reviewFile(id: string): DurableJsonFile<Review> {
    return this.durableFile(
      `${REVIEWS_FOLDER}/${id}.json`,
      reviewSchema,
      'the review format',
      reviewFormat,
    )
  }

  /** One instance per file, so every write to that file goes through the same queue. */
  private durableFile<T>(
    relativeFile: string,
    schema: z.ZodType<T>,
    formatName: string,
    format: VersionedFormat<MigrationContext>,
  ): DurableJsonFile<T> {
    let file = this.files.get(relativeFile)
    if (!file) {
      file = new DurableJsonFile<T>(path.join(this.dataDir, relativeFile), {
        schema,
        formatName,
        migrate: (raw) => migrateToCurrent(raw, format, migrationContext),
        fileSystem: this.fileSystem,
      }) as DurableJsonFile<unknown>
      this.files.set(relativeFile, file)
    }
    return file as DurableJsonFile<T>
  }

  /** Runs read-modify-write operations on one review one at a time, so no update is lost. */
  private exclusively<Result>(id: string, task: () => Promise<Result>): Promise<Result> {
    return this.reviewQueue.run(id, task)
  }

  private track<Result>(operation: Promise<Result>): Promise<Result> {
    this.pending.add(operation)
    const forget = () => this.pending.delete(operation)
    operation.then(forget, forget)
    return operation
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError(`The review store for ${this.dataDir} has been closed.`)
  }
}

function validateReview(candidate: unknown, failure: string): Review {
  const result = reviewSchema.safeParse(candidate)
  if (result.success) return result.data
  const issues = describeFormatIssues(result.error.issues)
  throw new StoreError(`${failure} because it is not a valid review: ${issues}`, {
    cause: result.error,
  })
}

function reviewIdFromFile(relativeFile: string): string | null {
  const [folder, name, ...rest] = relativeFile.split('/')
  if (folder !== REVIEWS_FOLDER || name === undefined || rest.length > 0) return null
  return REVIEW_FILE_NAME.test(name) ? name.slice(0, -'.json'.length) : null
}

function sameIndex(first: LibraryIndex, second: LibraryIndex): boolean {
  const byId = (a: ReviewSummary, b: ReviewSummary) => a.id.localeCompare(b.id)
  return (
    JSON.stringify({ ...first, reviews: [...first.reviews].sort(byId) }) ===
    JSON.stringify({ ...second, reviews: [...second.reviews].sort(byId) })
  )
}

/** Why a file could not be used, in words that complete "… could not be read: ". */
function failureReason(error: unknown): string {
  if (error instanceof StoreFileError) return error.reason
  const detail = error instanceof Error ? error.message : String(error)
  return `it could not be loaded (${detail})`
}
